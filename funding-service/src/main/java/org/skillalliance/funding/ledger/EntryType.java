package org.skillalliance.funding.ledger;

import org.jmolecules.ddd.annotation.ValueObject;

/** What a ledger entry records. Amounts are always positive; the type says which way the money moves. */
@ValueObject
public enum EntryType {
    /** An employer's fixed share of a cohort's cost: the employer owes it (cohort, employer). */
    SHARE_CHARGED,
    /** An award committed part of a programme's budget (programme, award, beneficiary). */
    GRANT_COMMITTED,
    /** A claim was approved: the award owes the employer this much (programme, award, claim, employer, cohort). */
    CLAIM_APPROVED,
    /** A disbursement was paid to the employer: the grant offset of its statement (programme, award, claim, employer). */
    DISBURSEMENT_PAID
}
