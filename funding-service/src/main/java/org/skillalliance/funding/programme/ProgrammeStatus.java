package org.skillalliance.funding.programme;

import org.jmolecules.ddd.annotation.ValueObject;

/** The lifecycle of a grant programme. */
@ValueObject
public enum ProgrammeStatus {
    /** Being written; no applications yet. */
    DRAFT,
    /** Accepting applications, awards and claims. */
    OPEN,
    /** Closed: no new applications, awards or claims; approved claims can still be paid. */
    CLOSED
}
