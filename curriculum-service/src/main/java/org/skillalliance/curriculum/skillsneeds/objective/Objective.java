package org.skillalliance.curriculum.skillsneeds.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.curriculum.shared.RuleBroken;

/**
 * An alliance objective, a SMART target: a measurable figure ({@link ObjectiveKind}), a target value and a target
 * date. {@code createdOn} starts the trajectory; for {@code STAFF_AT_LEVEL} the count on that day is the
 * {@code baseline} the trajectory starts from.
 */
@AggregateRoot
public final class Objective {

    static final int MAX_YEARS = 10;

    private final UUID id;
    private final UUID allianceId;
    private final ObjectiveKind kind;
    private final String title;
    private final UUID skillId;
    private final Integer minimumLevel;
    private final Integer targetCount;
    private final UUID courseId;
    private final BigDecimal targetRate;
    private final LocalDate periodStart;
    private final LocalDate targetDate;
    private final LocalDate createdOn;
    private final Integer baseline;

    private Objective(
            UUID id,
            UUID allianceId,
            ObjectiveKind kind,
            String title,
            UUID skillId,
            Integer minimumLevel,
            Integer targetCount,
            UUID courseId,
            BigDecimal targetRate,
            LocalDate periodStart,
            LocalDate targetDate,
            LocalDate createdOn,
            Integer baseline) {
        this.id = Objects.requireNonNull(id, "id");
        this.allianceId = Objects.requireNonNull(allianceId, "allianceId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = title;
        this.skillId = skillId;
        this.minimumLevel = minimumLevel;
        this.targetCount = targetCount;
        this.courseId = courseId;
        this.targetRate = targetRate;
        this.periodStart = periodStart;
        this.targetDate = targetDate;
        this.createdOn = createdOn;
        this.baseline = baseline;
    }

    /**
     * "{@code targetCount} staff of member employers at level {@code minimumLevel} or above in the skill by
     * {@code targetDate}".
     *
     * @param baseline the count today
     * @throws RuleBroken 400 for a level outside 1-5 or a count below 1; 422 for a target date that is not after today
     */
    public static Objective staffAtLevel(
            UUID id,
            UUID allianceId,
            String title,
            UUID skillId,
            Integer minimumLevel,
            Integer targetCount,
            LocalDate targetDate,
            LocalDate today,
            int baseline) {
        require(skillId, "skillId", ObjectiveKind.STAFF_AT_LEVEL);
        require(minimumLevel, "minimumLevel", ObjectiveKind.STAFF_AT_LEVEL);
        require(targetCount, "targetCount", ObjectiveKind.STAFF_AT_LEVEL);
        if (minimumLevel < 1 || minimumLevel > 5) {
            throw RuleBroken.invalid("minimumLevel", "must be between 1 and 5, got " + minimumLevel);
        }
        if (targetCount < 1) {
            throw RuleBroken.invalid("targetCount", "must be 1 or more, got " + targetCount);
        }
        checkTargetDate(targetDate, today);
        return new Objective(
                id,
                allianceId,
                ObjectiveKind.STAFF_AT_LEVEL,
                checkedTitle(title),
                skillId,
                minimumLevel,
                targetCount,
                null,
                null,
                null,
                targetDate,
                today,
                baseline);
    }

    /**
     * "A completion rate of {@code targetRate} in cohorts of the course starting from {@code periodStart} to
     * {@code targetDate}".
     *
     * @throws RuleBroken 400 for a rate outside (0, 1] or with more than 4 decimals, a period start after the target
     *                    date; 422 for a target date that is not after today
     */
    public static Objective completionRate(
            UUID id,
            UUID allianceId,
            String title,
            UUID courseId,
            BigDecimal targetRate,
            LocalDate periodStart,
            LocalDate targetDate,
            LocalDate today) {
        require(courseId, "courseId", ObjectiveKind.COMPLETION_RATE);
        require(targetRate, "targetRate", ObjectiveKind.COMPLETION_RATE);
        require(periodStart, "periodStart", ObjectiveKind.COMPLETION_RATE);
        if (targetRate.signum() <= 0 || targetRate.compareTo(BigDecimal.ONE) > 0) {
            throw RuleBroken.invalid(
                    "targetRate",
                    "must be more than 0 and at most 1 (a fraction, 0.8 for 80%), got " + targetRate.toPlainString());
        }
        if (targetRate.stripTrailingZeros().scale() > 4) {
            throw RuleBroken.invalid("targetRate", "must have at most 4 decimals");
        }
        if (targetDate != null && periodStart.isAfter(targetDate)) {
            throw RuleBroken.invalid("periodStart", "must not be after targetDate " + targetDate);
        }
        checkTargetDate(targetDate, today);
        return new Objective(
                id,
                allianceId,
                ObjectiveKind.COMPLETION_RATE,
                checkedTitle(title),
                null,
                null,
                null,
                courseId,
                targetRate,
                periodStart,
                targetDate,
                today,
                null);
    }

    /** An objective as stored. */
    public static Objective restore(
            UUID id,
            UUID allianceId,
            ObjectiveKind kind,
            String title,
            UUID skillId,
            Integer minimumLevel,
            Integer targetCount,
            UUID courseId,
            BigDecimal targetRate,
            LocalDate periodStart,
            LocalDate targetDate,
            LocalDate createdOn,
            Integer baseline) {
        return new Objective(
                id,
                allianceId,
                kind,
                title,
                skillId,
                minimumLevel,
                targetCount,
                courseId,
                targetRate,
                periodStart,
                targetDate,
                createdOn,
                baseline);
    }

    private static void require(Object value, String field, ObjectiveKind kind) {
        if (value == null) {
            throw RuleBroken.invalid(field, "is required for a " + kind + " objective");
        }
    }

    private static void checkTargetDate(LocalDate targetDate, LocalDate today) {
        if (targetDate == null) {
            throw RuleBroken.invalid("targetDate", "is required");
        }
        if (!targetDate.isAfter(today)) {
            throw RuleBroken.rule("targetDate", "must be after today (" + today + "), got " + targetDate);
        }
        if (targetDate.isAfter(today.plusYears(MAX_YEARS))) {
            throw RuleBroken.invalid("targetDate", "must be within " + MAX_YEARS + " years, got " + targetDate);
        }
    }

    private static String checkedTitle(String title) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw RuleBroken.invalid("title", "must be 1 to 200 characters");
        }
        return title.trim();
    }

    public UUID id() {
        return id;
    }

    public UUID allianceId() {
        return allianceId;
    }

    public ObjectiveKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public UUID skillId() {
        return skillId;
    }

    public Integer minimumLevel() {
        return minimumLevel;
    }

    public Integer targetCount() {
        return targetCount;
    }

    public UUID courseId() {
        return courseId;
    }

    public BigDecimal targetRate() {
        return targetRate;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public Integer baseline() {
        return baseline;
    }
}
