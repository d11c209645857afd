package org.skillalliance.member.organisation;

import java.util.UUID;

/**
 * Which organisations a list asks for; null means any.
 *
 * @param sector a NACE code or prefix: {@code C25} (or {@code 25}) matches {@code C25.62}
 * @param allianceId organisations with an open (applied, active or suspended) membership of this alliance
 */
public record OrganisationFilter(
        OrganisationType type, String sector, SizeBand sizeBand, String country, UUID allianceId) {}
