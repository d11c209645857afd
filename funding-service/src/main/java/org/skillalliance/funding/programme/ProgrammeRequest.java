package org.skillalliance.funding.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.funding.shared.SizeBand;
import org.skillalliance.web.MinorUnits;

/**
 * A funder drafts (or revises) a grant programme. Money is in integer minor units of {@code currency}; rates and
 * shares are fractions from 0 to 1 ({@code 0.6} = 60%). Empty eligibility lists mean "any". {@code schemeRules} (optional)
 * adds the rules of a real funding scheme: plans filed ahead, minimum hours, attendance, a claim window, milestones and
 * requirements.
 */
public record ProgrammeRequest(
        @NotNull UUID funderId,
        @NotBlank @Size(max = 200) String name,
        @NotNull String currency,
        @NotNull @MinorUnits Long budgetMinor,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        List<@NotNull UUID> eligibleAllianceIds,
        List<@NotNull SizeBand> eligibleSizeBands,
        List<@NotBlank String> eligibleSectorCodes,
        List<@NotBlank String> eligibleRegions,
        List<@NotBlank String> requiredPriorityTags,
        @NotEmpty List<@Valid @NotNull BandRuleRequest> bandRules,
        @MinorUnits Long capPerParticipantMinor,
        @MinorUnits Long capPerEmployerMinor,
        @Min(1) @Max(100) Integer suppressionK,
        @Valid SchemeRulesRequest schemeRules) {

    /**
     * The largest wage subsidy per hour (10^9 minor units, ten million a currency unit). Lower than the general money
     * bound because a claim multiplies it by hours (at most 2,000 a course in curriculum-service, under 10^5) and seats
     * (at most 10^4 a cohort): 10^9 * 10^5 * 10^4 = 10^18, plus at most 10^17 of training cost, stays inside a long
     * (about 9.2 * 10^18).
     */
    public static final long MAX_WAGE_SUBSIDY_PER_HOUR_MINOR = 1_000_000_000L;

    /**
     * Reimbursement terms for one size band. The three terms are required for an eligible band (every band when
     * {@code eligibleSizeBands} is empty); a band that is not eligible is paid nothing, so its rule may leave them out
     * (stored as rate 0, wage subsidy 0, minimum employer share 1).
     */
    public record BandRuleRequest(
            @NotNull SizeBand sizeBand,

            @DecimalMin(value = "0", message = "must be 0 or more")
            @DecimalMax(value = "1", message = "must be at most 1 (a fraction: 0.6 = 60%, 1 = 100%)")
            @Digits(integer = 1, fraction = 6, message = "must have at most 6 decimal places")
            BigDecimal costRate,

            @MinorUnits
            @Max(value = MAX_WAGE_SUBSIDY_PER_HOUR_MINOR, message = "must be at most 1000000000 minor units an hour")
            Long wageSubsidyPerHourMinor,

            @DecimalMin(value = "0", message = "must be 0 or more")
            @DecimalMax(value = "1", message = "must be at most 1 (a fraction: 0.1 = 10%)")
            @Digits(integer = 1, fraction = 6, message = "must have at most 6 decimal places")
            BigDecimal minimumEmployerShare) {}
}
