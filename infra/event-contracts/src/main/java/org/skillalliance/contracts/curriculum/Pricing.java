package org.skillalliance.contracts.curriculum;

/** How a cohort's cost is quoted by its provider. */
public enum Pricing {
    /** One amount for the whole cohort. */
    TOTAL,
    /** An amount per confirmed seat. */
    PER_SEAT
}
