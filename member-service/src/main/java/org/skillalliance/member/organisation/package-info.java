/**
 * Organisations: employers, training providers, associations and funders. An employer's size band is derived from its
 * headcount ({@link org.skillalliance.member.organisation.SizeBand#of(int)}: micro under 10, small 10-49, medium
 * 50-249, large 250 and over) and follows every headcount change. Registration numbers are unique per country.
 * Registering and changing an organisation return an {@link org.skillalliance.member.organisation.OrganisationEvent},
 * which {@link org.skillalliance.member.organisation.OrganisationEventsPublisher} announces on
 * {@code member.events.v1}, without the legal name.
 */
package org.skillalliance.member.organisation;
