package org.skillalliance.funding.shared;

/**
 * An employer's size by headcount (the EU SME bands), as funding's programmes rule on it. member-service's contract
 * enum of the same name is mapped to it where its events arrive, and back where programme events leave.
 */
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
