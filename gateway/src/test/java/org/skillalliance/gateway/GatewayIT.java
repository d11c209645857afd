package org.skillalliance.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.PrometheusScrape;
import org.skillalliance.testsupport.TestKeycloak;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway against a real Keycloak, with real HTTP servers standing in for the four services: tokens checked before
 * any service is reached, routes, request ids, rate limits, size limits, CORS, timeouts and circuit breakers, and the
 * one Swagger UI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

    static final TestKeycloak KEYCLOAK = TestKeycloak.instance();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Map<String, StandInService> SERVICES = StandInService.everyService();

    /** The routes' time limit in this test (the circuit breakers' and the HTTP client's alike). */
    static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(2);
    /** What the gateway may take beyond it to answer 503: the fallback and the round trip, on a busy 2-core machine. */
    static final Duration TIMEOUT_MARGIN = Duration.ofMillis(4000);

    private static final Map<String, TestKeycloak.Person> ROUTED = new HashMap<>();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, service) -> registry.add(name.toUpperCase() + "_URL", service::url));
        registry.add("skillalliance.gateway.issuer", KEYCLOAK::issuer);
        registry.add("skillalliance.gateway.service-timeout", () -> SERVICE_TIMEOUT.toMillis() + "ms");
        registry.add(
                "spring.cloud.gateway.server.webflux.httpclient.response-timeout",
                () -> SERVICE_TIMEOUT.toMillis() + "ms");
        registry.add("skillalliance.gateway.rate-limit.requests-per-second", () -> "1");
        registry.add("skillalliance.gateway.rate-limit.burst", () -> "20");
    }

    @ParameterizedTest
    @CsvSource({
        "/api/alliances, member",
        "/api/organisations/42, member",
        "/api/memberships, member",
        "/api/staff?page=1, member",
        "/api/notifications, member",
        "/api/me/export, member",
        "/api/skills, curriculum",
        "/api/courses/7, curriculum",
        "/api/cohorts, curriculum",
        "/api/enrolments, curriculum",
        "/api/follow-ups?status=DUE, curriculum",
        "/api/workplace-learning?kind=MENTORING, curriculum",
        "/api/workshops/3, curriculum",
        "/api/credentials/issuer/jwks.json, curriculum",
        "/api/occupations?q=weld, curriculum",
        "/api/cost-shares, funding",
        "/api/programmes, funding",
        "/api/programme-templates, funding",
        "/api/applications, funding",
        "/api/awards, funding",
        "/api/claims, funding",
        "/api/statements, funding",
        "/api/ledger, funding",
        "/api/quotes?cohortId=1, funding",
        "/api/training-plans, funding",
        "/api/cohort-results, funding",
        "/api/reports/employers/1/roi, reporting",
        "/api/reports/programmes/1/impact, reporting",
        "/api/webhooks/subscriptions, reporting",
        "/api/rosters/9, member"
    })
    void routesEachPathWithTheTokenAndARequestIdToTheServiceThatOwnsIt(String path, String service) {
        String token = KEYCLOAK.token(routedPerson(service));
        ApiClient.Response response = api().withToken(token).get(path);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("service").asString()).isEqualTo(service);
        String requestId = response.header("X-Request-Id");
        assertThat(requestId).isNotBlank();
        StandInService.Received received = lastReceivedBy(service, path);
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(received.header("X-Request-Id")).isEqualTo(requestId);
    }

    /**
     * The caller's trace context is dropped and a forged request id replaced, before the gateway's observation reads
     * them; every answer is in the access log with the status sent (a 404 answered by the exception handler, outside
     * the filters, included), its trace id and its request id, and the service receives the same request id.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theGatewayStartsEveryTraceAndLogsEachAnswerInIt(CapturedOutput output) throws Exception {
        String forgedTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> routed = send("/api/staff", forgedTrace);
        HttpResponse<String> nowhere = send("/fallback/nowhere", forgedTrace);

        assertThat(routed.statusCode()).as(routed.body()).isEqualTo(200);
        assertThat(nowhere.statusCode()).as(nowhere.body()).isEqualTo(404);
        String requestId = routed.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(requestId).isNotEqualTo("forged id!").matches("[0-9a-f-]{36}");
        StandInService.Received received = lastReceivedBy("member", "/api/staff");
        assertThat(received.header("X-Request-Id")).isEqualTo(requestId);
        assertThat(received.header("traceparent")).isNotBlank().doesNotContain(forgedTrace);
        // the gateway's own baggage: the request id it vouches for, not the caller's
        assertThat(received.header("baggage"))
                .contains("x-request-id=" + requestId)
                .doesNotContain("forged");

        for (HttpResponse<String> answer : List.of(routed, nowhere)) {
            String id = answer.headers().firstValue("X-Request-Id").orElseThrow();
            JsonNode line = await().atMost(Duration.ofSeconds(10))
                    .until(
                            () -> output.getOut()
                                    .lines()
                                    .filter(text ->
                                            text.startsWith("{") && text.contains("AccessLog") && text.contains(id))
                                    .map(JSON::readTree)
                                    .findFirst(),
                            Optional::isPresent)
                    .orElseThrow();
            assertThat(line.path("message").asString())
                    .isEqualTo("GET " + answer.uri().getPath() + " answered " + answer.statusCode() + " in "
                            + line.path("event").path("duration").asLong() / 1_000_000 + " ms");
            assertThat(line.path("http").path("response").path("status_code").asInt())
                    .isEqualTo(answer.statusCode());
            // the MDC's ids under their ECS names (written dotted, which ECS reads as nested)
            assertThat(line.path("http.request.id").asString()).isEqualTo(id);
            assertThat(line.path("trace.id").asString()).matches("[0-9a-f]{32}").isNotEqualTo(forgedTrace);
        }
    }

    private HttpResponse<String> send(String path, String forgedTrace) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + personToken("member-admin"))
                                .header("X-Request-Id", "forged id!")
                                .header("traceparent", "00-" + forgedTrace + "-00f067aa0ba902b7-01")
                                .header("baggage", "x-request-id=forged")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void badTokensAre401AndNoServiceIsReached() {
        String valid = personToken("coordinator");
        String[] parts = valid.split("\\.");
        String expiredSoon = KEYCLOAK.token(KEYCLOAK.createSystem(UUID.randomUUID(), "funder", true, 1));
        int before = SERVICES.get("member").received().size();

        assertUnauthorized(api().get("/api/organisations"));
        assertUnauthorized(api().withToken("garbage").get("/api/organisations"));
        assertUnauthorized(api().withToken(KEYCLOAK.foreignRealmToken()).get("/api/organisations"));
        String otherOrg = encode(TestKeycloak.claims(valid)
                .toString()
                .replaceFirst("\"org_id\":\"[^\"]+\"", "\"org_id\":\"" + UUID.randomUUID() + "\""));
        assertUnauthorized(
                api().withToken(parts[0] + "." + otherOrg + "." + parts[2]).get("/api/organisations"));
        assertUnauthorized(api().withToken(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".")
                .get("/api/organisations"));
        assertUnauthorized(
                api().withToken(KEYCLOAK.token(KEYCLOAK.createSystem(UUID.randomUUID(), "funder", false, null)))
                        .get("/api/organisations"));
        // one second of life and five seconds of tolerated clock skew
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() ->
                        api().withToken(expiredSoon).get("/api/organisations").status() == 401);
        assertUnauthorized(api().withToken(expiredSoon).get("/api/organisations"));

        int expiredAccepted = (int) SERVICES.get("member").received().stream()
                .filter(r -> ("Bearer " + expiredSoon).equals(r.header("Authorization")))
                .count();
        assertThat(SERVICES.get("member").received().size() - expiredAccepted).isEqualTo(before);
    }

    /**
     * The realm reached by another host name (127.0.0.1 instead of localhost) signs with the same key but names itself
     * in {@code iss}: only the issuer check can refuse such a token, since its signature, audience and expiry are good.
     */
    @Test
    void aTokenSignedByTheRealmButNamingAnotherIssuerIs401AndNoServiceIsReached() {
        TestKeycloak.Person person = KEYCLOAK.createPerson("coordinator", UUID.randomUUID());
        String otherIssuer = KEYCLOAK.tokenWithAnotherIssuer(person);
        assertThat(TestKeycloak.claims(otherIssuer).path("iss").asString())
                .isEqualTo(KEYCLOAK.anotherIssuer())
                .isNotEqualTo(KEYCLOAK.issuer());
        // a decoder that checks the signature against the trusted realm's keys, and nothing else, accepts it
        NimbusJwtDecoder signatureOnly = NimbusJwtDecoder.withJwkSetUri(
                        KEYCLOAK.issuer() + "/protocol/openid-connect/certs")
                .build();
        signatureOnly.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        assertThat(signatureOnly.decode(otherIssuer).getClaimAsStringList("aud"))
                .contains(TestKeycloak.AUDIENCE);
        // the same person's token from the trusted issuer passes, so the refusal below is the issuer's alone (awaited:
        // on a loaded machine the stand-in may miss the 2 s service timeout once, and the gateway answers 503)
        String trusted = KEYCLOAK.token(person);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> api().withToken(trusted).get("/api/organisations").status() == 200);
        int before = SERVICES.get("member").received().size();

        ApiClient.Response refused = api().withToken(otherIssuer).get("/api/organisations");

        assertUnauthorized(refused);
        assertThat(refused.json().path("detail").asString()).contains("iss");
        assertThat(SERVICES.get("member").received()).hasSize(before);
    }

    @Test
    void aBurstOverTheRateLimitGets429WithRetryAfter() {
        String token = personToken("funder");
        assertBurstRefusedWith429(() -> api().withToken(token).get("/api/programmes"));
        // another client is not affected
        assertThat(api().withToken(personToken("funder")).get("/api/programmes").status())
                .isEqualTo(200);
    }

    /**
     * Anonymous calls to the credentials' public endpoints are counted per remote address (burst 20, 1/s here): a
     * burst from one address beyond it gets 429 with Retry-After, and a signed-in caller on the same path is not
     * affected (its own bucket).
     */
    @Test
    void anAnonymousBurstOnThePublicCredentialEndpointsGets429WithRetryAfter() {
        assertBurstRefusedWith429(() -> api().get("/api/credentials/issuer/jwks.json"));
        assertThat(api().post("/api/credentials/verify", "text/plain", "x").status())
                .isEqualTo(429);
        assertThat(api().withToken(personToken("funder"))
                        .get("/api/credentials/issuer/jwks.json")
                        .status())
                .isEqualTo(200);
    }

    /**
     * The ESCO import takes its own route, whose wait for the service is minutes, not the 2 s every other route (the
     * CSV imports' among them) gets here: an import the service answers after 3.5 s still arrives.
     */
    @Test
    void theEscoImportTakesItsOwnRouteWithItsLongerWait() throws Exception {
        long late = SERVICE_TIMEOUT.plusMillis(1500).toMillis();
        HttpResponse<String> imported = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + "/api/skills/esco-import?kind=skills&probe=" + UUID.randomUUID()))
                                .header("Authorization", "Bearer " + personToken("member-admin"))
                                .header("Content-Type", "text/csv")
                                .header(StandInService.DELAY_HEADER, Long.toString(late))
                                .POST(HttpRequest.BodyPublishers.ofString("conceptType,conceptUri\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body()).path("service").asString()).isEqualTo("curriculum");
    }

    /**
     * More requests in flight to one service than Resilience4j's default bulkhead lets through (25) all arrive: the
     * gateway bounds load by the per-client rate limit and the timeout, not by a bulkhead whose refusals opened the
     * circuit (two clients, 15 each, within the burst of 20; each answered 1 s late, so all 30 are in flight at once).
     */
    @Test
    void moreRequestsInFlightThanADefaultBulkheadAllArrive() throws Exception {
        List<String> tokens = List.of(personToken("member-admin"), personToken("member-admin"));
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String token : tokens) {
            for (int i = 0; i < 15; i++) {
                answers.add(client.sendAsync(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/staff?burst=" + i))
                                .header("Authorization", "Bearer " + token)
                                .header(StandInService.DELAY_HEADER, "1000")
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            statuses.add(answer.get(30, TimeUnit.SECONDS).statusCode());
        }
        assertThat(statuses).as("30 requests in flight at once").containsOnly(200);
    }

    @Test
    void aServiceThatIsDownOrSlowGets503AndItsCircuitOpensAndClosesAgain() {
        String token = personToken("coordinator");
        // the token's first use waits for its verification (the realm's keys fetched on first use) and the route's
        // first call builds its client: neither is the route's timeout, which is what the timing below measures
        assertThat(api().withToken(token).get("/api/reports/warm-up").status()).isEqualTo(200);
        long started = System.nanoTime();
        ApiClient.Response slow = api().withToken(token).get("/api/reports/slow");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "503 for a slow service after %d ms (route timeout %d ms)%n",
                elapsed.toMillis(), SERVICE_TIMEOUT.toMillis());
        assertThat(slow.status()).as(slow.toString()).isEqualTo(503);
        assertThat(slow.json().path("detail").asString()).contains("reporting-service", "did not answer in time");
        assertThat(elapsed)
                .as(
                        "the 503 took %d ms; the route's timeout is %d ms plus a margin of %d ms",
                        elapsed.toMillis(), SERVICE_TIMEOUT.toMillis(), TIMEOUT_MARGIN.toMillis())
                .isLessThan(SERVICE_TIMEOUT.plus(TIMEOUT_MARGIN));

        StandInService funding = SERVICES.get("funding");
        funding.stop();
        try {
            ApiClient.Response down = api().withToken(token).get("/api/programmes");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.header("Content-Type")).startsWith("application/problem+json");
            assertThat(down.json().path("detail").asString()).contains("funding-service");
            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> api().withToken(token)
                            .get("/api/programmes")
                            .json()
                            .path("detail")
                            .asString()
                            .contains("circuit is open"));
        } finally {
            funding.start();
        }
        // open for 10 s, then trial calls find the service again
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> api().withToken(token).get("/api/programmes").status() == 200);
    }

    @Test
    void aServicesOwn503PassesThroughAndDoesNotOpenItsCircuit() {
        String token = personToken("member-admin");
        for (int i = 0; i < 12; i++) {
            ApiClient.Response own = api().withToken(token).get("/api/organisations/unavailable");
            assertThat(own.status()).isEqualTo(503);
            assertThat(own.json().path("detail").asString()).isEqualTo("member says: Keycloak is down");
            assertThat(own.header("Retry-After")).isEqualTo("7");
        }
        assertThat(api().withToken(token).get("/api/organisations").status()).isEqualTo(200);
    }

    @Test
    void bodiesOverTheLimitAre413AndCsvUploadsMayBeLarger() {
        String token = personToken("member-admin");
        String big = "x".repeat(1_500_000);
        ApiClient.Response tooLarge = api().withToken(token).post("/api/organisations", "\"" + big + "\"");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        ApiClient.Response upload = api().withToken(token)
                .upload(
                        "/api/staff/import?employerId=" + UUID.randomUUID(),
                        "file",
                        "staff.csv",
                        big.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).isEqualTo(200);
    }

    @Test
    void aBrowserClientFromAnAllowedOriginPassesCorsPreflight() throws Exception {
        HttpResponse<String> allowed = preflight("http://localhost:5173");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:5173");
        assertThat(preflight("https://evil.example").statusCode()).isEqualTo(403);
    }

    @Test
    void oneSwaggerUiListsEveryServicesDescription() {
        assertThat(api().get("/openapi/member-service").json().path("service").asString())
                .isEqualTo("member");
        assertThat(lastReceivedBy("member", "/v3/api-docs").uri()).isEqualTo("/v3/api-docs");
        assertThat(api().get("/openapi/reporting-service").status()).isEqualTo(200);
        ApiClient.Response config = api().get("/v3/api-docs/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.text())
                .contains(
                        "/openapi/member-service",
                        "/openapi/curriculum-service",
                        "/openapi/funding-service",
                        "/openapi/reporting-service");
        assertThat(api().get("/readyz").status()).isEqualTo(200);
        assertThat(api().get("/livez").status()).isEqualTo(200);
    }

    /**
     * Actuator, the Prometheus scrape among it, answers on the management port only: the public port has no
     * {@code /actuator} at all (404 with a token; anonymously 404 for the scrape and health, which need none, and 401
     * for the rest), only the probes' {@code /livez} and {@code /readyz}.
     */
    @Test
    void theMetricsAnswerOnTheManagementPortAndNeverOnThePublicOne() {
        String token = personToken("member-admin");
        assertThat(api().get("/actuator/prometheus").status()).isEqualTo(404);
        assertThat(api().get("/actuator/health").status()).isEqualTo(404);
        assertThat(api().get("/actuator/metrics").status()).isEqualTo(401);
        for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator/metrics", "/actuator")) {
            ApiClient.Response answer = api().withToken(token).get(path);
            assertThat(answer.status())
                    .as("%s with a token on the public port", path)
                    .isEqualTo(404);
            assertThat(answer.text()).doesNotContain("jvm_memory");
        }
        api().get("/api/skills");

        PrometheusScrape scrape = PrometheusScrape.of(managementPort);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.names()).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes");
        assertThat(scrape.samples("http_server_requests_seconds_count", "uri", "/actuator/prometheus"))
                .isEmpty();
        assertThat(ApiClient.onPort(managementPort)
                        .get("/actuator/health/readiness")
                        .status())
                .isEqualTo(200);
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/skills"))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Origin", origin)
                                .header("Access-Control-Request-Method", "POST")
                                .header("Access-Control-Request-Headers", "authorization,content-type")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends the call up to 40 times in a row: the burst of 20 (and the few refilled meanwhile) pass, the next one is
     * refused with 429 problem+json and a Retry-After in seconds.
     */
    private static void assertBurstRefusedWith429(java.util.function.Supplier<ApiClient.Response> call) {
        int ok = 0;
        ApiClient.Response refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            ApiClient.Response response = call.get();
            if (response.status() == 200) {
                ok++;
            } else {
                refused = response;
            }
        }
        assertThat(ok).isBetween(20, 25);
        assertThat(refused).isNotNull();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
    }

    private StandInService.Received lastReceivedBy(String service, String path) {
        List<StandInService.Received> received = SERVICES.get(service).received();
        return received.stream()
                .filter(r -> r.uri().equals(path))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError(service + " did not receive " + path + ": " + received));
    }

    /**
     * The person whose tokens the routing test sends for the paths of one service, a new token for each path: a new
     * person each time would cost Keycloak a user and password hashes, seconds on a busy machine. One person per
     * service keeps each person's paths (at most a dozen) within the burst of 20, however many routes there are.
     */
    private static synchronized TestKeycloak.Person routedPerson(String service) {
        return ROUTED.computeIfAbsent(service, s -> KEYCLOAK.createPerson("member-admin", UUID.randomUUID()));
    }

    private static String personToken(String role) {
        return KEYCLOAK.token(KEYCLOAK.createPerson(role, UUID.randomUUID()));
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static void assertUnauthorized(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
