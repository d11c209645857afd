package org.skillalliance.member.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Registration of an organisation. Country: ISO 3166-1 alpha-2; region: required, as the events that announce an
 * organisation carry it (OrganisationRegistered, OrganisationUpdated); sector: a NACE Rev. 2 code (required, with the
 * headcount, for employers).
 */
public record OrganisationRequest(
        @NotNull OrganisationType type,
        @NotBlank @Size(max = 200) String legalName,
        @NotBlank @Size(max = 64) String registrationNumber,
        @NotBlank String country,
        @NotBlank @Size(max = 64) String region,
        String sectorCode,
        @PositiveOrZero @Max(10_000_000) Integer headcount) {}
