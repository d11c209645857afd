package org.skillalliance.curriculum.followup;

import org.jmolecules.event.annotation.DomainEvent;

/** What happened to a follow-up; each carries the follow-up after the change. */
@DomainEvent
public sealed interface FollowUpEvent {

    FollowUp followUp();

    /** The employer rated the seat, or corrected its rating. */
    record Recorded(FollowUp followUp) implements FollowUpEvent {}
}
