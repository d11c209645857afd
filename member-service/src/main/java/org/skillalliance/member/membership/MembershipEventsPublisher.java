package org.skillalliance.member.membership;

import java.time.LocalDate;
import java.util.UUID;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipApplied;
import org.skillalliance.contracts.member.MembershipRejected;
import org.skillalliance.contracts.member.MembershipRole;
import org.skillalliance.contracts.member.MembershipStatus;
import org.skillalliance.contracts.member.MembershipSuspended;
import org.skillalliance.contracts.member.MembershipWithdrawn;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Writes membership events to the outbox as their contracts, keyed by the membership. Every membership contract has
 * the same fields: the membership as it now stands and the day the change took effect.
 */
@Component
class MembershipEventsPublisher {

    private final Outbox outbox;

    MembershipEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(MembershipEvent event) {
        Wire wire = switch (event) {
            case MembershipEvent.Applied applied -> new Wire(EventTypes.MEMBERSHIP_APPLIED, MembershipApplied::new);
            case MembershipEvent.Activated activated ->
                new Wire(EventTypes.MEMBERSHIP_ACTIVATED, MembershipActivated::new);
            case MembershipEvent.Rejected rejected -> new Wire(EventTypes.MEMBERSHIP_REJECTED, MembershipRejected::new);
            case MembershipEvent.Suspended suspended ->
                new Wire(EventTypes.MEMBERSHIP_SUSPENDED, MembershipSuspended::new);
            case MembershipEvent.Withdrawn withdrawn ->
                new Wire(EventTypes.MEMBERSHIP_WITHDRAWN, MembershipWithdrawn::new);
        };
        Membership m = event.membership();
        outbox.append(
                wire.type(),
                m.id(),
                wire.contract()
                        .of(
                                m.id(),
                                m.allianceId(),
                                m.organisationId(),
                                MembershipRole.valueOf(m.role().name()),
                                MembershipStatus.valueOf(m.status().name()),
                                m.appliedOn(),
                                m.joinedOn(),
                                m.leftOn(),
                                event.effectiveOn()));
    }

    /** An event as it crosses the wire: its logical type and the constructor of its contract. */
    private record Wire(String type, Contract contract) {}

    /** The canonical constructor that every membership contract has. */
    @FunctionalInterface
    private interface Contract {
        Object of(
                UUID id,
                UUID allianceId,
                UUID organisationId,
                MembershipRole role,
                MembershipStatus status,
                LocalDate appliedOn,
                LocalDate joinedOn,
                LocalDate leftOn,
                LocalDate effectiveOn);
    }
}
