package org.skillalliance.curriculum.cohort;

import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.curriculum.shared.Money;

/** The provider's price of a cohort. */
@ValueObject
public record CohortCost(Pricing pricing, Money amount) {}
