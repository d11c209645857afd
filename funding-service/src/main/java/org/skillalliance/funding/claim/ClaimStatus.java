package org.skillalliance.funding.claim;

import org.jmolecules.ddd.annotation.ValueObject;

/** The lifecycle of a claim. */
@ValueObject
public enum ClaimStatus {
    /** Computed from outcomes; recomputed while later outcomes of the cohort arrive. */
    SUBMITTED,
    /** Approved for an amount the award still had; owed to the employer. */
    APPROVED,
    /** Paid out (one disbursement of the approved amount). */
    PAID,
    /** Refused by the funder; its seats are not claimed again. */
    REJECTED;

    public boolean isDecided() {
        return this != SUBMITTED;
    }
}
