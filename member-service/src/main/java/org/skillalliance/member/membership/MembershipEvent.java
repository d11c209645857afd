package org.skillalliance.member.membership;

import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * What happened to a membership. Each carries the membership after the change and the day the change took effect.
 */
@DomainEvent
public sealed interface MembershipEvent {

    Membership membership();

    LocalDate effectiveOn();

    record Applied(Membership membership, LocalDate effectiveOn) implements MembershipEvent {}

    /** Admitted, or reinstated after a suspension. */
    record Activated(Membership membership, LocalDate effectiveOn) implements MembershipEvent {}

    record Rejected(Membership membership, LocalDate effectiveOn) implements MembershipEvent {}

    record Suspended(Membership membership, LocalDate effectiveOn) implements MembershipEvent {}

    record Withdrawn(Membership membership, LocalDate effectiveOn) implements MembershipEvent {}
}
