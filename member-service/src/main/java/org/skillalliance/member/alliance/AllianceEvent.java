package org.skillalliance.member.alliance;

/** What happened to an alliance. An alliance does not change once created, so its one event is its creation. */
public sealed interface AllianceEvent {

    Alliance alliance();

    record Created(Alliance alliance) implements AllianceEvent {}
}
