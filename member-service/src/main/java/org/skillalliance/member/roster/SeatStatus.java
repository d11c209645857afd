package org.skillalliance.member.roster;

import org.jmolecules.ddd.annotation.ValueObject;

/** The statuses of an enrolment that holds (or held) a seat, and so puts its holder on the roster. */
@ValueObject
public enum SeatStatus {
    CONFIRMED,
    COMPLETED,
    NOT_COMPLETED,
    NO_SHOW
}
