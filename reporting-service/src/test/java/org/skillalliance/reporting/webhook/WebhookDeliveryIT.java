package org.skillalliance.reporting.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.funding.BeneficiaryKind;
import org.skillalliance.contracts.funding.ClaimSubmitted;
import org.skillalliance.contracts.funding.GrantAwarded;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.AllianceKind;
import org.skillalliance.reporting.impact.AllianceScenarioEvents;
import org.skillalliance.reporting.projection.ProjectionFeed;
import org.skillalliance.reporting.projection.ProjectionFeed.TopicEvent;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end (issue 25): subscriptions made through the API with real Keycloak tokens, events applied through
 * the real projection listener and inbox, deliveries sent by the real sender to a real HTTP receiver on localhost
 * (allowed here, as in local use: http and loopback; the production settings' refusals are in AuthorisationMatrixIT
 * and EndpointPolicyTest). Retries are made short.
 */
@RealInfrastructure(keycloak = true)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "skillalliance.webhooks.allow-http=true",
            "skillalliance.webhooks.allow-private-addresses=true",
            "skillalliance.webhooks.first-retry-after=300ms",
            "skillalliance.webhooks.max-retry-after=1s",
            "skillalliance.webhooks.send-every=200ms"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryIT {

    /** How long a test watches for deliveries that must not come. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    final EventRegistry registry = EventRegistry.standard();
    final WebhookReceiver receiver = new WebhookReceiver();

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void eachSubscribedEventArrivesOnceSignedAndAFailingReceiverGetsItOnTheThirdTry() {
        AllianceScenarioEvents scenario = new AllianceScenarioEvents();
        UUID funder = scenario.id("funder");
        UUID employer = scenario.id("E1");
        ApiClient funderApi = ApiClient.onPort(port).withToken(Callers.tokenFor("funder", funder));
        ApiClient employerApi = ApiClient.onPort(port).withToken(Callers.tokenFor("member-admin", employer));
        JsonNode funderHook = subscribe(funderApi, "/a/funder", List.of("award.made", "claim.paid"), null);
        JsonNode flakyHook = subscribe(funderApi, "/flaky/a", List.of("claim.paid"), null);
        JsonNode employerHook = subscribe(employerApi, "/a/employer", List.of("award.made", "claim.submitted"), null);

        List<TopicEvent> events = new ArrayList<>(scenario.all());
        events.add(new TopicEvent(Topics.FUNDING, claimSubmitted(scenario, "CL7", scenario.id("C2"))));
        // a claim for E1's learning at work, which has no cohort (issue 20)
        events.add(new TopicEvent(Topics.FUNDING, claimSubmitted(scenario, "CL-OJT", null)));
        ProjectionFeed.apply(context, events);

        Set<String> fundersProgrammes = payloads(events, EventTypes.PROGRAMME_OPENED).stream()
                .filter(p -> p.path("funderId").asString().equals(funder.toString()))
                .map(p -> p.path("programmeId").asString())
                .collect(Collectors.toSet());
        Predicate<JsonNode> ofFundersProgrammes = payload ->
                fundersProgrammes.contains(payload.path("programmeId").asString());
        List<String> awardsToFunder = ids(events, EventTypes.GRANT_AWARDED, "awardId", ofFundersProgrammes);
        List<String> paymentsToFunder =
                ids(events, EventTypes.DISBURSEMENT_PAID, "disbursementId", ofFundersProgrammes);
        List<String> awardsToEmployer = ids(
                events,
                EventTypes.GRANT_AWARDED,
                "awardId",
                p -> p.path("beneficiaryId").asString().equals(employer.toString()));
        assertThat(awardsToFunder).hasSizeGreaterThan(2);
        assertThat(paymentsToFunder).hasSizeGreaterThan(2);
        assertThat(awardsToEmployer).isNotEmpty();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> receiver.acceptedAt("/a/funder").size() == awardsToFunder.size() + paymentsToFunder.size()
                        && receiver.acceptedAt("/flaky/a").size() == paymentsToFunder.size()
                        && receiver.acceptedAt("/a/employer").size() == awardsToEmployer.size() + 2);

        // the same events again, as Kafka may redeliver them, and once more as a rebuild replays them (processed
        // marks gone): nothing is enqueued twice
        ProjectionFeed.apply(context, events);
        jdbc.sql("delete from processed_event where consumer = 'reporting.projections'")
                .update();
        ProjectionFeed.apply(context, events);
        await().during(QUIET)
                .atMost(QUIET.plusSeconds(5))
                .until(() -> receiver.acceptedAt("/a/funder").size() == awardsToFunder.size() + paymentsToFunder.size()
                        && receiver.at("/flaky/a").size() == 3 * paymentsToFunder.size()
                        && receiver.at("/a/employer").size() == awardsToEmployer.size() + 2);

        // each once, of the kinds subscribed, signed with the subscription's secret
        List<WebhookReceiver.Received> toFunder = receiver.at("/a/funder");
        assertThat(dataIds(toFunder, "award.made", "awardId")).containsExactlyInAnyOrderElementsOf(awardsToFunder);
        assertThat(dataIds(toFunder, "claim.paid", "disbursementId"))
                .containsExactlyInAnyOrderElementsOf(paymentsToFunder);
        assertThat(toFunder)
                .allSatisfy(request -> assertThat(WebhookReceiver.verifies(
                                request, funderHook.path("secret").asString()))
                        .as(request.toString())
                        .isTrue());
        assertThat(toFunder)
                .noneSatisfy(request -> assertThat(WebhookReceiver.verifies(
                                request, flakyHook.path("secret").asString()))
                        .isTrue());
        List<WebhookReceiver.Received> toEmployer = receiver.at("/a/employer");
        assertThat(types(toEmployer)).containsOnly("award.made", "claim.submitted");
        assertThat(dataIds(toEmployer, "award.made", "awardId")).containsExactlyInAnyOrderElementsOf(awardsToEmployer);
        assertThat(dataIds(toEmployer, "claim.submitted", "claimId"))
                .containsExactlyInAnyOrder(
                        scenario.id("CL7").toString(), scenario.id("CL-OJT").toString());
        JsonNode learningClaim = toEmployer.stream()
                .map(request -> json.readTree(request.body()).path("data"))
                .filter(data -> data.path("claimId")
                        .asString()
                        .equals(scenario.id("CL-OJT").toString()))
                .findFirst()
                .orElseThrow();
        assertThat(learningClaim.has("cohortId")).isTrue();
        assertThat(learningClaim.path("cohortId").isNull()).isTrue();
        assertThat(learningClaim.path("claimedMinor").asLong()).isEqualTo(27_327);
        assertThat(toEmployer)
                .allSatisfy(request -> assertThat(WebhookReceiver.verifies(
                                request, employerHook.path("secret").asString()))
                        .isTrue());
        // the body: type, timestamp (the event's time), data (the event's payload); the headers of the specification
        WebhookReceiver.Received first = toFunder.getFirst();
        JsonNode body = json.readTree(first.body());
        assertThat(body.path("type").asString()).isIn("award.made", "claim.paid");
        assertThat(Instant.parse(body.path("timestamp").asString())).isBefore(Instant.now());
        assertThat(body.path("data").path("programmeId").asString()).isNotBlank();
        assertThat(first.header("content-type")).startsWith("application/json");
        assertThat(UUID.fromString(first.header("webhook-id"))).isNotNull();

        // the failing receiver: 500, 500, then accepted, each message on its third try with the same webhook-id
        Map<String, List<WebhookReceiver.Received>> byMessage = receiver.at("/flaky/a").stream()
                .collect(Collectors.groupingBy(request -> request.header("webhook-id")));
        assertThat(byMessage).hasSize(paymentsToFunder.size());
        byMessage.values().forEach(tries -> {
            assertThat(tries).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 204);
            assertThat(tries)
                    .allSatisfy(request -> assertThat(WebhookReceiver.verifies(
                                    request, flakyHook.path("secret").asString()))
                            .isTrue());
            assertThat(Duration.between(tries.get(1).at(), tries.get(2).at()))
                    .as("the pause doubles")
                    .isGreaterThan(Duration.ofMillis(500));
        });
        ApiClient.Response log = funderApi.get(
                "/api/webhooks/subscriptions/" + flakyHook.path("id").asString() + "/deliveries");
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        assertThat(log.json()).hasSize(paymentsToFunder.size());
        log.json().forEach(delivery -> {
            assertThat(delivery.path("kind").asString()).isEqualTo("claim.paid");
            assertThat(delivery.path("status").asString()).isEqualTo("DELIVERED");
            assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
            assertThat(delivery.path("lastStatusCode").asInt()).isEqualTo(204);
            assertThat(delivery.path("deliveredAt").asString()).isNotBlank();
            assertThat(byMessage).containsKey(delivery.path("id").asString());
        });
    }

    @Test
    void aReportSubscriptionGetsOneUpdateAfterANewOutcomeAndNoneWhileTheFiguresStand() {
        AllianceScenarioEvents scenario = new AllianceScenarioEvents();
        ProjectionFeed.apply(context, scenario.all());
        UUID programme = scenario.id("P");
        ApiClient funderApi = ApiClient.onPort(port).withToken(Callers.tokenFor("funder", scenario.id("funder")));
        JsonNode hook = subscribe(funderApi, "/b/report", List.of("report.updated"), programme);

        // an event that changes none of P's figures
        ProjectionFeed.apply(context, List.of(new TopicEvent(Topics.MEMBER, unrelatedAlliance())));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> receiver.at("/b/report").isEmpty());

        ProjectionFeed.apply(context, List.of(scenario.s26Completed()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> receiver.acceptedAt("/b/report").size() == 1);
        await().during(QUIET)
                .atMost(QUIET.plusSeconds(5))
                .until(() -> receiver.at("/b/report").size() == 1);
        WebhookReceiver.Received update = receiver.at("/b/report").getFirst();
        assertThat(WebhookReceiver.verifies(update, hook.path("secret").asString()))
                .isTrue();
        JsonNode body = json.readTree(update.body());
        assertThat(body.path("type").asString()).isEqualTo("report.updated");
        assertThat(body.path("data").path("programmeId").asString()).isEqualTo(programme.toString());
    }

    @Test
    void aTestDeliveryArrivesAndAnEndedSubscriptionGetsNothingMore() {
        AllianceScenarioEvents scenario = new AllianceScenarioEvents();
        ProjectionFeed.apply(context, scenario.all());
        ApiClient funderApi = ApiClient.onPort(port).withToken(Callers.tokenFor("funder", scenario.id("funder")));
        JsonNode hook = subscribe(funderApi, "/c/hooks", List.of("award.made"), null);
        String path = "/api/webhooks/subscriptions/" + hook.path("id").asString();

        ApiClient.Response test = funderApi.post(path + "/test");
        assertThat(test.status()).as(test.toString()).isEqualTo(202);
        assertThat(test.json().path("kind").asString()).isEqualTo("webhook.test");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> receiver.acceptedAt("/c/hooks").size() == 1);
        WebhookReceiver.Received received = receiver.at("/c/hooks").getFirst();
        assertThat(received.header("webhook-id"))
                .isEqualTo(test.json().path("id").asString());
        assertThat(WebhookReceiver.verifies(received, hook.path("secret").asString()))
                .isTrue();
        assertThat(json.readTree(received.body()).path("type").asString()).isEqualTo("webhook.test");

        ApiClient.Response read = funderApi.get(path);
        assertThat(read.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(read.json().has("secret")).as("the secret is shown once").isFalse();
        assertThat(funderApi.delete(path).status()).isEqualTo(204);
        assertThat(funderApi.get(path).json().path("status").asString()).isEqualTo("UNSUBSCRIBED");
        assertThat(funderApi.post(path + "/test").status()).isEqualTo(422);
        // a new award of the funder's programme, after the end
        ProjectionFeed.apply(
                context, List.of(new TopicEvent(Topics.FUNDING, award(scenario.id("P"), UUID.randomUUID()))));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> receiver.at("/c/hooks").size() == 1);
        ApiClient.Response log = funderApi.get(path + "/deliveries");
        assertThat(log.json()).hasSize(1);
        assertThat(log.json().get(0).path("status").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void badSubscriptionsAreRefusedNamingTheFieldAndNothingIsWritten() {
        AllianceScenarioEvents scenario = new AllianceScenarioEvents();
        ProjectionFeed.apply(context, scenario.all());
        ApiClient funderApi = ApiClient.onPort(port).withToken(Callers.tokenFor("funder", scenario.id("funder")));
        ApiClient otherFunder = ApiClient.onPort(port).withToken(Callers.tokenFor("funder", UUID.randomUUID()));
        ApiClient coordinator =
                ApiClient.onPort(port).withToken(Callers.tokenFor("coordinator", scenario.id("association")));
        int before = subscriptionCount();

        assertRefused(
                funderApi, Map.of("url", receiver.url("/d"), "kinds", List.of("claim.rejected")), 400, "kinds[0]");
        assertRefused(funderApi, Map.of("url", receiver.url("/d"), "kinds", List.of()), 400, "kinds");
        assertRefused(funderApi, Map.of("kinds", List.of("claim.paid")), 400, "url");
        assertRefused(funderApi, Map.of("url", "ftp://x.example/d", "kinds", List.of("claim.paid")), 400, "url");
        assertRefused(
                funderApi, Map.of("url", receiver.url("/d"), "kinds", List.of("report.updated")), 400, "programmeId");
        assertRefused(
                otherFunder,
                Map.of(
                        "url",
                        receiver.url("/d"),
                        "kinds",
                        List.of("report.updated"),
                        "programmeId",
                        scenario.id("P").toString()),
                422,
                "programmeId");
        assertRefused(coordinator, Map.of("url", receiver.url("/d"), "kinds", List.of("claim.paid")), 400, "kinds[0]");
        assertRefused(
                Callers.asAdmin(port), Map.of("url", receiver.url("/d"), "kinds", List.of("claim.paid")), 422, null);
        assertThat(subscriptionCount()).isEqualTo(before);
    }

    private void assertRefused(ApiClient api, Map<String, Object> body, int status, String field) {
        ApiClient.Response refused = api.post("/api/webhooks/subscriptions", body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(refused.fieldErrors()).as(refused.toString()).containsKey(field);
        }
    }

    private int subscriptionCount() {
        return jdbc.sql("select count(*) from wh_subscription")
                .query(Integer.class)
                .single();
    }

    private JsonNode subscribe(ApiClient api, String path, List<String> kinds, UUID programmeId) {
        Map<String, Object> request = new java.util.LinkedHashMap<>();
        request.put("url", receiver.url(path));
        request.put("kinds", kinds);
        if (programmeId != null) {
            request.put("programmeId", programmeId.toString());
        }
        ApiClient.Response created = api.post("/api/webhooks/subscriptions", request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("secret").asString()).startsWith("whsec_");
        assertThat(created.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(created.header("Location"))
                .endsWith(created.json().path("id").asString());
        return created.json();
    }

    private static List<JsonNode> payloads(List<TopicEvent> events, String type) {
        return events.stream()
                .map(TopicEvent::envelope)
                .filter(event -> event.eventType().equals(type))
                .map(EventEnvelope::payload)
                .toList();
    }

    private static List<String> ids(
            List<TopicEvent> events, String type, String idField, Predicate<JsonNode> concerns) {
        return payloads(events, type).stream()
                .filter(concerns)
                .map(payload -> payload.path(idField).asString())
                .toList();
    }

    private List<String> dataIds(List<WebhookReceiver.Received> requests, String type, String idField) {
        return requests.stream()
                .map(request -> json.readTree(request.body()))
                .filter(body -> body.path("type").asString().equals(type))
                .map(body -> body.path("data").path(idField).asString())
                .toList();
    }

    private List<String> types(List<WebhookReceiver.Received> requests) {
        return requests.stream()
                .map(request -> json.readTree(request.body()).path("type").asString())
                .toList();
    }

    /** E1's claim under W3 (programme P), for the cohort given or, without one, for its learning at work. */
    private EventEnvelope claimSubmitted(AllianceScenarioEvents scenario, String claim, UUID cohort) {
        return registry.envelope(
                EventTypes.CLAIM_SUBMITTED,
                scenario.id("W3").toString(),
                "funding-service",
                new ClaimSubmitted(
                        scenario.id(claim),
                        scenario.id("W3"),
                        scenario.id("P"),
                        scenario.id("E1"),
                        cohort,
                        cohort == null ? 27_327 : 25_000,
                        "EUR",
                        Instant.now()));
    }

    private EventEnvelope unrelatedAlliance() {
        UUID alliance = UUID.randomUUID();
        return registry.envelope(
                EventTypes.ALLIANCE_CREATED,
                alliance.toString(),
                "member-service",
                new AllianceCreated(
                        alliance, UUID.randomUUID(), "Elsewhere", AllianceKind.REGIONAL, List.of(), "FR1", "EUR"));
    }

    private EventEnvelope award(UUID programme, UUID employer) {
        UUID award = UUID.randomUUID();
        LocalDate start = LocalDate.now().withDayOfYear(1);
        return registry.envelope(
                EventTypes.GRANT_AWARDED,
                award.toString(),
                "funding-service",
                new GrantAwarded(
                        award,
                        programme,
                        UUID.randomUUID(),
                        employer,
                        BeneficiaryKind.EMPLOYER,
                        null,
                        100_000,
                        "EUR",
                        start,
                        start.plusMonths(6)));
    }
}
