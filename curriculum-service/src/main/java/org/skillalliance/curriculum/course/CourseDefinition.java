package org.skillalliance.curriculum.course;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a course author sets: everything but identity, alliance and status. {@code language} is the language of
 * instruction (an ISO 639-1 code, optionally with a BCP 47 region such as {@code de-CH}), {@code prerequisites} free
 * text for those choosing the course; both optional.
 */
@ValueObject
public record CourseDefinition(
        String code,
        String title,
        String description,
        UUID providerId,
        DeliveryMode deliveryMode,
        BigDecimal hours,
        List<SkillTarget> skills,
        List<String> priorityTags,
        String credentialOffered,
        String language,
        String prerequisites) {
    public CourseDefinition {
        skills = skills == null ? List.of() : List.copyOf(skills);
        priorityTags = priorityTags == null ? List.of() : List.copyOf(priorityTags);
    }

    /** A definition without language of instruction and prerequisites (both optional). */
    public CourseDefinition(
            String code,
            String title,
            String description,
            UUID providerId,
            DeliveryMode deliveryMode,
            BigDecimal hours,
            List<SkillTarget> skills,
            List<String> priorityTags,
            String credentialOffered) {
        this(
                code,
                title,
                description,
                providerId,
                deliveryMode,
                hours,
                skills,
                priorityTags,
                credentialOffered,
                null,
                null);
    }
}
