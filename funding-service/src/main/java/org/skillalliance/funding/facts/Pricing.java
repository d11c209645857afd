package org.skillalliance.funding.facts;

import org.jmolecules.ddd.annotation.ValueObject;

/** How a cohort is priced (curriculum-service's contract enum is mapped by the listener). */
@ValueObject
public enum Pricing {
    /** One amount for the whole cohort. */
    TOTAL,
    /** An amount per confirmed seat. */
    PER_SEAT
}
