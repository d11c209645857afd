package org.skillalliance.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.Topics;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.TestKafka;
import org.skillalliance.testsupport.TopicRecorder;
import tools.jackson.databind.JsonNode;

/**
 * Test data builders for funding-service's API: programmes, applications, awards, and the funding topic (the callers
 * and their tokens: {@link org.skillalliance.testsupport.Callers}).
 */
public final class FundingFixtures {

    private static final EventRegistry REGISTRY = EventRegistry.standard();

    private final ApiClient api;

    /** @param api a client with a token allowed to do everything ({@code Callers.asAdmin(port)}) */
    public FundingFixtures(ApiClient api) {
        this.api = api;
    }

    /** A programme body open to everyone, EUR, for 2026, with one SMALL and one MEDIUM band rule; change as needed. */
    public static Map<String, Object> programme(UUID funderId, long budgetMinor) {
        Map<String, Object> body = new HashMap<>();
        body.put("funderId", funderId);
        body.put("name", "Digital skills for SMEs 2026");
        body.put("currency", "EUR");
        body.put("budgetMinor", budgetMinor);
        body.put("periodStart", "2026-01-01");
        body.put("periodEnd", "2026-12-31");
        body.put(
                "bandRules",
                new ArrayList<>(List.of(band("SMALL", "0.8", 500, "0.1"), band("MEDIUM", "0.8", 300, "0.25"))));
        return body;
    }

    /** {@link #programme} with a budget of 10,000,000 over the year before and the year after today (UTC). */
    public static Map<String, Object> programmeAroundToday(UUID funderId) {
        Map<String, Object> terms = programme(funderId, 10_000_000);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        terms.put("periodStart", today.minusDays(365).toString());
        terms.put("periodEnd", today.plusDays(365).toString());
        return terms;
    }

    /**
     * The employer's own award of 1,000,000 naming no cohort: it covers the employer's seats in cohorts starting
     * inside the programme's period, and its learning at work signed off inside it.
     */
    public void employerAward(UUID programmeId, UUID funderId, UUID employerId) {
        created(award(
                applicationUnderReview(programmeId, funderId, employerId, "EMPLOYER", null, 1_000_000),
                funderId,
                1_000_000));
    }

    /** The employer's own award naming no cohort, for the period given (inside the programme's): it covers that much. */
    public void employerAward(
            UUID programmeId, UUID funderId, UUID employerId, String periodStart, String periodEnd, long amountMinor) {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programmeId);
        body.put("applicantId", employerId);
        body.put("applicantKind", "EMPLOYER");
        body.put("requestedMinor", amountMinor);
        body.put("currency", "EUR");
        body.put("periodStart", periodStart);
        body.put("periodEnd", periodEnd);
        UUID application = created(api.post("/api/applications", body));
        ApiClient.Response review =
                api.post("/api/applications/" + application + "/review", Map.of("actorId", funderId));
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        created(award(application, funderId, amountMinor));
    }

    public static Map<String, Object> band(
            String sizeBand, String costRate, long wagePerHourMinor, String minimumEmployerShare) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("sizeBand", sizeBand);
        rule.put("costRate", new java.math.BigDecimal(costRate));
        rule.put("wageSubsidyPerHourMinor", wagePerHourMinor);
        rule.put("minimumEmployerShare", new java.math.BigDecimal(minimumEmployerShare));
        return rule;
    }

    /** Drafts and opens the programme; returns its id. */
    public UUID openProgramme(Map<String, Object> body) {
        UUID id = created(api.post("/api/programmes", body));
        ApiClient.Response opened =
                api.post("/api/programmes/" + id + "/open", Map.of("funderId", body.get("funderId")));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        return id;
    }

    /** An application under review. */
    public UUID applicationUnderReview(
            UUID programmeId, UUID funderId, UUID applicantId, String kind, UUID cohortId, long requestedMinor) {
        return applicationUnderReview(programmeId, funderId, applicantId, kind, cohortId, requestedMinor, "EUR");
    }

    /** An application under review, in the programme's {@code currency}. */
    public UUID applicationUnderReview(
            UUID programmeId,
            UUID funderId,
            UUID applicantId,
            String kind,
            UUID cohortId,
            long requestedMinor,
            String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programmeId);
        body.put("applicantId", applicantId);
        body.put("applicantKind", kind);
        body.put("cohortId", cohortId);
        body.put("requestedMinor", requestedMinor);
        body.put("currency", currency);
        UUID id = created(api.post("/api/applications", body));
        ApiClient.Response review = api.post("/api/applications/" + id + "/review", Map.of("actorId", funderId));
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        return id;
    }

    public ApiClient.Response award(UUID applicationId, UUID funderId, long amountMinor) {
        return award(applicationId, funderId, amountMinor, "EUR");
    }

    public ApiClient.Response award(UUID applicationId, UUID funderId, long amountMinor, String currency) {
        return api.post(
                "/api/awards",
                Map.of(
                        "applicationId",
                        applicationId,
                        "funderId",
                        funderId,
                        "amountMinor",
                        amountMinor,
                        "currency",
                        currency));
    }

    /** The only claim of the employer in the cohort (fails unless there is exactly one). */
    public JsonNode onlyClaim(UUID cohortId, UUID employerId) {
        JsonNode claims = api.get("/api/claims?cohortId=" + cohortId + "&employerId=" + employerId)
                .json();
        assertThat(claims.path("totalItems").asLong()).as(claims.toString()).isEqualTo(1);
        return claims.path("items").get(0);
    }

    /** The subsidy quote of one seat of the employer in the cohort (fails unless 200). */
    public JsonNode quote(UUID cohortId, UUID employerId) {
        ApiClient.Response quote = api.get("/api/quotes?cohortId=" + cohortId + "&employerId=" + employerId);
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        return quote.json();
    }

    /** A business measure's body (issue 19) in EUR, for {@code POST} or {@code PUT /api/cohort-results/...}. */
    public static Map<String, Object> measure(
            String name,
            String unit,
            String before,
            String after,
            boolean higherIsBetter,
            long unitValueMinor,
            int attributionPercent,
            int confidencePercent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("unit", unit);
        body.put("valueBefore", new java.math.BigDecimal(before));
        body.put("valueAfter", new java.math.BigDecimal(after));
        body.put("higherIsBetter", higherIsBetter);
        body.put("unitValueMinor", unitValueMinor);
        body.put("currency", "EUR");
        body.put("attributionPercent", attributionPercent);
        body.put("confidencePercent", confidencePercent);
        return body;
    }

    /** A problem+json refusal with the status, naming the field with the reason. */
    public static void assertRefused(ApiClient.Response response, int status, String field, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.fieldErrors()).as(response.toString()).containsEntry(field, reason);
    }

    public static UUID created(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    public static TopicRecorder fundingTopic() {
        return TopicRecorder.record(TestKafka.instance().bootstrapServers(), Topics.FUNDING);
    }

    /** The events on funding.events.v1 of {@code type} about {@code aggregateId}, validated, once at least one came. */
    public static List<EventEnvelope> eventsOf(TopicRecorder topic, String type, UUID aggregateId, int atLeast) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> events(topic, type, aggregateId).size() >= atLeast);
        return events(topic, type, aggregateId);
    }

    private static List<EventEnvelope> events(TopicRecorder topic, String type, UUID aggregateId) {
        return topic.records().stream()
                .filter(r -> aggregateId.toString().equals(r.key()))
                .map(ConsumerRecord::value)
                .map(REGISTRY::parse)
                .filter(e -> e.eventType().equals(type))
                .toList();
    }

    public static EventRegistry registry() {
        return REGISTRY;
    }
}
