package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.reporting.evaluation.Evaluation;
import org.skillalliance.reporting.workplace.WorkplaceLearning;

/**
 * The impact of one grant programme over a period. Rates are fractions with 4 decimals, means have 2, money is in
 * minor units of the programme's currency; a rate or mean without a denominator is null.
 *
 * @param from                      first start date of the cohorts counted
 * @param to                        last start date of the cohorts counted
 * @param filters                   the employers counted (null fields: any)
 * @param currentAsOf               the time of the last event applied to the projections: the report is current up to it
 * @param grantCommittedMinor       the programme's awards, as far as they cover the seats counted (docs/reporting.md)
 * @param grantDisbursedMinor       what this programme paid for the seats counted
 * @param disbursedByMilestone      {@code grantDisbursedMinor} split by the milestone each payment was for: {@code START},
 *                                  {@code COMPLETION} and {@code OUTCOME}, always all three and in this order, in
 *                                  minor units, adding up to it exactly (a payment made without milestones, or before
 *                                  they existed, is {@code COMPLETION}'s)
 * @param otherGrantsDisbursedMinor what other programmes paid for the same seats: subtracted from the employers'
 *                                  contribution, never credited to them
 * @param retentionAsOf             the day retention is measured on: the report's {@code to}, or today when that is
 *                                  later or not given
 * @param breakdowns                dimension -> cell -> figures, cells in key order
 * @param evaluation                behaviour (transfer rate) and results (ROI) of the same seats, k being the
 *                                  programme's {@code suppressionK} (docs/reporting.md, "Evaluation beyond completion")
 * @param workplaceLearning         the signed-off learning at work (on the job, mentoring, in-house workshops) of the
 *                                  employers the programme covers, signed off in the period, k being the programme's
 *                                  {@code suppressionK} (docs/reporting.md, "Workplace learning")
 */
@ValueObject
public record ImpactReport(
        UUID programmeId,
        String programmeName,
        String currency,
        LocalDate from,
        LocalDate to,
        Filters filters,
        Instant currentAsOf,
        int suppressionK,
        long participants,
        long employersServed,
        long enrolments,
        long outcomesRecorded,
        long completions,
        long notCompleted,
        long noShows,
        long credentials,
        BigDecimal completionRate,
        BigDecimal credentialRate,
        BigDecimal noShowRate,
        long seatsWithBothScores,
        long seatsWithSkillGain,
        BigDecimal skillGainRate,
        BigDecimal meanSkillGain,
        BigDecimal trainingHours,
        long grantCommittedMinor,
        long grantDisbursedMinor,
        Map<String, Long> disbursedByMilestone,
        long otherGrantsDisbursedMinor,
        long totalTrainingCostMinor,
        long employerContributionMinor,
        BigDecimal leverage,
        Long costPerParticipantMinor,
        Long costPerCompletionMinor,
        Long costPerCredentialMinor,
        LocalDate retentionAsOf,
        Retention retention6Months,
        Retention retention12Months,
        BigDecimal meanSatisfaction,
        long seatsWithoutCostShares,
        Map<String, Map<String, Cell>> breakdowns,
        Evaluation evaluation,
        WorkplaceLearning workplaceLearning) {

    /** The employers a report counts: of this size band, sector (NACE prefix) and region (NUTS prefix); null: any. */
    public record Filters(String sizeBand, String sector, String region) {}

    /**
     * Completers still employed by the same employer so many months after completion.
     *
     * @param measured completions whose anniversary has passed by {@code retentionAsOf}
     */
    public record Retention(long measured, long retained, BigDecimal rate) {}

    /** One breakdown cell: figures, or none at all when suppressed. */
    public record Cell(
            boolean suppressed, Long participants, Long enrolments, Long completions, BigDecimal completionRate) {

        static Cell suppressedCell() {
            return new Cell(true, null, null, null, null);
        }
    }
}
