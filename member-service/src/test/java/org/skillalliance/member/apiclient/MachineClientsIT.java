package org.skillalliance.member.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Machine clients against the test JVM's real Keycloak: a funder registers its system, which gets tokens with client
 * credentials from Keycloak's token endpoint and reads its own organisation's data (another's is 404); a rotation
 * leaves both secrets working for the grace period and the old one refused after it; a revocation gets no token any
 * more; refused requests write nothing. Every Keycloak client made here is deleted again.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MachineClientsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final TestKeycloak keycloak = TestKeycloak.instance();
    final List<String> madeInKeycloak = new ArrayList<>();
    ApiClient admin;
    MemberFixtures fixtures;

    @BeforeEach
    void setUp() {
        admin = Callers.asAdmin(port);
        fixtures = new MemberFixtures(admin);
    }

    @AfterEach
    void deleteTheKeycloakClients() {
        madeInKeycloak.forEach(keycloak::deleteClient);
    }

    @Test
    void aFundersSystemGetsTokensWithClientCredentialsAndReadsOnlyItsOwnOrganisationsData() {
        UUID funder = fixtures.register("FUNDER");
        UUID otherFunder = fixtures.register("FUNDER");
        UUID alliance = fixtures.createAlliance(fixtures.register("ASSOCIATION"));
        UUID ownMembership = fixtures.apply(alliance, funder, "FUNDER");
        UUID othersMembership = fixtures.apply(alliance, otherFunder, "FUNDER");
        ApiClient person = asPerson("funder", funder);

        Instant before = Instant.now();
        ApiClient.Response registered = person.post(clients(funder), Map.of("name", "  Grants ERP (Zürich)  "));

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.header("Cache-Control")).contains("no-store");
        JsonNode answer = registered.json();
        String clientId = remember(answer.path("clientId").asString());
        assertThat(fieldNames(answer)).containsExactlyInAnyOrder("id", "clientId", "name", "secret", "createdAt");
        assertThat(answer.path("name").asString()).isEqualTo("Grants ERP (Zürich)");
        assertThat(clientId).matches("org-" + funder.toString().substring(0, 8) + "-grants-erp-zurich-[0-9a-f]{6}");
        assertThat(Instant.parse(answer.path("createdAt").asString())).isAfterOrEqualTo(before.minusSeconds(1));
        String secret = answer.path("secret").asString();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(32);

        JsonNode client = keycloak.findClient(clientId).orElseThrow();
        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();

        TestKeycloak.Answer granted = keycloak.clientCredentials(clientId, secret);
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        String token = granted.json().path("access_token").asString();
        JsonNode claims = TestKeycloak.claims(token);
        assertThat(claims.path("org_id").asString()).isEqualTo(funder.toString());
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"funder\"");
        assertThat(claims.path("aud").toString()).contains(TestKeycloak.AUDIENCE);
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong())
                .as("a machine client's token lives 5 minutes")
                .isEqualTo(300);

        ApiClient system = ApiClient.onPort(port).withToken(token);
        assertThat(system.get("/api/memberships/" + ownMembership).status()).isEqualTo(200);
        assertThat(system.get("/api/memberships/" + othersMembership).status()).isEqualTo(404);
        // a machine client manages no machine clients: a leaked secret cannot make one that outlives its revocation
        assertThat(system.post(clients(funder), Map.of("name", "another")).status())
                .isEqualTo(403);
        assertThat(system.get(clients(funder)).status()).isEqualTo(403);

        JsonNode listed = person.get(clients(funder)).json();
        assertThat(listed).hasSize(1);
        assertThat(fieldNames(listed.get(0)))
                .containsExactlyInAnyOrder(
                        "id",
                        "clientId",
                        "name",
                        "createdAt",
                        "rotatedAt",
                        "previousSecretValidUntil",
                        "revokedAt",
                        "status");
        assertThat(listed.get(0).path("status").asString()).isEqualTo("ACTIVE");
        assertThat(listed.toString()).doesNotContain(secret);
        assertThat(asPerson("funder", otherFunder).get(clients(funder)).status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from api_client where client_id = :clientId and"
                                + " (name like '%' || :secret || '%' or keycloak_id = :secret)")
                        .param("clientId", clientId)
                        .param("secret", secret)
                        .query(Long.class)
                        .single())
                .as("the secret is never stored")
                .isZero();

        ApiClient.Response duplicate = person.post(clients(funder), Map.of("name", "grants erp (zürich)"));
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.fieldErrors()).containsKey("name");
    }

    @Test
    void aRotatedSecretLeavesTheOldOneWorkingForTheGracePeriodThenNot() {
        UUID funder = fixtures.register("FUNDER");
        ApiClient person = asPerson("funder", funder);
        JsonNode registered = register(person, funder, "Reporting robot");
        String clientId = registered.path("clientId").asString();
        String first = registered.path("secret").asString();
        String id = registered.path("id").asString();

        Instant before = Instant.now();
        ApiClient.Response rotated = person.post(rotation(funder, id), Map.of("gracePeriodSeconds", 3));

        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(rotated.header("Cache-Control")).contains("no-store");
        String second = rotated.json().path("secret").asString();
        assertThat(second).isNotEqualTo(first);
        Instant validUntil =
                Instant.parse(rotated.json().path("previousSecretValidUntil").asString());
        assertThat(validUntil).isBetween(before.plusSeconds(3), before.plusSeconds(5));
        assertThat(keycloak.clientCredentials(clientId, first).status())
                .as("the old secret during the grace period")
                .isEqualTo(200);
        assertThat(keycloak.clientCredentials(clientId, second).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> keycloak.clientCredentials(clientId, first).status() == 401);
        assertThat(Instant.now()).as("refused only once the grace period ended").isAfterOrEqualTo(validUntil);
        assertThat(keycloak.clientCredentials(clientId, second).status()).isEqualTo(200);

        // no grace: the old secret is refused at once; no body: a day
        ApiClient.Response immediate = person.post(rotation(funder, id), Map.of("gracePeriodSeconds", 0));
        String third = immediate.json().path("secret").asString();
        assertThat(keycloak.clientCredentials(clientId, second).status()).isEqualTo(401);
        assertThat(keycloak.clientCredentials(clientId, third).status()).isEqualTo(200);
        ApiClient.Response byDefault = person.post(rotation(funder, id));
        assertThat(byDefault.status()).as(byDefault.toString()).isEqualTo(200);
        assertThat(Instant.parse(
                        byDefault.json().path("previousSecretValidUntil").asString()))
                .isAfter(Instant.now().plus(Duration.ofHours(23)));
        assertThat(keycloak.clientCredentials(clientId, third).status()).isEqualTo(200);

        JsonNode listed = person.get(clients(funder)).json().get(0);
        assertThat(listed.path("rotatedAt").isNull()).isFalse();
        assertThat(listed.path("previousSecretValidUntil").asString())
                .isEqualTo(byDefault.json().path("previousSecretValidUntil").asString());
    }

    @Test
    void aRevokedClientGetsNoTokenAndTheAuditLogTellsWhoDidWhat() {
        UUID association = fixtures.register("ASSOCIATION");
        TestKeycloak.Person coordinator = keycloak.createPerson("coordinator", association);
        ApiClient person = ApiClient.onPort(port).withTokens(keycloak.tokens(coordinator));
        JsonNode registered = register(person, association, "Alliance dashboard");
        String clientId = registered.path("clientId").asString();
        String secret = registered.path("secret").asString();
        String id = registered.path("id").asString();
        TestKeycloak.Answer granted = keycloak.clientCredentials(clientId, secret);
        assertThat(TestKeycloak.claims(granted.json().path("access_token").asString())
                        .path("realm_access")
                        .path("roles")
                        .toString())
                .contains("\"coordinator\"")
                .doesNotContain("\"funder\"");
        person.post(rotation(association, id), Map.of("gracePeriodSeconds", 60));
        ApiClient system = ApiClient.onPort(port)
                .withToken(granted.json().path("access_token").asString());
        String ownOrganisation = "/api/organisations/" + association;
        assertThat(system.get(ownOrganisation).status())
                .as("before the revocation")
                .isEqualTo(200);

        ApiClient.Response revoked = person.delete(clients(association) + "/" + id);

        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        ApiClient.Response afterRevocation = system.get(ownOrganisation);
        assertThat(afterRevocation.status())
                .as("a token issued before the revocation is refused at once, not when it expires")
                .isEqualTo(401);
        assertThat(afterRevocation.text()).contains("was revoked");
        assertThat(jdbc.sql("select count(*) from outbox_event where event_type = 'ApiClientRevoked'"
                                + " and aggregate_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("the other services hear of it through ApiClientRevoked")
                .isOne();
        TestKeycloak.Answer refused = keycloak.clientCredentials(clientId, secret);
        assertThat(refused.status()).as(refused.body()).isEqualTo(401);
        assertThat(refused.json().path("error").asString()).isEqualTo("invalid_client");
        assertThat(keycloak.findClient(clientId)).isEmpty();
        JsonNode listed = person.get(clients(association)).json().get(0);
        assertThat(listed.path("status").asString()).isEqualTo("REVOKED");
        assertThat(listed.path("revokedAt").isNull()).isFalse();
        // a revoked client is revoked for good
        assertThat(person.delete(clients(association) + "/" + id).status()).isEqualTo(409);
        assertThat(person.post(rotation(association, id), Map.of("gracePeriodSeconds", 0))
                        .status())
                .isEqualTo(409);

        JsonNode audit = person.get("/api/organisations/" + association + "/api-client-audit")
                .json();
        assertThat(audit.valueStream().map(entry -> entry.path("action").asString()))
                .containsExactly("REGISTERED", "ROTATED", "REVOKED");
        assertThat(audit.valueStream().map(entry -> entry.path("sub").asString()))
                .containsOnly(coordinator.id());
        assertThat(audit.valueStream().map(entry -> entry.path("clientId").asString()))
                .containsOnly(clientId);
        assertThat(audit.get(1).path("gracePeriodSeconds").asInt()).isEqualTo(60);
        assertThat(audit.toString()).doesNotContain(secret);
        UUID otherAssociation = fixtures.register("ASSOCIATION");
        assertThat(asPerson("coordinator", otherAssociation)
                        .get("/api/organisations/" + association + "/api-client-audit")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badInputIsAPrecise400AndWritesNothing() {
        UUID funder = fixtures.register("FUNDER");
        ApiClient person = asPerson("funder", funder);
        JsonNode registered = register(person, funder, "Budget sync");
        String id = registered.path("id").asString();
        String clientId = registered.path("clientId").asString();
        String secret = registered.path("secret").asString();
        String before = person.get(clients(funder)).text();
        String auditBefore =
                person.get("/api/organisations/" + funder + "/api-client-audit").text();

        for (int grace : new int[] {-1, 604_801}) {
            ApiClient.Response refused = person.post(rotation(funder, id), Map.of("gracePeriodSeconds", grace));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.fieldErrors()).containsOnlyKeys("gracePeriodSeconds");
        }
        for (String name : new String[] {"", "   "}) {
            ApiClient.Response refused = person.post(clients(funder), Map.of("name", name));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.fieldErrors()).containsOnlyKeys("name");
        }
        ApiClient.Response tooLong = person.post(clients(funder), Map.of("name", "x".repeat(101)));
        assertThat(tooLong.fieldErrors()).containsOnlyKeys("name");

        assertThat(person.get(clients(funder)).text()).isEqualTo(before);
        assertThat(person.get("/api/organisations/" + funder + "/api-client-audit")
                        .text())
                .isEqualTo(auditBefore);
        assertThat(keycloak.clientCredentials(clientId, secret).status())
                .as("the secret was not rotated")
                .isEqualTo(200);

        // not a funder's or an association's organisation: nothing to act for
        UUID employer = fixtures.registerEmployer(20);
        ApiClient.Response employersClient = admin.post(clients(employer), Map.of("name", "HR system"));
        assertThat(employersClient.status()).as(employersClient.toString()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from api_client where organisation_id = :employer")
                        .param("employer", employer)
                        .query(Long.class)
                        .single())
                .isZero();
        // other roles may not; a funder acting for another organisation finds none
        assertThat(asPerson("member-admin", employer)
                        .post(clients(employer), Map.of("name", "HR system"))
                        .status())
                .isEqualTo(403);
        assertThat(asPerson("funder", UUID.randomUUID())
                        .post(rotation(funder, id), Map.of("gracePeriodSeconds", 0))
                        .status())
                .isEqualTo(404);
        assertThat(person.post(rotation(funder, UUID.randomUUID().toString()), Map.of("gracePeriodSeconds", 0))
                        .status())
                .isEqualTo(404);
    }

    private JsonNode register(ApiClient person, UUID organisation, String name) {
        ApiClient.Response registered = person.post(clients(organisation), Map.of("name", name));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        remember(registered.json().path("clientId").asString());
        return registered.json();
    }

    private String remember(String clientId) {
        madeInKeycloak.add(clientId);
        return clientId;
    }

    private ApiClient asPerson(String role, UUID organisation) {
        return ApiClient.onPort(port).withToken(Callers.tokenFor(role, organisation));
    }

    private static String clients(UUID organisation) {
        return "/api/organisations/" + organisation + "/api-clients";
    }

    private static String rotation(UUID organisation, String id) {
        return clients(organisation) + "/" + id + "/rotate-secret";
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
