package org.skillalliance.curriculum.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.skillalliance.testsupport.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Credentials of learning at work for the tests: signed off now and issued straight through {@link CredentialIssuing},
 * or downloaded and verified over HTTP as a user does.
 */
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
        return issuing.issue(CredentialIssuing.workplaceLearningClaim(
                learning,
                alliance,
                employer,
                skill,
                staff,
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                LocalDate.now(),
                new BigDecimal(hours)));
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

    /** The VC-JWT of learning at work ({@code path} is the plan's or the participant's), as the token's holder gets it. */
    static String downloaded(int port, String token, String path) {
        ApiClient.Response signed =
                ApiClient.onPort(port).withToken(token).getAccepting(path + "/credential", "application/vc+jwt");
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
        return signed.text();
    }

    /** The public verification's answer for the VC-JWT, asked without a token. */
    static JsonNode verified(int port, String jws) {
        ApiClient.Response response = ApiClient.onPort(port).post("/api/credentials/verify", "application/vc+jwt", jws);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }
}
