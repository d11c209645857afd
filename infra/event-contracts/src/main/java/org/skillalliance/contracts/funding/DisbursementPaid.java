package org.skillalliance.contracts.funding;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code DisbursementPaid}: money for an approved claim was paid out to the employer.
 *
 * @param disbursementId the disbursement
 * @param claimId        the claim it pays
 * @param awardId        the award it draws on
 * @param programmeId    the award's programme
 * @param employerId     the employer paid
 * @param amountMinor    the amount paid in minor units
 * @param currency       ISO 4217 currency
 * @param paidOn         day of payment
 * @param milestone      the milestone this payment is for ({@code START}, {@code COMPLETION} or {@code OUTCOME}); a
 *                       programme without milestones pays the whole claim at {@code COMPLETION}. Absent in events
 *                       written before issue 26: read as {@code COMPLETION}
 */
public record DisbursementPaid(
        UUID disbursementId,
        UUID claimId,
        UUID awardId,
        UUID programmeId,
        UUID employerId,
        long amountMinor,
        String currency,
        LocalDate paidOn,
        String milestone) {

    /** The milestone, {@code COMPLETION} for events written before milestones existed. */
    public String milestoneOrCompletion() {
        return milestone == null ? "COMPLETION" : milestone;
    }
}
