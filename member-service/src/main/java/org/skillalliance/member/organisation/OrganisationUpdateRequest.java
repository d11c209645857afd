package org.skillalliance.member.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The mutable part of an organisation; type, country and registration number never change. The region is required: a
 * PUT replaces the whole, and OrganisationUpdated carries the region, so an update without one could not be announced.
 */
public record OrganisationUpdateRequest(
        @NotBlank @Size(max = 200) String legalName,
        @NotBlank @Size(max = 64) String region,
        String sectorCode,
        @PositiveOrZero @Max(10_000_000) Integer headcount) {}
