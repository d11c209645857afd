package org.skillalliance.curriculum.credential;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Credentials of learning at work signed off now, issued straight through {@link CredentialIssuing} for the tests. */
final class LearningAtWorkCredentials {

    private LearningAtWorkCredentials() {}

    /** The credential of that learning (or workshop) for the staff member, signed off now with the hours logged. */
    static SignedCredential signedOffNow(
            CredentialIssuing issuing,
            UUID learning,
            UUID alliance,
            UUID employer,
            UUID staff,
            CredentialIssuing.SkillReached skill,
            String hours) {
        return issuing.issueForWorkplaceLearning(
                learning,
                alliance,
                employer,
                skill,
                staff,
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                LocalDate.now(),
                new BigDecimal(hours));
    }

    /** A credential of learning at work of an alliance, employer and staff member no other test knows. */
    static SignedCredential ofStrangers(CredentialIssuing issuing, String skillCode, String skillName, int level) {
        return signedOffNow(
                issuing,
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                new CredentialIssuing.SkillReached(UUID.randomUUID(), skillCode, skillName, level),
                "12.50");
    }
}
