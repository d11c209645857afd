package org.skillalliance.curriculum.skillsneeds.objective;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where an objective stands on a day, and what it takes to reach it.
 *
 * <p>{@code STAFF_AT_LEVEL}: the trajectory is linear from the baseline on the creation day to the target on the
 * target date; {@code requiredNow} is the whole number of staff it asks for today (rounded up), and the objective is
 * on track while the count is at least that. {@code requiredPer30Days} is the pace still needed: the staff missing,
 * per 30 days left.
 *
 * <p>{@code COMPLETION_RATE}: a rate must hold throughout, so the trajectory is the target from start to end; the
 * objective is on track while the rate so far reaches it, and {@code completionsNeeded} says how many further
 * completions in a row would lift the rate to the target (null when no number can: a target of 1 after a
 * non-completion, or no outcomes yet).
 *
 * @param current    the count, or the rate (4 decimals; null without outcomes)
 * @param target     the target count or rate
 * @param onTrack    true for ACHIEVED and ON_TRACK, false for BEHIND and MISSED, null for NO_DATA
 * @param trajectory the required value at the creation day, each month after it and the target date
 */
@ValueObject
public record ObjectiveProgress(
        Status status,
        Boolean onTrack,
        BigDecimal current,
        BigDecimal target,
        BigDecimal requiredNow,
        BigDecimal remaining,
        long daysLeft,
        BigDecimal requiredPer30Days,
        Integer completionsNeeded,
        Outcomes outcomes,
        List<Point> trajectory) {

    public enum Status {
        ACHIEVED,
        ON_TRACK,
        BEHIND,
        MISSED,
        NO_DATA
    }

    /** One point of the trajectory. */
    public record Point(LocalDate date, BigDecimal required) {}

    /** The outcomes a completion rate counts. */
    public record Outcomes(int completed, int notCompleted, int noShow) {
        public int total() {
            return completed + notCompleted + noShow;
        }
    }

    /** Progress of a {@code STAFF_AT_LEVEL} objective with {@code count} staff at the level today. */
    public static ObjectiveProgress staffAtLevel(Objective objective, int count, LocalDate today) {
        int target = objective.targetCount();
        int baseline = objective.baseline() == null ? 0 : objective.baseline();
        int requiredNow = requiredOn(objective, baseline, target, today);
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, objective.targetDate()));
        int remaining = Math.max(0, target - count);
        Status status = count >= target
                ? Status.ACHIEVED
                : today.isAfter(objective.targetDate())
                        ? Status.MISSED
                        : count >= requiredNow ? Status.ON_TRACK : Status.BEHIND;
        List<Point> trajectory = new ArrayList<>();
        for (LocalDate date : checkpoints(objective)) {
            trajectory.add(new Point(date, BigDecimal.valueOf(requiredOn(objective, baseline, target, date))));
        }
        BigDecimal pace = daysLeft == 0
                ? null
                : BigDecimal.valueOf(remaining * 30L).divide(BigDecimal.valueOf(daysLeft), 2, RoundingMode.HALF_UP);
        return new ObjectiveProgress(
                status,
                status == Status.ACHIEVED || status == Status.ON_TRACK,
                BigDecimal.valueOf(count),
                BigDecimal.valueOf(target),
                BigDecimal.valueOf(requiredNow),
                BigDecimal.valueOf(remaining),
                daysLeft,
                pace,
                null,
                null,
                trajectory);
    }

    /** Progress of a {@code COMPLETION_RATE} objective over the outcomes recorded so far. */
    public static ObjectiveProgress completionRate(Objective objective, Outcomes outcomes, LocalDate today) {
        BigDecimal target = objective.targetRate();
        int completed = outcomes.completed();
        int total = outcomes.total();
        boolean over = today.isAfter(objective.targetDate());
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, objective.targetDate()));
        // exact: completed / total >= target  <=>  completed >= target * total
        boolean reached =
                total > 0 && BigDecimal.valueOf(completed).compareTo(target.multiply(BigDecimal.valueOf(total))) >= 0;
        Status status = total == 0
                ? (over ? Status.MISSED : Status.NO_DATA)
                : reached ? (over ? Status.ACHIEVED : Status.ON_TRACK) : over ? Status.MISSED : Status.BEHIND;
        BigDecimal current = total == 0
                ? null
                : BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        Integer needed = total == 0 ? null : reached ? Integer.valueOf(0) : completionsNeeded(target, completed, total);
        BigDecimal remaining = current == null || reached
                ? BigDecimal.ZERO.setScale(4)
                : target.subtract(current).setScale(4, RoundingMode.HALF_UP);
        List<Point> trajectory =
                List.of(new Point(objective.createdOn(), target), new Point(objective.targetDate(), target));
        return new ObjectiveProgress(
                status,
                status == Status.NO_DATA ? null : status == Status.ACHIEVED || status == Status.ON_TRACK,
                current,
                target,
                target,
                remaining,
                daysLeft,
                null,
                needed,
                outcomes,
                trajectory);
    }

    /** The smallest n with (completed + n) / (total + n) >= target; null when the target is 1 (no n does). */
    static Integer completionsNeeded(BigDecimal target, int completed, int total) {
        if (target.compareTo(BigDecimal.ONE) >= 0) {
            return null;
        }
        // n >= (target * total - completed) / (1 - target)
        BigDecimal n = target.multiply(BigDecimal.valueOf(total))
                .subtract(BigDecimal.valueOf(completed))
                .divide(BigDecimal.ONE.subtract(target), 0, RoundingMode.CEILING);
        return Math.max(0, n.intValueExact());
    }

    /**
     * The staff the linear trajectory asks for on the day, rounded up: baseline + (target - baseline) x elapsed /
     * total days, with elapsed clamped to [0, total]; the target itself when the baseline already reaches it.
     */
    static int requiredOn(Objective objective, int baseline, int target, LocalDate day) {
        if (target <= baseline) {
            return target;
        }
        long total = ChronoUnit.DAYS.between(objective.createdOn(), objective.targetDate());
        long elapsed = Math.min(total, Math.max(0, ChronoUnit.DAYS.between(objective.createdOn(), day)));
        BigDecimal required = BigDecimal.valueOf(target - baseline)
                .multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), 0, RoundingMode.CEILING);
        return baseline + required.intValueExact();
    }

    /** The creation day, the same day of each month after it before the target date, and the target date. */
    static List<LocalDate> checkpoints(Objective objective) {
        List<LocalDate> dates = new ArrayList<>();
        for (int month = 0; ; month++) {
            LocalDate date = objective.createdOn().plusMonths(month);
            if (!date.isBefore(objective.targetDate())) {
                break;
            }
            dates.add(date);
        }
        dates.add(objective.targetDate());
        return dates;
    }
}
