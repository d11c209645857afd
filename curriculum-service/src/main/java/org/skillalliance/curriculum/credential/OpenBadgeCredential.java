package org.skillalliance.curriculum.credential;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.Factory;

/**
 * Builds the Open Badges 3.0 {@code OpenBadgeCredential} document of one awarded credential. Plain Java: the facts
 * come in, the JSON-LD document (as ordered maps and lists) goes out.
 */
@Factory
public final class OpenBadgeCredential {

    public static final List<String> CONTEXT = List.of(
            "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    /** An ESCO-aligned (or local) skill of the course. */
    public record SkillAlignment(String name, String code, String escoUri, int targetLevel) {}

    /** Everything the document states. */
    public record Facts(
            UUID enrolmentId,
            UUID staffId,
            UUID allianceId,
            String allianceName,
            UUID providerId,
            UUID courseId,
            String courseCode,
            String courseTitle,
            String courseDescription,
            String credentialName,
            BigDecimal courseHours,
            String deliveryMode,
            LocalDate cohortStart,
            LocalDate cohortEnd,
            BigDecimal attendedHours,
            LocalDate completedOn,
            Instant awardedAt,
            List<SkillAlignment> skills,
            List<String> priorityTags) {}

    private OpenBadgeCredential() {}

    public static Map<String, Object> of(Facts f) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", "urn:uuid:" + f.allianceId());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", f.allianceName());

        Map<String, Object> creator = new LinkedHashMap<>();
        creator.put("id", "urn:uuid:" + f.providerId());
        creator.put("type", List.of("Profile"));

        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put(
                "narrative",
                "Completed the course " + f.courseCode() + " \"" + f.courseTitle() + "\" ("
                        + f.courseHours().stripTrailingZeros().toPlainString() + " hours, "
                        + f.deliveryMode().toLowerCase().replace('_', ' ')
                        + ") in the cohort of " + f.cohortStart() + " to " + f.cohortEnd()
                        + ", with the outcome recorded by the"
                        + " training provider as completed.");

        List<Map<String, Object>> alignments = new ArrayList<>();
        for (SkillAlignment skill : f.skills()) {
            if (skill.escoUri() == null) {
                continue;
            }
            Map<String, Object> alignment = new LinkedHashMap<>();
            alignment.put("type", List.of("Alignment"));
            alignment.put("targetName", skill.name());
            alignment.put("targetUrl", skill.escoUri());
            alignment.put("targetDescription", "target proficiency level " + skill.targetLevel() + " of 5");
            alignment.put("targetFramework", "ESCO");
            alignment.put("targetCode", skill.code());
            alignments.add(alignment);
        }

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", "urn:uuid:" + f.courseId());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", f.credentialName());
        achievement.put(
                "description",
                f.courseDescription() == null || f.courseDescription().isBlank()
                        ? f.credentialName() + ": " + f.courseTitle()
                        : f.courseDescription());
        achievement.put("criteria", criteria);
        achievement.put("humanCode", f.courseCode());
        achievement.put("creator", creator);
        achievement.put("fieldOfStudy", f.courseTitle());
        if (!alignments.isEmpty()) {
            achievement.put("alignment", alignments);
        }
        List<String> tags = new ArrayList<>(f.priorityTags());
        f.skills().forEach(s -> tags.add(s.name()));
        if (!tags.isEmpty()) {
            achievement.put("tag", tags);
        }

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", "urn:uuid:" + f.staffId());
        subject.put("type", List.of("AchievementSubject"));
        subject.put("achievement", achievement);
        subject.put("creditsEarned", f.attendedHours());
        subject.put("activityEndDate", f.completedOn() + "T00:00:00Z");

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", CONTEXT);
        credential.put("id", "urn:uuid:" + f.enrolmentId());
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", issuer);
        credential.put(
                "validFrom", DateTimeFormatter.ISO_INSTANT.format(f.awardedAt().truncatedTo(ChronoUnit.SECONDS)));
        credential.put("name", f.credentialName());
        credential.put("credentialSubject", subject);
        return credential;
    }
}
