package org.skillalliance.funding.plan;

import java.util.UUID;

/**
 * Which training plans a list asks for; null means any. {@code viewer}, when set, narrows the list to the plans of
 * that organisation as the employer or as the programme's funder (never from a request).
 */
public record TrainingPlanFilter(UUID programmeId, UUID employerId, UUID cohortId, UUID viewer) {

    public TrainingPlanFilter(UUID programmeId, UUID employerId, UUID cohortId) {
        this(programmeId, employerId, cohortId, null);
    }

    public TrainingPlanFilter visibleTo(UUID organisation) {
        return new TrainingPlanFilter(programmeId, employerId, cohortId, organisation);
    }
}
