package org.skillalliance.member.staff;

import org.jmolecules.ddd.annotation.ValueObject;

/** Age band for equity reporting; only held (and announced) where the staff member consented to outcome reporting. */
@ValueObject
public enum AgeBand {
    /** Younger than 25. */
    UNDER_25,
    /** 25 to 34. */
    AGE_25_34,
    /** 35 to 44. */
    AGE_35_44,
    /** 45 to 54. */
    AGE_45_54,
    /** 55 to 64. */
    AGE_55_64,
    /** 65 or older. */
    AGE_65_PLUS
}
