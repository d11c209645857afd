package org.skillalliance.funding.allocation;

import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.money.Money;

/** A cohort's cost sharing as it stands: terms, status, total and the shares (provisional or fixed). */
@ValueObject
public record CostShareView(Facts.Cohort cohort, CohortCostSharing sharing, Money total, List<ShareLine> shares) {}
