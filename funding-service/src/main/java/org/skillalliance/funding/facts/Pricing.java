package org.skillalliance.funding.facts;

/** How a cohort is priced (curriculum-service's contract enum is mapped by the listener). */
public enum Pricing {
    /** One amount for the whole cohort. */
    TOTAL,
    /** An amount per confirmed seat. */
    PER_SEAT
}
