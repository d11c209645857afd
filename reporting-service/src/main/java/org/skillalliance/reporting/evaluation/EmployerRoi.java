package org.skillalliance.reporting.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One employer's own ROI per cohort its staff attended, and totals per currency. The employer's view: costs = its cost
 * share + wage cost - the grant disbursed to it for the cohort (DESIGN section 3). Not suppressed: its own data.
 * Money in minor units of the cohort's currency, rounded half up once; ROI % 1 decimal, ratio 2, null where the costs
 * are 0 or less.
 *
 * @param currentAsOf the time of the last event applied to the projections, as every report carries it
 */
@ValueObject
public record EmployerRoi(UUID employerId, Instant currentAsOf, List<CohortRoi> cohorts, List<Total> totals) {

    /**
     * One cohort.
     *
     * @param reported whether the employer reported at least one measure for it
     * @param measures how many measures it reported
     */
    public record CohortRoi(
            UUID cohortId,
            UUID courseId,
            String courseTitle,
            LocalDate startDate,
            LocalDate endDate,
            String currency,
            boolean reported,
            int measures,
            Long hourlyWageCostMinor,
            long benefitsMinor,
            long trainingCostMinor,
            long wageCostMinor,
            long grantDisbursedMinor,
            long costsMinor,
            BigDecimal roiPercent,
            BigDecimal benefitCostRatio,
            BigDecimal transferRate) {}

    /** The cohorts of one currency together, each figure from the exact sums. */
    public record Total(
            String currency,
            int cohorts,
            long benefitsMinor,
            long trainingCostMinor,
            long wageCostMinor,
            long grantDisbursedMinor,
            long costsMinor,
            BigDecimal roiPercent,
            BigDecimal benefitCostRatio) {}
}
