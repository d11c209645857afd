package org.skillalliance.funding.award;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.funding.BeneficiaryKind;
import org.skillalliance.contracts.funding.GrantAwarded;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Writes award events to the outbox as their contracts, keyed by the award. */
@Component
class AwardEventsPublisher {

    private final Outbox outbox;

    AwardEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(AwardEvent event) {
        Award a = event.award();
        switch (event) {
            case AwardEvent.Awarded awarded ->
                outbox.append(
                        EventTypes.GRANT_AWARDED,
                        a.id(),
                        new GrantAwarded(
                                a.id(),
                                a.programmeId(),
                                a.applicationId(),
                                a.beneficiaryId(),
                                BeneficiaryKind.valueOf(a.beneficiaryKind().name()),
                                a.cohortId(),
                                a.amount().amountMinor(),
                                a.amount().currency(),
                                a.periodStart(),
                                a.periodEnd()));
        }
    }
}
