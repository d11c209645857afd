package org.skillalliance.funding.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The optional rules of a real funding scheme (docs/funding.md "Scheme rules"); leave a rule out for "none".
 *
 * @param trainingPlanLeadDays  a plan must be filed at least this many days before the cohort starts (0 = by the start
 *                              day)
 * @param minimumAttendedHours  attended (off-the-job) hours a participant needs for the seat to count
 * @param attendanceThreshold   share of the course's planned hours a participant must attend (0.8 = 80%)
 * @param claimWindowDays       days after the cohort ends within which the employer submits its claim
 * @param milestones            shares of a claim paid at START, COMPLETION and OUTCOME, summing to exactly 1
 * @param requirements          reports each claim owes before a payment
 * @param onTheJob              signed-off learning at work paid per logged hour (issue 20)
 */
public record SchemeRulesRequest(
        @Min(value = 0, message = "must be 0 or more days (0: the plan is due by the cohort's start day)")
        @Max(value = 3650, message = "must be at most 3650 days")
        Integer trainingPlanLeadDays,

        @DecimalMin(value = "0", message = "must be 0 or more hours")
        @DecimalMax(value = "100000", message = "must be at most 100000 hours")
        @Digits(integer = 6, fraction = 2, message = "must have at most 2 decimal places")
        BigDecimal minimumAttendedHours,

        @DecimalMin(value = "0", inclusive = false, message = "must be above 0 (leave it out for no threshold)")
        @DecimalMax(value = "1", message = "must be at most 1 (a fraction: 0.8 = 80%)")
        @Digits(integer = 1, fraction = 6, message = "must have at most 6 decimal places")
        BigDecimal attendanceThreshold,

        @Min(value = 1, message = "must be at least 1 day (leave it out for no claim window)")
        @Max(value = 3650, message = "must be at most 3650 days")
        Integer claimWindowDays,

        List<@Valid @NotNull MilestoneRequest> milestones,
        List<@Valid @NotNull RequirementRequest> requirements,
        @Valid OnTheJobRequest onTheJob) {

    /**
     * Signed-off learning at work paid per logged hour, up to a cap of hours per participant under the programme.
     * {@code requiresOffTheJob} left out means false.
     */
    public record OnTheJobRequest(
            @NotNull
            @Min(value = 1, message = "must be from 1 to 10000000 minor units an hour")
            @Max(value = 10_000_000, message = "must be from 1 to 10000000 minor units an hour")
            Long ratePerHourMinor,

            @NotNull
            @DecimalMin(value = "0", inclusive = false, message = "must be above 0 hours")
            @DecimalMax(value = "1000", message = "must be at most 1000 hours")
            @Digits(integer = 4, fraction = 2, message = "must have at most 2 decimal places")
            BigDecimal maxHoursPerParticipant,

            Boolean requiresOffTheJob) {}

    /** A share of each claim paid at a milestone. */
    public record MilestoneRequest(
            @NotNull Milestone milestone,

            @NotNull
            @DecimalMin(value = "0", inclusive = false, message = "must be above 0 (leave the milestone out instead)")
            @DecimalMax(value = "1", message = "must be at most 1 (a fraction: 0.4 = 40%)")
            @Digits(integer = 1, fraction = 6, message = "must have at most 6 decimal places")
            BigDecimal share) {}

    /** A report each claim owes, due by a date ({@code dueOn}) or before a milestone's payment ({@code beforeMilestone}). */
    public record RequirementRequest(
            @NotBlank
            @Size(max = 60)
            @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and hyphens")
            String key,

            @NotNull RequirementKind kind,
            LocalDate dueOn,
            Milestone beforeMilestone) {}
}
