package org.skillalliance.reporting.impact;

import org.jmolecules.ddd.annotation.ValueObject;

/** Company size by headcount (DESIGN section 2), as the impact report filters and breaks down by it. */
@ValueObject
public enum SizeBand {
    /** Fewer than 10 staff. */
    MICRO,
    /** 10 to 49 staff. */
    SMALL,
    /** 50 to 249 staff. */
    MEDIUM,
    /** 250 staff or more. */
    LARGE
}
