package org.skillalliance.funding.award;

/** What happened to an award. An award never changes once made, so its one event is its making. */
public sealed interface AwardEvent {

    Award award();

    record Awarded(Award award) implements AwardEvent {}
}
