package org.skillalliance.member.staff;

import org.jmolecules.ddd.annotation.ValueObject;

/** Gender for equity reporting; only held (and announced) where the staff member consented to outcome reporting. */
@ValueObject
public enum Gender {
    /** Female. */
    FEMALE,
    /** Male. */
    MALE,
    /** Non-binary or another gender. */
    NON_BINARY,
    /** Consented to reporting but chose not to state a gender. */
    UNDISCLOSED
}
