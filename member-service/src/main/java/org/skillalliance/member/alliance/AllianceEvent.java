package org.skillalliance.member.alliance;

import org.jmolecules.event.annotation.DomainEvent;

/** What happened to an alliance. An alliance does not change once created, so its one event is its creation. */
@DomainEvent
public sealed interface AllianceEvent {

    Alliance alliance();

    record Created(Alliance alliance) implements AllianceEvent {}
}
