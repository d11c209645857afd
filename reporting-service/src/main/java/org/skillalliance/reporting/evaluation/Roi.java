package org.skillalliance.reporting.evaluation;

import java.math.BigDecimal;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The return on investment of the employers' business results in a programme, a cohort or an alliance (the grant
 * added back as a cost: {@code costsMinor} = training cost + wage cost, {@code allGrantsDisbursedMinor} shown for
 * information). Money in minor units, each figure rounded half up once from its exact value; ROI % with 1 decimal,
 * benefit-cost ratio with 2, both null where the costs are 0 or less.
 *
 * @param minimumEmployers         k: the employers that must have reported for the benefits to be shown
 * @param employersInScope         distinct employers of the seats counted
 * @param employersReported        of those, the ones that reported at least one measure for a cohort in scope
 * @param reportedShare            employersReported / employersInScope, 4 decimals (null without employers)
 * @param employersWithoutWageCost employers in scope without an hourly wage cost for some cohort (counted as 0)
 * @param suppressed               fewer than k employers reported: benefits, ROI % and ratio are withheld
 * @param allGrantsDisbursedMinor  what every programme (not only the report's) paid for the seats in scope, in the
 *                                 report's currency: shown for information, never deducted (the programme view adds
 *                                 grants back as a cost); the impact report's own {@code grantDisbursedMinor} is its
 *                                 programme's alone
 */
@ValueObject
public record Roi(
        int minimumEmployers,
        long employersInScope,
        long employersReported,
        BigDecimal reportedShare,
        long employersWithoutWageCost,
        boolean suppressed,
        Long benefitsMinor,
        long trainingCostMinor,
        long wageCostMinor,
        long allGrantsDisbursedMinor,
        long costsMinor,
        BigDecimal roiPercent,
        BigDecimal benefitCostRatio) {}
