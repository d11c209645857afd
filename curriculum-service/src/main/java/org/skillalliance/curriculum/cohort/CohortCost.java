package org.skillalliance.curriculum.cohort;

import org.skillalliance.curriculum.shared.Money;

/** The provider's price of a cohort. */
public record CohortCost(Pricing pricing, Money amount) {}
