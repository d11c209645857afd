package org.skillalliance.member.organisation;

/** What happened to an organisation. Each carries the organisation after the change. */
public sealed interface OrganisationEvent {

    Organisation organisation();

    record Registered(Organisation organisation) implements OrganisationEvent {}

    /** Its legal name, region, sector or headcount (and with it the size band) changed. */
    record Updated(Organisation organisation) implements OrganisationEvent {}
}
