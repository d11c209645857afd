package org.skillalliance.contracts.funding;

import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code ClaimApproved}: a reimbursement claim of one employer was approved under an award: a claim for its
 * seats in one cohort, or a claim for its signed-off workplace learning (on-the-job training, mentoring, in-house
 * workshops), which has no cohort.
 *
 * @param claimId      the claim
 * @param awardId      the award it draws on
 * @param programmeId  the award's programme
 * @param employerId   the claiming employer
 * @param cohortId     the cohort the claim is for; null for a claim of workplace learning, which has no cohort
 * @param amountMinor  the approved amount in minor units (rounded down)
 * @param currency     ISO 4217 currency
 * @param enrolmentIds the completed, covered seats the claim reimburses: at least one for a cohort's claim, none for a
 *                     claim of workplace learning
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
