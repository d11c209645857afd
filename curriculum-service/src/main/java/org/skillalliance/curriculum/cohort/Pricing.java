package org.skillalliance.curriculum.cohort;

import org.jmolecules.ddd.annotation.ValueObject;

/** Whether a cohort's cost is one amount for the cohort or a price per confirmed seat. */
@ValueObject
public enum Pricing {
    TOTAL,
    PER_SEAT
}
