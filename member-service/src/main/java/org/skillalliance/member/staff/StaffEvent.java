package org.skillalliance.member.staff;

import org.jmolecules.event.annotation.DomainEvent;

/** What happened to a staff member. Each carries the staff member after the change. */
@DomainEvent
public sealed interface StaffEvent {

    StaffMember member();

    record Registered(StaffMember member) implements StaffEvent {}

    /**
     * The details were replaced: the first event of every update that changes anything, followed by the events that
     * concern others ({@link ConsentChanged}, {@link Left}); it is not announced beyond member-service itself.
     */
    record DetailsChanged(StaffMember member) implements StaffEvent {}

    /** Consent to outcome reporting changed, or the gender or age band that travel with it. */
    record ConsentChanged(StaffMember member) implements StaffEvent {}

    /** Employment ended (the details hold its last day). */
    record Left(StaffMember member) implements StaffEvent {}

    /** Every personal field was wiped; only the id and the employer are left. */
    record Erased(StaffMember member) implements StaffEvent {}
}
