package org.skillalliance.reporting.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Behaviour and results of the seats a report counts: the follow-up ratings of completed seats (transfer rate = rated
 * 4 or 5 / rated, 4 decimals, null without ratings) and the ROI, over all of them and per cohort (start date order).
 * The transfer rate is withheld ({@code transferRateSuppressed}, the rate null) where fewer than k completed seats
 * were rated, and per cohort also where the total would give a withheld cohort away.
 *
 * @param followUpsRatedFourOrFive null where the transfer rate is suppressed (it and the count rated give it away)
 */
@ValueObject
public record Evaluation(
        long followUpsRecorded,
        Long followUpsRatedFourOrFive,
        BigDecimal transferRate,
        boolean transferRateSuppressed,
        Roi roi,
        List<CohortEvaluation> cohorts) {

    /** One cohort of the report's seats. */
    public record CohortEvaluation(
            UUID cohortId,
            UUID courseId,
            String courseTitle,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal transferRate,
            boolean transferRateSuppressed,
            Roi roi) {}
}
