package org.skillalliance.reporting.evaluation;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** What the evaluation shows of a cohort: its course and dates, and the currency it is priced in. */
@ValueObject
public record CohortFacts(
        UUID cohortId, UUID courseId, String courseTitle, LocalDate startDate, LocalDate endDate, String currency) {}
