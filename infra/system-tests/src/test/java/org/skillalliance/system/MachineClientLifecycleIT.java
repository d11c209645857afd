package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.PlatformEndpoints;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.DemoSeed;
import org.skillalliance.platform.demo.DemoSummary;
import org.skillalliance.platform.demo.InvitationSpec;
import org.skillalliance.platform.demo.OrganisationSpec;
import org.skillalliance.platform.demo.ProgrammeSpec;
import org.skillalliance.platform.demo.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 25's acceptance for machine clients, through the gateway as a funder's system calls it: the demo funder
 * registers a client through member-service's API; the client gets a token with client credentials from Keycloak,
 * reads its funder's programme report and gets 404 for another funder's; after a rotation the old secret still gets
 * tokens until the grace period ends, then 401; after the revocation every call with a token issued before is 401
 * in every service it reaches (member-, funding- and reporting-service), not only when the token expires.
 */
@ExtendWith(SharedPlatform.class)
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MachineClientLifecycleIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LocalPlatform platform;
    private PlatformEndpoints endpoints;
    private AllianceApi api;
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    void onTheSharedPlatform(LocalPlatform sharedPlatform) {
        platform = sharedPlatform;
        endpoints = sharedPlatform.endpoints();
        api = new AllianceApi(endpoints);
    }

    @Test
    void aFundersSystemReadsItsOwnReportOnlyAndLosesAccessOnRotationAndRevocation() {
        DemoSummary demo = DemoSeed.run(endpoints, System.out);
        DemoSummary.DemoUser demoFunder = demo.users().stream()
                .filter(user -> user.role().equals("funder"))
                .findFirst()
                .orElseThrow();
        Session funder = api.login(demoFunder.username(), demoFunder.password());
        UUID ownProgramme = demo.programmeId();
        String funderOrg = funder.programme(ownProgramme).path("funderId").asString();
        UUID othersProgramme = anotherFundersOpenProgramme(demo);
        String clients = "/api/organisations/" + funderOrg + "/api-clients";

        JsonNode registered = Session.expect(funder.post(clients, Map.of("name", "Grants ledger " + run)), 201)
                .json();
        String id = registered.path("id").asString();
        String clientId = registered.path("clientId").asString();
        String firstSecret = registered.path("secret").asString();

        String token = token(clientId, firstSecret).json().path("access_token").asString();
        Answer own = call(token, "/api/reports/programmes/" + ownProgramme + "/impact");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().path("programmeName").asString()).isEqualTo(demo.programmeName());
        Answer others = call(token, "/api/reports/programmes/" + othersProgramme + "/impact");
        assertThat(others.status()).as("another funder's programme report").isEqualTo(404);

        // rotation with a 20-second grace period: both secrets get tokens, then only the new one
        JsonNode rotated = Session.expect(
                        funder.post(clients + "/" + id + "/rotate-secret", Map.of("gracePeriodSeconds", 20)), 200, 201)
                .json();
        String secondSecret = rotated.path("secret").asString();
        Instant graceEnds =
                Instant.parse(rotated.path("previousSecretValidUntil").asString());
        assertThat(token(clientId, firstSecret).status())
                .as("the old secret within the grace period")
                .isEqualTo(200);
        assertThat(token(clientId, secondSecret).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> token(clientId, firstSecret).status() == 401);
        assertThat(Instant.now()).as("refused only once the grace period ended").isAfterOrEqualTo(graceEnds);
        assertThat(token(clientId, secondSecret).status()).isEqualTo(200);

        // revocation: a token issued before it is refused by every service, not only once it expires
        String issuedBefore =
                token(clientId, secondSecret).json().path("access_token").asString();
        List<String> calls = List.of(
                "/api/reports/programmes/" + ownProgramme + "/impact",
                "/api/programmes/" + ownProgramme,
                "/api/organisations/" + funderOrg);
        for (String path : calls) {
            assertThat(call(issuedBefore, path).status())
                    .as(path + " before the revocation")
                    .isEqualTo(200);
        }
        Session.expect(funder.delete(clients + "/" + id), 204);
        long revoked = System.nanoTime();
        for (String path : calls) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .untilAsserted(() -> assertThat(call(issuedBefore, path).status())
                            .as(path + " after the revocation")
                            .isEqualTo(401));
            System.out.printf(
                    "revoked client's token refused by %s %d ms after the revocation's answer%n",
                    path, Duration.ofNanos(System.nanoTime() - revoked).toMillis());
        }
        assertThat(token(clientId, secondSecret).status()).as("no new token").isEqualTo(401);
        JsonNode audit = Session.expect(funder.get("/api/organisations/" + funderOrg + "/api-client-audit"), 200)
                .json();
        assertThat(audit.valueStream()
                        .filter(entry -> entry.path("clientId").asString().equals(clientId))
                        .map(entry -> entry.path("action").asString()))
                .containsExactly("REGISTERED", "ROTATED", "REVOKED");
    }

    /** A second funder, invited as people are, with an open programme of its own for the demo alliance. */
    private UUID anotherFundersOpenProgramme(DemoSummary demo) {
        Session admin = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD);
        UUID alliance = admin.findAlliance(demo.allianceName()).orElseThrow();
        UUID otherFunder = admin.registerOrganisation(
                OrganisationSpec.of("FUNDER", "Other Fund " + run, "MCL-" + run + "-FUND", "DE21"));
        String username = "mcl-" + run + "-funder";
        String address = username + "@machine-clients.example";
        String password = "machine-clients-" + run + "-pw";
        admin.invite(otherFunder, new InvitationSpec(username, address, "Other", "Funder", "funder"));
        Session other = PlatformPeople.acceptInvitation(platform, api, username, address, password);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID programme = other.draftProgramme(new ProgrammeSpec(
                otherFunder,
                "Other fund " + run,
                "EUR",
                1_000_000,
                today.minusDays(30).toString(),
                today.plusDays(300).toString(),
                List.of(alliance),
                List.of("SMALL"),
                List.of(),
                List.of(),
                List.of(),
                List.of(ProgrammeSpec.BandRule.of("SMALL", "0.5", 0, "0.1")),
                100_000L,
                500_000L,
                2));
        other.openProgramme(programme, otherFunder);
        // once reporting-service has heard of it, its own funder reads its report: a 404 for others is tenancy
        PlatformPeople.readUntil(
                () -> other.get("/api/reports/programmes/" + programme + "/impact")
                        .status(),
                status -> status == 200);
        return programme;
    }

    private Answer token(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(endpoints.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private Answer call(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(endpoints.gateway() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
