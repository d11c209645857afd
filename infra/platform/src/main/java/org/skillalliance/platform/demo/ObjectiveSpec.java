package org.skillalliance.platform.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An alliance objective to set ({@code POST /api/skills/objectives}); dates are sent as ISO dates.
 *
 * @param kind STAFF_AT_LEVEL (skillId, minimumLevel, targetCount) or COMPLETION_RATE (courseId, targetRate,
 *             periodStart)
 */
public record ObjectiveSpec(
        UUID allianceId,
        String kind,
        String title,
        UUID skillId,
        Integer minimumLevel,
        Integer targetCount,
        UUID courseId,
        BigDecimal targetRate,
        String periodStart,
        String targetDate) {

    /** "targetCount staff of member employers at minimumLevel or above in the skill by targetDate". */
    public static ObjectiveSpec staffAtLevel(
            UUID allianceId, String title, UUID skillId, int minimumLevel, int targetCount, LocalDate targetDate) {
        return new ObjectiveSpec(
                allianceId,
                "STAFF_AT_LEVEL",
                title,
                skillId,
                minimumLevel,
                targetCount,
                null,
                null,
                null,
                targetDate.toString());
    }

    /** "a completion rate of targetRate in cohorts of the course starting from periodStart to targetDate". */
    public static ObjectiveSpec completionRate(
            UUID allianceId,
            String title,
            UUID courseId,
            String targetRate,
            LocalDate periodStart,
            LocalDate targetDate) {
        return new ObjectiveSpec(
                allianceId,
                "COMPLETION_RATE",
                title,
                null,
                null,
                null,
                courseId,
                new BigDecimal(targetRate),
                periodStart.toString(),
                targetDate.toString());
    }
}
