package org.skillalliance.member.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.member.MemberFixtures.invitation;
import static org.skillalliance.member.MemberFixtures.uniqueUsername;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.Readiness;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKeycloak;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * member-service without {@code MEMBER_SERVICE_CLIENT_SECRET} (as every deployment before invitations): it starts and
 * is ready, and invitations answer 503 saying what is missing, without asking Keycloak anything.
 */
@RealInfrastructure(keycloak = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvitationsWithoutSecretIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void noSecret(DynamicPropertyRegistry registry) {
        registry.add("skillalliance.keycloak.admin.client-secret", () -> "");
    }

    @Test
    void theServiceRunsAndInvitationsSayWhatIsMissing() {
        Readiness.assertReadyWithComponents(port, "db", "kafka");
        ApiClient admin = Callers.asAdmin(port);
        UUID employer = new MemberFixtures(admin).registerEmployer(20);
        String username = uniqueUsername("no-secret");

        ApiClient.Response answer =
                admin.post("/api/organisations/" + employer + "/invitations", invitation(username, "member-admin"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("detail").asString()).contains("MEMBER_SERVICE_CLIENT_SECRET");
        assertThat(answer.header("Retry-After"))
                .as("waiting does not help here")
                .isNull();
        assertThat(TestKeycloak.instance().findUser(username)).isEmpty();
    }
}
