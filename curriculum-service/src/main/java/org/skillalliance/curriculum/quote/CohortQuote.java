package org.skillalliance.curriculum.quote;

import java.util.UUID;

/**
 * What one seat in a cohort will cost an employer.
 *
 * @param priceMinor     the cohort's price as scheduled: per seat, or the total ({@code pricing})
 * @param seatShareMinor the employer's share for one seat: funding-service's figure, which knows the cost-sharing rule,
 *                       or this service's estimate when funding did not answer ({@code shareSource})
 * @param grantOffset    the expected grant for the seat, or unknown
 * @param netMinor       share minus expected grant, never below 0; null while the offset is unknown
 */
public record CohortQuote(
        UUID cohortId,
        UUID employerId,
        String currency,
        String pricing,
        long priceMinor,
        long seatShareMinor,
        String shareSource,
        GrantOffset grantOffset,
        Long netMinor) {}
