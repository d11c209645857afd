package org.skillalliance.member.roster;

/** The statuses of an enrolment that holds (or held) a seat, and so puts its holder on the roster. */
public enum SeatStatus {
    CONFIRMED,
    COMPLETED,
    NOT_COMPLETED,
    NO_SHOW
}
