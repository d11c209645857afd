package org.skillalliance.contracts.curriculum;

/**
 * The provider's price of a cohort.
 *
 * @param pricing     whether the amount is for the whole cohort or per seat
 * @param amountMinor the amount in minor units of the currency (cents)
 * @param currency    ISO 4217 currency, for example {@code EUR}
 */
public record CohortCost(Pricing pricing, long amountMinor, String currency) {}
