package org.skillalliance.contracts.funding;

import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code ClaimApproved}: a reimbursement claim of one employer for one cohort was approved under an award.
 *
 * @param claimId      the claim
 * @param awardId      the award it draws on
 * @param programmeId  the award's programme
 * @param employerId   the claiming employer
 * @param cohortId     the cohort the claim is for
 * @param amountMinor  the approved amount in minor units (rounded down)
 * @param currency     ISO 4217 currency
 * @param enrolmentIds the completed, covered seats the claim reimburses
 */
public record ClaimApproved(
        UUID claimId,
        UUID awardId,
        UUID programmeId,
        UUID employerId,
        UUID cohortId,
        long amountMinor,
        String currency,
        List<UUID> enrolmentIds) {

    /** Copies the list, so the payload is immutable. */
    public ClaimApproved {
        enrolmentIds = enrolmentIds == null ? null : List.copyOf(enrolmentIds);
    }
}
