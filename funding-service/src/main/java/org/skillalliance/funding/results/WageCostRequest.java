package org.skillalliance.funding.results;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import org.skillalliance.web.MinorUnits;

/**
 * The hourly wage cost of the employer's participants in a cohort (wage plus the employer's social charges), in minor
 * units of {@code currency}, which must be the cohort's cost currency; at most 10^9 a hour, as the wage subsidy per
 * hour, since costs multiply it by attended hours.
 */
public record WageCostRequest(
        @NotNull @MinorUnits @Max(value = BusinessMeasure.MAX_UNIT_VALUE_MINOR, message = REASON)
        Long hourlyWageCostMinor,

        @NotNull String currency) {

    /** Why a wage cost above 10^9 (or, in the domain, below 0) is refused. */
    public static final String REASON = "must be from 0 to 1000000000 minor units an hour";
}
