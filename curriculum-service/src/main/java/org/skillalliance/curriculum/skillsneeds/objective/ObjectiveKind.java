package org.skillalliance.curriculum.skillsneeds.objective;

import org.jmolecules.ddd.annotation.ValueObject;

/** What an objective measures. */
@ValueObject
public enum ObjectiveKind {
    /** Distinct active staff of the alliance's active member employers at or above a level in a skill, by a date. */
    STAFF_AT_LEVEL,
    /** Completion rate, completed / (completed + not completed + no-show), in cohorts of a course in a period. */
    COMPLETION_RATE
}
