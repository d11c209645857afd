package org.skillalliance.platform.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A course to draft ({@code POST /api/courses}).
 *
 * @param deliveryMode ONLINE, IN_PERSON, BLENDED or ON_THE_JOB
 * @param priorityTags upper case, such as DIGITAL or GREEN
 */
public record CourseSpec(
        UUID allianceId,
        String code,
        String title,
        String description,
        UUID providerId,
        String deliveryMode,
        BigDecimal hours,
        List<SkillTarget> skills,
        List<String> priorityTags,
        String credentialOffered) {

    public CourseSpec {
        skills = List.copyOf(skills);
        priorityTags = List.copyOf(priorityTags);
    }

    /** A skill the course teaches, to a level from 1 to 5. */
    public record SkillTarget(UUID skillId, int targetLevel) {}
}
