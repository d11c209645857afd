package org.skillalliance.funding.results;

import java.util.UUID;

/** Which results a list asks for: those of one cohort, or (null) of every cohort. */
public record CohortResultsFilter(UUID cohortId) {}
