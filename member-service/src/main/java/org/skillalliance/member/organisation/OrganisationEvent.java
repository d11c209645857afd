package org.skillalliance.member.organisation;

import org.jmolecules.event.annotation.DomainEvent;

/** What happened to an organisation. Each carries the organisation after the change. */
@DomainEvent
public sealed interface OrganisationEvent {

    Organisation organisation();

    record Registered(Organisation organisation) implements OrganisationEvent {}

    /** Its legal name, region, sector or headcount (and with it the size band) changed. */
    record Updated(Organisation organisation) implements OrganisationEvent {}
}
