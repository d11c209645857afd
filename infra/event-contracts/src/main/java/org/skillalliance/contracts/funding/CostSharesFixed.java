package org.skillalliance.contracts.funding;

import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code CostSharesFixed}: when a cohort started, its cost was shared among the employers holding its seats.
 * The shares sum exactly to {@code totalMinor} (largest-remainder allocation). A later event for the same cohort
 * replaces an earlier one.
 *
 * @param cohortId   the cohort
 * @param rule       the cost-sharing rule applied
 * @param currency   ISO 4217 currency
 * @param totalMinor the cohort's total cost in minor units
 * @param shares     one share per participating employer
 */
public record CostSharesFixed(
        UUID cohortId, CostSharingRule rule, String currency, long totalMinor, List<CostShare> shares) {

    /** Copies the list, so the payload is immutable. */
    public CostSharesFixed {
        shares = shares == null ? null : List.copyOf(shares);
    }
}
