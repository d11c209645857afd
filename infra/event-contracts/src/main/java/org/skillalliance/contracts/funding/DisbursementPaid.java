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
 */
public record DisbursementPaid(
        UUID disbursementId,
        UUID claimId,
        UUID awardId,
        UUID programmeId,
        UUID employerId,
        long amountMinor,
        String currency,
        LocalDate paidOn) {}
