package org.skillalliance.reporting.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Behaviour and results of the seats a report counts: the follow-up ratings of completed seats (transfer rate = rated
 * 4 or 5 / rated, 4 decimals, null without ratings) and the ROI, over all of them and per cohort (start date order).
 */
@ValueObject
public record Evaluation(
        long followUpsRecorded,
        long followUpsRatedFourOrFive,
        BigDecimal transferRate,
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
            Roi roi) {}
}
