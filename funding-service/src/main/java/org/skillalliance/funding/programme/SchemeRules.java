package org.skillalliance.funding.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The optional rules real funding schemes add to a programme (issue 26, docs/funding.md "Scheme rules"). Every rule
 * is optional: a programme without any ({@link #NONE}) behaves exactly as before.
 *
 * @param planLeadDays         a training plan (cohort, participants, hours, cost) must be filed at least this many days
 *                             before the cohort starts, else its seats are not eligible; null = no plan required
 * @param minimumAttendedHours a seat counts only with at least this many attended (off-the-job) hours; null = none
 * @param attendanceThreshold  a seat counts only when attended hours / the course's planned hours reach this fraction
 *                             (0.8 = 80%); null = none
 * @param claimWindowDays      a claim is submitted by the employer within this many days after the cohort ends, later
 *                             refused; null = claims are submitted as they are computed, as before
 * @param milestones           shares of a claim paid at each milestone, summing to exactly 1, in milestone order;
 *                             empty = the whole claim at completion
 * @param requirements         reports each claim owes, each blocking a payment until the funder accepts it
 * @param onTheJob             signed-off learning at work is paid per logged hour (issue 20); null = not paid
 */
@ValueObject
public record SchemeRules(
        Integer planLeadDays,
        BigDecimal minimumAttendedHours,
        BigDecimal attendanceThreshold,
        Integer claimWindowDays,
        List<MilestoneShare> milestones,
        List<Requirement> requirements,
        OnTheJobRule onTheJob) {

    /** No scheme rule: the programme behaves as programmes did before issue 26. */
    public static final SchemeRules NONE = new SchemeRules(null, null, null, null, List.of(), List.of());

    /** The rules of issue 26, without on-the-job hours. */
    public SchemeRules(
            Integer planLeadDays,
            BigDecimal minimumAttendedHours,
            BigDecimal attendanceThreshold,
            Integer claimWindowDays,
            List<MilestoneShare> milestones,
            List<Requirement> requirements) {
        this(planLeadDays, minimumAttendedHours, attendanceThreshold, claimWindowDays, milestones, requirements, null);
    }

    private static final List<MilestoneShare> WHOLE_AT_COMPLETION =
            List.of(new MilestoneShare(Milestone.COMPLETION, BigDecimal.ONE));

    public SchemeRules {
        if (planLeadDays != null && planLeadDays < 0) {
            throw new IllegalArgumentException("planLeadDays must be 0 or more");
        }
        if (claimWindowDays != null && claimWindowDays < 1) {
            throw new IllegalArgumentException("claimWindowDays must be at least 1");
        }
        milestones = milestones.stream()
                .sorted(Comparator.comparing(MilestoneShare::milestone))
                .toList();
        if (!milestones.isEmpty()
                && milestones.stream()
                                .map(MilestoneShare::share)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)
                                .compareTo(BigDecimal.ONE)
                        != 0) {
            throw new IllegalArgumentException("milestone shares must sum to exactly 1");
        }
        requirements = List.copyOf(requirements);
    }

    /** The payments a claim is made in: the milestones, or the whole claim at completion when there are none. */
    public List<MilestoneShare> payments() {
        return milestones.isEmpty() ? WHOLE_AT_COMPLETION : milestones;
    }

    /** The on-the-job rule, or empty when the programme pays no learning at work. */
    public Optional<OnTheJobRule> onTheJobRule() {
        return Optional.ofNullable(onTheJob);
    }

    public boolean requiresPlan() {
        return planLeadDays != null;
    }

    /** The last day a training plan for a cohort starting on {@code cohortStart} may be filed; empty without the rule. */
    public Optional<LocalDate> planDueOn(LocalDate cohortStart) {
        return planLeadDays == null ? Optional.empty() : Optional.of(cohortStart.minusDays(planLeadDays));
    }

    public boolean hasClaimWindow() {
        return claimWindowDays != null;
    }

    /** The last day a claim for a cohort ending on {@code cohortEnd} may be submitted; empty without the rule. */
    public Optional<LocalDate> claimDeadline(LocalDate cohortEnd) {
        return claimWindowDays == null ? Optional.empty() : Optional.of(cohortEnd.plusDays(claimWindowDays));
    }

    /**
     * Why a completed seat does not count under the hours and attendance rules, or empty when it counts.
     *
     * @param attendedHours the hours the participant attended
     * @param plannedHours  the course's planned hours (null when not known: the attendance threshold then refuses)
     */
    public Optional<String> seatRefusal(BigDecimal attendedHours, BigDecimal plannedHours) {
        if (minimumAttendedHours != null && attendedHours.compareTo(minimumAttendedHours) < 0) {
            return Optional.of("attended " + attendedHours.stripTrailingZeros().toPlainString()
                    + " h, fewer than the "
                    + minimumAttendedHours.stripTrailingZeros().toPlainString()
                    + " h the programme requires");
        }
        if (attendanceThreshold != null) {
            if (plannedHours == null || plannedHours.signum() == 0) {
                return Optional.of("the course's planned hours are not known, so attendance cannot be checked");
            }
            if (attendedHours.compareTo(plannedHours.multiply(attendanceThreshold)) < 0) {
                return Optional.of(
                        "attended " + attendedHours.stripTrailingZeros().toPlainString() + " of "
                                + plannedHours.stripTrailingZeros().toPlainString() + " planned hours ("
                                + percent(attendedHours.divide(plannedHours, 6, RoundingMode.DOWN)) + "), below the "
                                + percent(attendanceThreshold) + " attendance the programme requires");
            }
        }
        return Optional.empty();
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2)
                        .setScale(1, RoundingMode.DOWN)
                        .stripTrailingZeros()
                        .toPlainString() + "%";
    }
}
