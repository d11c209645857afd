package org.skillalliance.funding.claim;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** What happened to a claim. Each carries the claim after the change. */
@DomainEvent
public sealed interface ClaimEvent {

    Claim claim();

    /** The funder approved the claim for {@link Claim#approved()}. */
    record Approved(Claim claim) implements ClaimEvent {}

    /** The approved amount was paid in one disbursement on {@code paidOn}. */
    record Paid(Claim claim, UUID disbursementId, LocalDate paidOn) implements ClaimEvent {}
}
