package org.skillalliance.funding.claim;

import org.jmolecules.event.annotation.DomainEvent;

/** What happened to a claim. Each carries the claim after the change. */
@DomainEvent
public sealed interface ClaimEvent {

    Claim claim();

    /** The funder approved the claim for {@link Claim#approved()}. */
    record Approved(Claim claim) implements ClaimEvent {}

    /** One milestone payment of the approved amount was made, in one disbursement. */
    record Paid(Claim claim, ClaimPayment payment) implements ClaimEvent {}
}
