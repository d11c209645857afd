package org.skillalliance.funding.award;

import org.jmolecules.event.annotation.DomainEvent;

/** What happened to an award. An award never changes once made, so its one event is its making. */
@DomainEvent
public sealed interface AwardEvent {

    Award award();

    record Awarded(Award award) implements AwardEvent {}
}
