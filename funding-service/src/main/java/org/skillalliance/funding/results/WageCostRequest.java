package org.skillalliance.funding.results;

import jakarta.validation.constraints.NotNull;

/**
 * The hourly wage cost of the employer's participants in a cohort (wage plus the employer's social charges), in minor
 * units of {@code currency}, which must be the cohort's cost currency; from 0 to 10^9 an hour, as the wage subsidy
 * per hour, since costs multiply it by attended hours.
 */
public record WageCostRequest(
        @NotNull @AmountPerUnit(message = REASON) Long hourlyWageCostMinor,

        @NotNull String currency) {

    /** Why a wage cost below 0 or above 10^9 is refused, here and in the domain. */
    public static final String REASON = "must be from 0 to 1000000000 minor units an hour";
}
