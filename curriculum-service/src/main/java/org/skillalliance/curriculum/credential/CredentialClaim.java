package org.skillalliance.curriculum.credential;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one credential states, whatever it was earned by: the source it was issued for (kind and id), the alliance
 * that issues it, the achievement (with its creator), the pseudonymous staff id it was earned by, when it is valid
 * from, and optionally the hours earned and the day the activity ended. {@link CredentialIssuing#issue} turns it into
 * a signed {@code OpenBadgeCredential}.
 */
public record CredentialClaim(
        CredentialSourceKind sourceKind,
        UUID sourceId,
        UUID allianceId,
        Achievement achievement,
        UUID staffId,
        Instant validFrom,
        BigDecimal creditsEarned,
        LocalDate activityEndDate) {

    public CredentialClaim {
        Objects.requireNonNull(sourceKind, "sourceKind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(allianceId, "allianceId");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    /**
     * The Open Badges {@code Achievement}: its id, type (an Open Badges {@code AchievementType} such as
     * {@code Certificate} or {@code Competency}), name, description, criteria, and who created it (the provider of a
     * course, the employer of learning at work).
     */
    public record Achievement(
            UUID id,
            String achievementType,
            String name,
            String description,
            String criteriaNarrative,
            String humanCode,
            String fieldOfStudy,
            UUID creatorId,
            List<Alignment> alignments,
            List<String> tags) {

        public Achievement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(creatorId, "creatorId");
            alignments = List.copyOf(alignments);
            tags = List.copyOf(tags);
        }
    }

    /** An alignment of the achievement to a skill of a framework (ESCO). */
    public record Alignment(String targetName, String targetUrl, String targetDescription, String targetCode) {}
}
