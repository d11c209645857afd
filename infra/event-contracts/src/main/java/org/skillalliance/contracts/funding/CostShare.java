package org.skillalliance.contracts.funding;

import java.util.UUID;

/**
 * One employer's share of a cohort's cost.
 *
 * @param employerId  the employer
 * @param seats       the confirmed seats it holds in the cohort
 * @param amountMinor its share in minor units of the cohort's currency
 */
public record CostShare(UUID employerId, int seats, long amountMinor) {}
