package org.skillalliance.curriculum.workplace;

import org.jmolecules.ddd.annotation.ValueObject;

/** What kind of learning at work: a plan of on-the-job training, a mentoring relation, or an in-house workshop. */
@ValueObject
public enum LearningKind {
    ON_THE_JOB,
    MENTORING,
    WORKSHOP
}
