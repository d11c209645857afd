package org.skillalliance.curriculum.cohort;

/** Whether a cohort's cost is one amount for the cohort or a price per confirmed seat. */
public enum Pricing {
    TOTAL,
    PER_SEAT
}
