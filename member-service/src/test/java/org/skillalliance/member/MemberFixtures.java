package org.skillalliance.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.Topics;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.TestKafka;
import org.skillalliance.testsupport.TopicRecorder;

/**
 * Test data builders for member-service: organisations, alliances, memberships, staff, through the public API (the
 * callers and their tokens: {@link org.skillalliance.testsupport.Callers}).
 */
public final class MemberFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(1000);
    private static final EventRegistry REGISTRY = EventRegistry.standard();

    private final ApiClient api;

    /** @param api a client with a token allowed to create everything ({@code Callers.asAdmin(port)}) */
    public MemberFixtures(ApiClient api) {
        this.api = api;
    }

    public static String uniqueNumber() {
        return "HRB" + SEQUENCE.incrementAndGet()
                + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    public static Map<String, Object> employer(int headcount) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "EMPLOYER");
        body.put("legalName", "Müller Feinmechanik GmbH");
        body.put("registrationNumber", uniqueNumber());
        body.put("country", "DE");
        body.put("region", "DE21");
        body.put("sectorCode", "C25.62");
        body.put("headcount", headcount);
        return body;
    }

    public static Map<String, Object> organisation(String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("legalName", type + " " + SEQUENCE.incrementAndGet());
        body.put("registrationNumber", uniqueNumber());
        body.put("country", "DE");
        body.put("region", "DE21");
        return body;
    }

    public static Map<String, Object> staff(UUID employerId, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("employerId", employerId);
        body.put("firstName", "Ada");
        body.put("lastName", "Lovelace");
        body.put("email", email);
        body.put("jobRoleIsco", "7223");
        body.put("employmentStart", "2021-03-01");
        body.put("consentToReporting", true);
        body.put("gender", "FEMALE");
        body.put("ageBand", "AGE_35_44");
        return body;
    }

    /** A username no test has used: invitations create Keycloak users, and the JVM's Keycloak is shared. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** An invitation for a new person with the realm role (Keycloak emails the person to set a password). */
    public static Map<String, Object> invitation(String username, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("email", username + "@invited.example");
        body.put("firstName", "Ines");
        body.put("lastName", "Invited");
        body.put("role", role);
        return body;
    }

    public UUID registerEmployer(int headcount) {
        return created(api.post("/api/organisations", employer(headcount)));
    }

    public UUID register(String type) {
        return created(api.post("/api/organisations", organisation(type)));
    }

    public UUID createAlliance(UUID coordinatorId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Metalworking Skills Alliance " + SEQUENCE.incrementAndGet());
        body.put("kind", "SECTORAL");
        body.put("sectorCodes", List.of("C25", "C28"));
        body.put("region", "DE2");
        body.put("currency", "EUR");
        body.put("coordinatorId", coordinatorId);
        return created(api.post("/api/alliances", body));
    }

    public UUID apply(UUID allianceId, UUID organisationId, String role) {
        return created(api.post(
                "/api/memberships", Map.of("allianceId", allianceId, "organisationId", organisationId, "role", role)));
    }

    public UUID registerStaff(UUID employerId, String email) {
        return created(api.post("/api/staff", staff(employerId, email)));
    }

    public static UUID created(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    /** Every event on member.events.v1 about {@code aggregateId}, validated against its schema, in topic order. */
    public static List<EventEnvelope> eventsOf(TopicRecorder topic, UUID aggregateId, int atLeast) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> events(topic, aggregateId).size() >= atLeast);
        return events(topic, aggregateId);
    }

    private static List<EventEnvelope> events(TopicRecorder topic, UUID aggregateId) {
        return topic.records().stream()
                .filter(r -> aggregateId.toString().equals(r.key()))
                .map(ConsumerRecord::value)
                .map(REGISTRY::parse)
                .toList();
    }

    public static TopicRecorder memberTopic() {
        return TopicRecorder.record(TestKafka.instance().bootstrapServers(), Topics.MEMBER);
    }

    public static EventRegistry registry() {
        return REGISTRY;
    }
}
