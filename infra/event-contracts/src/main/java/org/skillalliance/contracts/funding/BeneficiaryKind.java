package org.skillalliance.contracts.funding;

/** Who receives a grant. */
public enum BeneficiaryKind {
    /** An employer, for its own seats. */
    EMPLOYER,
    /** An association, for a whole cohort (a group application). */
    ASSOCIATION
}
