package org.skillalliance.contracts.curriculum;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code CourseRetired}: a course was retired; no new cohorts, running ones continue. Carries the complete course.
 *
 * @param courseId          the course
 * @param allianceId        the alliance whose shared curriculum it belongs to
 * @param providerId        the training provider teaching it
 * @param code              the course code, unique within the alliance
 * @param title             the course title
 * @param deliveryMode      how it is taught
 * @param hours             planned training hours, an exact decimal such as {@code 7.5}
 * @param skills            the skills it teaches, at least one
 * @param priorityTags      priority tags such as {@code DIGITAL} or {@code GREEN} (upper case), possibly empty; grant
 *                          programmes can require them
 * @param credentialOffered the credential awarded on completion, {@code null} if none
 */
public record CourseRetired(
        UUID courseId,
        UUID allianceId,
        UUID providerId,
        String code,
        String title,
        DeliveryMode deliveryMode,
        BigDecimal hours,
        List<CourseSkill> skills,
        List<String> priorityTags,
        String credentialOffered) {

    /** Copies the lists, so the payload is immutable. */
    public CourseRetired {
        skills = skills == null ? null : List.copyOf(skills);
        priorityTags = priorityTags == null ? null : List.copyOf(priorityTags);
    }
}
