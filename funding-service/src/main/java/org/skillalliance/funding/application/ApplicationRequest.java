package org.skillalliance.funding.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.skillalliance.web.MinorUnits;

/**
 * An application for a grant. An association applies for a whole cohort ({@code cohortId} required); an employer for
 * its own seats, optionally in one cohort. The period defaults to the programme's and must lie inside it.
 */
public record ApplicationRequest(
        @NotNull UUID programmeId,
        @NotNull UUID applicantId,
        @NotNull BeneficiaryKind applicantKind,
        UUID cohortId,
        @NotNull @MinorUnits Long requestedMinor,
        @NotNull String currency,
        LocalDate periodStart,
        LocalDate periodEnd) {}
