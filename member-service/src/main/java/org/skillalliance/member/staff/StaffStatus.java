package org.skillalliance.member.staff;

import org.jmolecules.ddd.annotation.ValueObject;

/** Where a staff record stands. */
@ValueObject
public enum StaffStatus {
    /** Employed by the employer. */
    ACTIVE,
    /** Employment ended; the record stays for outcome reporting. */
    LEFT,
    /** Personal data wiped on request; only the id and the employer remain. */
    ERASED
}
