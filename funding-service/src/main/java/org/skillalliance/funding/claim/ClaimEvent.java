package org.skillalliance.funding.claim;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;

/** What happened to a claim. Each carries the claim after the change. */
@DomainEvent
public sealed interface ClaimEvent {

    Claim claim();

    /**
     * The claim was submitted for the funder's approval: opened submitted (a programme without a claim window), or
     * submitted by the employer from its draft.
     */
    record Submitted(Claim claim, Instant submittedAt) implements ClaimEvent {}

    /** The funder approved the claim for {@link Claim#approved()}. */
    record Approved(Claim claim) implements ClaimEvent {}

    /** One milestone payment of the approved amount was made, in one disbursement. */
    record Paid(Claim claim, ClaimPayment payment) implements ClaimEvent {}
}
