package org.skillalliance.funding.claim;

import org.jmolecules.ddd.annotation.ValueObject;

/** Where a claim's report for one of its programme's requirements stands. Only an accepted report stops blocking. */
@ValueObject
public enum ReportState {
    /** Nothing submitted yet. */
    DUE,
    /** Submitted by the employer, awaiting the funder. */
    SUBMITTED,
    /** Accepted by the funder: final, it no longer blocks a payment. */
    ACCEPTED,
    /** Rejected by the funder with a note; the employer submits it again. */
    REJECTED
}
