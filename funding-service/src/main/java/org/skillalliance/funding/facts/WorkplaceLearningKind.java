package org.skillalliance.funding.facts;

import org.jmolecules.ddd.annotation.ValueObject;

/** The kinds of learning at work (curriculum-service's contract enum is mapped by the listener). */
@ValueObject
public enum WorkplaceLearningKind {
    /** On-the-job training under a mentor. */
    ON_THE_JOB,
    /** A mentoring relation. */
    MENTORING,
    /** An in-house workshop. */
    WORKSHOP
}
