package org.skillalliance.funding.allocation;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.funding.CostShare;
import org.skillalliance.contracts.funding.CostSharesFixed;
import org.skillalliance.contracts.funding.CostSharingRule;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Writes cost sharing events to the outbox as their contracts, keyed by the cohort. */
@Component
class CostSharingEventsPublisher {

    private final Outbox outbox;

    CostSharingEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(CostSharingEvent event) {
        switch (event) {
            case CostSharingEvent.Fixed fixed ->
                outbox.append(EventTypes.COST_SHARES_FIXED, fixed.sharing().cohortId(), contract(fixed));
        }
    }

    /** The wire contract of fixed shares. */
    static CostSharesFixed contract(CostSharingEvent.Fixed fixed) {
        CohortCostSharing s = fixed.sharing();
        return new CostSharesFixed(
                s.cohortId(),
                CostSharingRule.valueOf(s.terms().rule().name()),
                s.total().currency(),
                s.total().amountMinor(),
                s.fixedShares().stream()
                        .map(line -> new CostShare(line.employerId(), line.seats(), line.amountMinor()))
                        .toList());
    }
}
