package org.skillalliance.curriculum.credential;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.Factory;

/**
 * Builds the Open Badges 3.0 {@code OpenBadgeCredential} document of one claim. Plain Java: the claim, the credential
 * id, the issuer's name and its status list entry come in, the JSON-LD document (as ordered maps and lists) goes out.
 */
@Factory
public final class OpenBadgeCredential {

    public static final List<String> CONTEXT = List.of(
            "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private OpenBadgeCredential() {}

    /** The {@code urn:uuid:} URI of an id, as every id of the document is written. */
    public static String urn(UUID id) {
        return "urn:uuid:" + id;
    }

    static Map<String, Object> of(
            CredentialClaim claim, UUID credentialId, String issuerName, Map<String, Object> credentialStatus) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", urn(claim.allianceId()));
        issuer.put("type", List.of("Profile"));
        issuer.put("name", issuerName);

        CredentialClaim.Achievement a = claim.achievement();
        Map<String, Object> creator = new LinkedHashMap<>();
        creator.put("id", urn(a.creatorId()));
        creator.put("type", List.of("Profile"));

        List<Map<String, Object>> alignments = new ArrayList<>();
        for (CredentialClaim.Alignment skill : a.alignments()) {
            Map<String, Object> alignment = new LinkedHashMap<>();
            alignment.put("type", List.of("Alignment"));
            alignment.put("targetName", skill.targetName());
            alignment.put("targetUrl", skill.targetUrl());
            alignment.put("targetDescription", skill.targetDescription());
            alignment.put("targetFramework", "ESCO");
            alignment.put("targetCode", skill.targetCode());
            alignments.add(alignment);
        }

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", urn(a.id()));
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", a.achievementType());
        achievement.put("name", a.name());
        achievement.put("description", a.description());
        achievement.put("criteria", Map.of("narrative", a.criteriaNarrative()));
        if (a.humanCode() != null) {
            achievement.put("humanCode", a.humanCode());
        }
        achievement.put("creator", creator);
        if (a.fieldOfStudy() != null) {
            achievement.put("fieldOfStudy", a.fieldOfStudy());
        }
        if (!alignments.isEmpty()) {
            achievement.put("alignment", alignments);
        }
        if (!a.tags().isEmpty()) {
            achievement.put("tag", a.tags());
        }

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", urn(claim.staffId()));
        subject.put("type", List.of("AchievementSubject"));
        subject.put("achievement", achievement);
        if (claim.creditsEarned() != null) {
            subject.put("creditsEarned", claim.creditsEarned());
        }
        if (claim.activityEndDate() != null) {
            subject.put("activityEndDate", claim.activityEndDate() + "T00:00:00Z");
        }

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", CONTEXT);
        credential.put("id", urn(credentialId));
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", issuer);
        credential.put(
                "validFrom",
                DateTimeFormatter.ISO_INSTANT.format(claim.validFrom().truncatedTo(ChronoUnit.SECONDS)));
        credential.put("name", a.name());
        credential.put("credentialSubject", subject);
        credential.put("credentialStatus", credentialStatus);
        return credential;
    }
}
