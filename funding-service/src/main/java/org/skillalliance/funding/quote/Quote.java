package org.skillalliance.funding.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.programme.MilestoneShare;

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
 * @param planDueOn             the last day the employer may file its training plan for the cohort, or null when the
 *                              programme requires none (or no programme reimburses the seat)
 * @param planFiled             whether the employer filed a training plan for the cohort under the programme
 * @param minimumAttendedHours  attended hours a participant needs for the seat to count, or null for no minimum
 * @param attendanceThreshold   share of the planned hours a participant must attend (0.8 = 80%), or null for none
 * @param claimDeadline         the last day a claim for the cohort may be submitted, or null without a claim window
 * @param payments              the shares of a claim paid at each milestone (the whole at COMPLETION without
 *                              milestones); empty when no programme reimburses the seat
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
        String reason,
        LocalDate planDueOn,
        boolean planFiled,
        BigDecimal minimumAttendedHours,
        BigDecimal attendanceThreshold,
        LocalDate claimDeadline,
        List<MilestoneShare> payments) {}
