package org.skillalliance.contracts.funding;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code ClaimSubmitted}: an employer's reimbursement claim was submitted for the funder's approval (made
 * submitted at once, or submitted from a draft): a claim for its seats in one cohort, or a claim for its signed-off
 * workplace learning (on-the-job training, mentoring, in-house workshops), which has no cohort.
 *
 * @param claimId      the claim
 * @param awardId      the award it draws on
 * @param programmeId  the award's programme
 * @param employerId   the claiming employer
 * @param cohortId     the cohort the claim is for; null for a claim of workplace learning, which has no cohort
 * @param claimedMinor the amount claimed in minor units
 * @param currency     ISO 4217 currency
 * @param submittedAt  when it was submitted
 */
public record ClaimSubmitted(
        UUID claimId,
        UUID awardId,
        UUID programmeId,
        UUID employerId,
        UUID cohortId,
        long claimedMinor,
        String currency,
        Instant submittedAt) {}
