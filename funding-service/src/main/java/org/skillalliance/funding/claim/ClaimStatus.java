package org.skillalliance.funding.claim;

import org.jmolecules.ddd.annotation.ValueObject;

/** The lifecycle of a claim. */
@ValueObject
public enum ClaimStatus {
    /**
     * Computed from outcomes under a programme with a claim window; recomputed while later outcomes arrive, until the
     * employer submits it within the window.
     */
    DRAFT,
    /** Computed from outcomes (or submitted by the employer); recomputed while later outcomes of the cohort arrive. */
    SUBMITTED,
    /** Approved for an amount the award still had; owed to the employer, paid milestone by milestone. */
    APPROVED,
    /** Paid out: every milestone payment of the approved amount made. */
    PAID,
    /** Refused by the funder; its seats are not claimed again. */
    REJECTED;

    /** Approved, paid or rejected: the claim is no longer recomputed and its seats are not claimed again. */
    public boolean isDecided() {
        return this != DRAFT && this != SUBMITTED;
    }
}
