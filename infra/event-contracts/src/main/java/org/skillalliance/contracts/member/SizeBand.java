package org.skillalliance.contracts.member;

/** Company size by headcount (the EU SME bands). */
public enum SizeBand {
    /** Fewer than 10 staff. */
    MICRO,
    /** 10 to 49 staff. */
    SMALL,
    /** 50 to 249 staff. */
    MEDIUM,
    /** 250 staff or more. */
    LARGE;

    /**
     * Derives the size band from a headcount.
     *
     * @param headcount number of staff, zero or more
     * @return the band the headcount falls in
     * @throws IllegalArgumentException if the headcount is negative
     */
    public static SizeBand of(int headcount) {
        if (headcount < 0) {
            throw new IllegalArgumentException("headcount must not be negative, got " + headcount);
        }
        if (headcount < 10) {
            return MICRO;
        }
        if (headcount < 50) {
            return SMALL;
        }
        return headcount < 250 ? MEDIUM : LARGE;
    }
}
