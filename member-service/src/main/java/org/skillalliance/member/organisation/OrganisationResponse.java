package org.skillalliance.member.organisation;

import java.time.Instant;
import java.util.UUID;

/** An organisation as the API shows it. */
public record OrganisationResponse(
        UUID id,
        OrganisationType type,
        String legalName,
        String registrationNumber,
        String country,
        String region,
        String sectorCode,
        Integer headcount,
        SizeBand sizeBand,
        Instant createdAt,
        Instant updatedAt) {

    static OrganisationResponse of(Organisation o) {
        return new OrganisationResponse(
                o.id(),
                o.type(),
                o.legalName(),
                o.registrationNumber(),
                o.country(),
                o.region(),
                o.sectorCode(),
                o.headcount(),
                o.sizeBand(),
                o.createdAt(),
                o.updatedAt());
    }
}
