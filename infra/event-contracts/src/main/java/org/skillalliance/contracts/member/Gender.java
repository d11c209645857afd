package org.skillalliance.contracts.member;

/** Gender for equity reporting; only carried where the staff member consented to outcome reporting. */
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
