package org.skillalliance.funding.quote;

import java.math.BigDecimal;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The expected grant offset for one seat. When nothing covers the seat, {@code expectedOffsetMinor} is 0,
 * {@code awardId} and {@code programmeId} are null and {@code reason} says why.
 *
 * @param cohortId              the cohort
 * @param employerId            the employer holding (or asking about) the seat
 * @param currency              ISO 4217 currency of every amount
 * @param expectedOffsetMinor   the expected reimbursement of the seat in minor units, rounded down
 * @param seatCostMinor         the seat's expected training cost in minor units (exact value rounded down to 2
 *                              decimals of a minor unit)
 * @param sharesFixed           whether the seat cost comes from fixed shares (the cohort started) or provisional
 * @param plannedHours          the course's planned hours, used as attended hours for the wage subsidy
 * @param awardId               the award the offset would come from, or null
 * @param programmeId           the award's programme, or null
 * @param reason                why there is no offset, or null when there is one
 */
@ValueObject
public record Quote(
        UUID cohortId,
        UUID employerId,
        String currency,
        long expectedOffsetMinor,
        BigDecimal seatCostMinor,
        boolean sharesFixed,
        BigDecimal plannedHours,
        UUID awardId,
        UUID programmeId,
        String reason) {}
