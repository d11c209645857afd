package org.skillalliance.funding.programme;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.funding.ProgrammeClosed;
import org.skillalliance.contracts.funding.ProgrammeOpened;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Writes programme events to the outbox as their contracts, keyed by the programme. */
@Component
class ProgrammeEventsPublisher {

    private final Outbox outbox;

    ProgrammeEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(ProgrammeEvent event) {
        GrantProgramme p = event.programme();
        Eligibility e = p.eligibility();
        var sizeBands = e.sizeBands().stream()
                .map(band -> SizeBand.valueOf(band.name()))
                .toList();
        switch (event) {
            case ProgrammeEvent.Opened opened ->
                outbox.append(
                        EventTypes.PROGRAMME_OPENED,
                        p.id(),
                        new ProgrammeOpened(
                                p.id(),
                                p.funderId(),
                                p.name(),
                                p.currency(),
                                p.budget().amountMinor(),
                                p.periodStart(),
                                p.periodEnd(),
                                e.allianceIds(),
                                sizeBands,
                                e.sectorCodes(),
                                e.regions(),
                                e.requiredPriorityTags(),
                                p.suppressionK()));
            case ProgrammeEvent.Closed closed ->
                outbox.append(
                        EventTypes.PROGRAMME_CLOSED,
                        p.id(),
                        new ProgrammeClosed(
                                p.id(),
                                p.funderId(),
                                p.name(),
                                p.currency(),
                                p.budget().amountMinor(),
                                p.periodStart(),
                                p.periodEnd(),
                                e.allianceIds(),
                                sizeBands,
                                e.sectorCodes(),
                                e.regions(),
                                e.requiredPriorityTags(),
                                p.suppressionK()));
        }
    }
}
