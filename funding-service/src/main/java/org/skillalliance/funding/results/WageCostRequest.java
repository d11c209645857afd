package org.skillalliance.funding.results;

import jakarta.validation.constraints.NotNull;
import org.skillalliance.web.MinorUnits;

/**
 * The hourly wage cost of the employer's participants in a cohort (wage plus the employer's social charges), in minor
 * units of {@code currency}, which must be the cohort's cost currency.
 */
public record WageCostRequest(
        @NotNull @MinorUnits Long hourlyWageCostMinor,
        @NotNull String currency) {}
