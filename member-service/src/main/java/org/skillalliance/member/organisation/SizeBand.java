package org.skillalliance.member.organisation;

import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.member.shared.RuleBroken;

/** An employer's size by headcount (the EU SME bands); never set, only derived ({@link #of(int)}). */
@ValueObject
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
     * The band a headcount falls in.
     *
     * @param headcount number of staff, zero or more
     * @throws RuleBroken (400, field {@code headcount}) if the headcount is negative
     */
    public static SizeBand of(int headcount) {
        if (headcount < 0) {
            throw RuleBroken.invalid("headcount", "must not be negative, got " + headcount);
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
