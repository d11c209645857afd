package org.skillalliance.contracts.member;

import java.util.UUID;

/**
 * Payload of {@code OrganisationRegistered}: an organisation was registered on the platform. The organisation's name is not part of the
 * contract (a micro company's name can name a person); consumers identify organisations by id.
 *
 * @param organisationId the organisation
 * @param type           the part it plays
 * @param country        ISO 3166-1 alpha-2 country code, for example {@code DE}
 * @param region         region (NUTS code, for example {@code DE21})
 * @param sectorCode     NACE Rev. 2 code of its main activity, for example {@code C25}; required for employers,
 *                       otherwise {@code null} if unknown
 * @param headcount      number of staff; required for employers, otherwise {@code null} if unknown
 * @param sizeBand       size band member-service derives from the headcount (MICRO under 10, SMALL 10-49, MEDIUM
 *                       50-249, LARGE 250 or more); required for employers, and consumers take it as it comes
 */
public record OrganisationRegistered(
        UUID organisationId,
        OrganisationType type,
        String country,
        String region,
        String sectorCode,
        Integer headcount,
        SizeBand sizeBand) {}
