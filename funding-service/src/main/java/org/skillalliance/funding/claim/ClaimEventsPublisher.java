package org.skillalliance.funding.claim;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.funding.ClaimSubmitted;
import org.skillalliance.contracts.funding.DisbursementPaid;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Writes claim events to the outbox as their contracts, keyed by the award (one award's money keeps order), in the
 * transaction of the change. A claim for learning at work has no cohort and no seats: its {@code ClaimSubmitted} and
 * {@code ClaimApproved} carry {@code cohortId} null and no enrolment ids (docs/funding.md "On-the-job hours").
 */
@Component
class ClaimEventsPublisher {

    private final Outbox outbox;

    ClaimEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(ClaimEvent event) {
        Claim c = event.claim();
        switch (event) {
            case ClaimEvent.Submitted submitted ->
                outbox.append(
                        EventTypes.CLAIM_SUBMITTED,
                        c.awardId(),
                        new ClaimSubmitted(
                                c.id(),
                                c.awardId(),
                                c.programmeId(),
                                c.employerId(),
                                c.cohortId(),
                                c.claimed().amountMinor(),
                                c.claimed().currency(),
                                submitted.submittedAt()));
            case ClaimEvent.Approved approved ->
                outbox.append(
                        EventTypes.CLAIM_APPROVED,
                        c.awardId(),
                        new ClaimApproved(
                                c.id(),
                                c.awardId(),
                                c.programmeId(),
                                c.employerId(),
                                c.cohortId(),
                                c.approved().amountMinor(),
                                c.approved().currency(),
                                c.seats().stream()
                                        .map(Reimbursement.SeatAmount::enrolmentId)
                                        .toList()));
            case ClaimEvent.Paid paid ->
                outbox.append(
                        EventTypes.DISBURSEMENT_PAID,
                        c.awardId(),
                        new DisbursementPaid(
                                paid.payment().disbursementId(),
                                c.id(),
                                c.awardId(),
                                c.programmeId(),
                                c.employerId(),
                                paid.payment().amount().amountMinor(),
                                paid.payment().amount().currency(),
                                paid.payment().paidOn(),
                                paid.payment().milestone().name()));
        }
    }
}
