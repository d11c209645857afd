package org.skillalliance.funding.programme;

/** The lifecycle of a grant programme. */
public enum ProgrammeStatus {
    /** Being written; no applications yet. */
    DRAFT,
    /** Accepting applications, awards and claims. */
    OPEN,
    /** Closed: no new applications, awards or claims; approved claims can still be paid. */
    CLOSED
}
