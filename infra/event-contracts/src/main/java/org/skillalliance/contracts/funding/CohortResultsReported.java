package org.skillalliance.contracts.funding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code CohortResultsReported}: an employer's business results for one cohort its staff attended, as they
 * stand after a change (a measure added, corrected or withdrawn, or the hourly wage cost set). The event carries the
 * whole current state, so a reader keeps the latest and needs no history; {@code revision} counts the changes.
 *
 * @param employerId             the reporting employer
 * @param cohortId               the cohort
 * @param currency               ISO 4217 currency of every money figure here (the cohort's cost currency)
 * @param hourlyWageCostMinor    the employer's hourly wage cost of its participants, in minor units; {@code null} if
 *                               not reported
 * @param measures               the business measures now reported (empty when all were withdrawn)
 * @param revision               1 for the first report, one more per change
 * @param reportedAt             when this state was reached
 */
public record CohortResultsReported(
        UUID employerId,
        UUID cohortId,
        String currency,
        Long hourlyWageCostMinor,
        List<ReportedMeasure> measures,
        int revision,
        Instant reportedAt) {}
