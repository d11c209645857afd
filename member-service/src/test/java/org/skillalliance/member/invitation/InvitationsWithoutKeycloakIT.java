package org.skillalliance.member.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.member.MemberFixtures.invitation;
import static org.skillalliance.member.MemberFixtures.uniqueUsername;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Keycloak's admin API cannot be reached (nothing listens where member-service looks for it; tokens still come from
 * the real Keycloak): invitations answer 503 problem+json at once, saying why, with {@code Retry-After}; after a few
 * failures the circuit opens and invitations stop trying. Everything else works, and the rules that need no Keycloak
 * (403, 404, 400) still answer first.
 */
@RealInfrastructure(keycloak = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvitationsWithoutKeycloakIT {

    private static final int CLOSED_PORT = closedPort();

    @LocalServerPort
    int port;

    @Autowired
    KeycloakUsers keycloakUsers;

    @DynamicPropertySource
    static void keycloakAdminApiIsDown(DynamicPropertyRegistry registry) {
        registry.add("skillalliance.keycloak.admin.base-url", () -> "http://localhost:" + CLOSED_PORT);
        registry.add("skillalliance.keycloak.admin.open-circuit-for", () -> "1m");
    }

    @Test
    void invitationsAnswer503QuicklyAndTheCircuitOpens() {
        ApiClient admin = Callers.asAdmin(port);
        UUID employer = new MemberFixtures(admin).registerEmployer(20);
        String path = "/api/organisations/" + employer + "/invitations";

        long started = System.nanoTime();
        ApiClient.Response down = admin.post(path, invitation(uniqueUsername("unlucky"), "member-admin"));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(down.status()).as(down.toString()).isEqualTo(503);
        assertThat(elapsedMillis)
                .as("a refused connection fails fast, retries included")
                .isLessThan(5_000);
        assertThat(down.header("Content-Type")).startsWith("application/problem+json");
        assertThat(down.json().path("type").asString()).endsWith("/problems/service-unavailable");
        assertThat(down.json().path("detail").asString()).contains("could not be reached");
        assertThat(down.header("Retry-After")).isEqualTo("60");

        for (int i = 0; i < 3; i++) {
            assertThat(admin.post(path, invitation(uniqueUsername("unlucky"), "member-admin"))
                            .status())
                    .isEqualTo(503);
        }
        assertThat(keycloakUsers.circuitState()).isEqualTo("OPEN");
        ApiClient.Response whileOpen = admin.post(path, invitation(uniqueUsername("unlucky"), "member-admin"));
        assertThat(whileOpen.status()).isEqualTo(503);
        assertThat(whileOpen.json().path("detail").asString()).contains("circuit is open");

        // the checks that need no Keycloak answer as always, and the rest of the service works
        assertThat(admin.post(
                                "/api/organisations/" + UUID.randomUUID() + "/invitations",
                                invitation(uniqueUsername("nowhere"), "member-admin"))
                        .status())
                .isEqualTo(404);
        assertThat(admin.post(path, invitation(uniqueUsername("misfit"), "coordinator"))
                        .status())
                .isEqualTo(422);
        assertThat(admin.post(path, invitation("", "learner")).status()).isEqualTo(400);
        assertThat(ApiClient.onPort(port)
                        .withToken(Callers.tokenFor("provider", UUID.randomUUID()))
                        .post(path, invitation(uniqueUsername("provider"), "learner"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/api/organisations/" + employer).status()).isEqualTo(200);

        // machine clients share the guards: their registration meets the same open circuit and writes nothing
        UUID funder = new MemberFixtures(admin).register("FUNDER");
        String machineClients = "/api/organisations/" + funder + "/api-clients";
        ApiClient.Response noClient = admin.post(machineClients, java.util.Map.of("name", "Grants ERP"));
        assertThat(noClient.status()).as(noClient.toString()).isEqualTo(503);
        assertThat(noClient.json().path("detail").asString()).contains("circuit is open");
        assertThat(noClient.header("Retry-After")).isEqualTo("60");
        assertThat(admin.get(machineClients).json()).isEmpty();
        assertThat(admin.get("/api/organisations/" + funder + "/api-client-audit")
                        .json())
                .isEmpty();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
