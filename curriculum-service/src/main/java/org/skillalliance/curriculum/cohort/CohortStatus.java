package org.skillalliance.curriculum.cohort;

import org.jmolecules.ddd.annotation.ValueObject;

/** The lifecycle of a cohort. */
@ValueObject
public enum CohortStatus {
    PLANNED,
    OPEN,
    RUNNING,
    COMPLETED,
    CANCELLED
}
