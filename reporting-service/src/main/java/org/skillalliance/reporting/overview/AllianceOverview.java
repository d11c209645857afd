package org.skillalliance.reporting.overview;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.reporting.evaluation.Evaluation;
import org.skillalliance.reporting.workplace.WorkplaceLearning;

/**
 * An alliance at a glance.
 *
 * @param seatsOffered        capacity of the alliance's cohorts that are not cancelled
 * @param seatsFilled         confirmed enrolments in those cohorts (with an outcome or still confirmed)
 * @param waitlistLength      enrolments waiting for a seat now
 * @param completionsPerMonth completed enrolments by month of completion ({@code 2026-03})
 * @param skillsByCategory    distinct skills taught by the alliance's published courses, by category
 * @param evaluation          behaviour (transfer rate) and results (ROI) of every seat in the alliance's cohorts
 *                            priced in its currency, k being {@code skillalliance.reporting.benchmark-minimum-employers}
 * @param workplaceLearning   every signed-off learning at work in the alliance, with the same k (docs/reporting.md,
 *                            "Workplace learning")
 */
@ValueObject
public record AllianceOverview(
        UUID allianceId,
        Instant currentAsOf,
        Map<String, Long> membersByStatus,
        long seatsOffered,
        long seatsFilled,
        long waitlistLength,
        Map<String, Long> completionsPerMonth,
        Map<String, Long> skillsByCategory,
        Evaluation evaluation,
        WorkplaceLearning workplaceLearning) {}
