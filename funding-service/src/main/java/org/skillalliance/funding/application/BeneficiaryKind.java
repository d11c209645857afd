package org.skillalliance.funding.application;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Who applies for, and so receives, a grant: funding's own type, mapped to the contract enum of the same name where
 * {@code GrantAwarded} leaves the service.
 */
@ValueObject
public enum BeneficiaryKind {
    /** An employer, for its own seats. */
    EMPLOYER,
    /** An association, for a whole cohort (a group application). */
    ASSOCIATION
}
