package org.skillalliance.curriculum.course;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What a course author sets: everything but identity, alliance and status. */
public record CourseDefinition(String code, String title, String description, UUID providerId,
                               DeliveryMode deliveryMode, BigDecimal hours, List<SkillTarget> skills,
                               List<String> priorityTags, String credentialOffered) {
    public CourseDefinition {
        skills = skills == null ? List.of() : List.copyOf(skills);
        priorityTags = priorityTags == null ? List.of() : List.copyOf(priorityTags);
    }
}
