package org.skillalliance.curriculum.credential;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: issues the signed Open Badges 3.0 credential of a claim, whatever earned it. The first issue registers
 * the credential (a new id and its own bit in a status list, kept for the kind of source, the source id and the
 * subject); every later issue of the same claim answers the same credential id and status entry, signed afresh.
 * Callers check who may see the credential before they call.
 */
@Service
public class CredentialIssuing {

    private final JdbcIssuedCredentials issued;
    private final VcJwt vcJwt;
    private final MemberFacts memberFacts;
    private final CredentialsProperties properties;

    CredentialIssuing(
            JdbcIssuedCredentials issued, VcJwt vcJwt, MemberFacts memberFacts, CredentialsProperties properties) {
        this.issued = issued;
        this.vcJwt = vcJwt;
        this.memberFacts = memberFacts;
        this.properties = properties;
    }

    /** The credential of the claim, registered on its first issue (see the class). */
    @Transactional
    public SignedCredential issue(CredentialClaim claim) {
        IssuedCredential credential = register(claim);
        String issuerName = memberFacts.allianceName(claim.allianceId()).orElse("Skill alliance " + claim.allianceId());
        Map<String, Object> document =
                OpenBadgeCredential.of(claim, credential.credentialId(), issuerName, statusEntry(credential));
        return new SignedCredential(credential.credentialId(), document, vcJwt.sign(document));
    }

    /**
     * What the credential of learning at work signed off states: the alliance as issuer, the skill at the level reached
     * as the achievement (a {@code Competency}, aligned to ESCO where the skill's code is an ESCO URI), the employer as
     * its creator, the staff member as subject, valid from the sign-off, with the hours logged as credits earned. A
     * workshop is one source for each participant who completed it (the subject tells them apart). {@link #issue} signs
     * it.
     */
    public static CredentialClaim workplaceLearningClaim(
            UUID learningId,
            UUID allianceId,
            UUID employerId,
            SkillReached skill,
            UUID staffId,
            Instant signedOffAt,
            LocalDate signedOffOn,
            BigDecimal loggedHours) {
        String name = skill.name() + " (level " + skill.level() + " of 5)";
        List<CredentialClaim.Alignment> alignments = skill.code().startsWith("http")
                ? List.of(new CredentialClaim.Alignment(
                        skill.name(),
                        skill.code(),
                        "proficiency level " + skill.level() + " of 5 reached",
                        skill.code()))
                : List.of();
        CredentialClaim.Achievement achievement = new CredentialClaim.Achievement(
                UUID.nameUUIDFromBytes(
                        ("skill " + skill.skillId() + " level " + skill.level()).getBytes(StandardCharsets.UTF_8)),
                "Competency",
                name,
                "The skill " + skill.name() + " demonstrated at work at proficiency level " + skill.level() + " of 5.",
                "Learning at work on the skill " + skill.name() + " ("
                        + loggedHours.stripTrailingZeros().toPlainString()
                        + " hours logged), signed off by the employer at proficiency level "
                        + skill.level() + " of 5.",
                skill.code().startsWith("http") ? null : skill.code(),
                null,
                employerId,
                alignments,
                List.of(skill.name()));
        return new CredentialClaim(
                CredentialSourceKind.WORKPLACE_LEARNING,
                learningId,
                allianceId,
                achievement,
                staffId,
                signedOffAt,
                loggedHours,
                signedOffOn);
    }

    /** The credential of the claim as kept (registered now if it was never issued). */
    IssuedCredential register(CredentialClaim claim) {
        return issued.register(
                claim.sourceKind(),
                claim.sourceId(),
                claim.staffId(),
                claim.allianceId(),
                claim.achievement().creatorId(),
                Instant.now());
    }

    /** A skill of the catalogue at the level reached (1-5). */
    public record SkillReached(UUID skillId, String code, String name, int level) {}

    private Map<String, Object> statusEntry(IssuedCredential credential) {
        String list = properties.statusListUrl(credential.place().list());
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", list + "#" + credential.place().index());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", String.valueOf(credential.place().index()));
        status.put("statusListCredential", list);
        return status;
    }
}
