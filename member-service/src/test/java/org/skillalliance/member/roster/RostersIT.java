package org.skillalliance.member.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.CohortCost;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatus;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.contracts.curriculum.EnrolmentPromoted;
import org.skillalliance.contracts.curriculum.EnrolmentStatus;
import org.skillalliance.contracts.curriculum.EnrolmentWaitlisted;
import org.skillalliance.contracts.curriculum.EnrolmentWithdrawn;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Rosters on real infrastructure: curriculum-service's events published to the real broker as it publishes them
 * (keyed by the cohort), the roster read through the real gateway with real Keycloak tokens. The cohort's provider
 * sees the names of the people holding seats, by last name; another provider's cohort is a 404 as an unknown one is;
 * a withdrawn or waitlisted person is not on it; an erased person's name is gone at once.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RostersIT {

    static final EventRegistry REGISTRY = EventRegistry.standard();

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;
    MemberFixtures fixtures;
    String gateway;
    UUID provider;
    UUID otherProvider;
    UUID organiser;
    UUID employer;
    UUID otherEmployer;
    UUID courseId;

    @BeforeEach
    void world() {
        gateway = TestGateway.inFrontOf("member-service", port);
        admin = Callers.asAdmin(port);
        fixtures = new MemberFixtures(admin);
        provider = fixtures.register("TRAINING_PROVIDER");
        otherProvider = fixtures.register("TRAINING_PROVIDER");
        organiser = fixtures.register("ASSOCIATION");
        employer = employer("Müller Feinmechanik GmbH");
        otherEmployer = employer("Zahnrad Schmidt KG");
        courseId = UUID.randomUUID();
    }

    @Test
    void theProviderSeesTheNamesOfItsOwnCohortsSeatHoldersByLastName() {
        UUID cohort = schedule(provider);
        UUID zoe = person(employer, "Zoe", "Adams");
        UUID ben = person(otherEmployer, "Ben", "Brandt");
        UUID anna = person(employer, "Anna", "Brandt");
        UUID walt = person(employer, "Walt", "Withdrawn");
        UUID wanda = person(employer, "Wanda", "Waiting");
        UUID zoeSeat = confirm(cohort, zoe, employer);
        UUID benSeat = confirm(cohort, ben, otherEmployer);
        UUID annaSeat = confirm(cohort, anna, employer);
        UUID waltSeat = confirm(cohort, walt, employer);
        UUID wandaSeat = UUID.randomUUID();
        curriculum(
                EventTypes.ENROLMENT_WAITLISTED,
                cohort,
                new EnrolmentWaitlisted(
                        wandaSeat, cohort, courseId, wanda, employer, EnrolmentStatus.WAITLISTED, null, 1));
        curriculum(
                EventTypes.ENROLMENT_WITHDRAWN,
                cohort,
                new EnrolmentWithdrawn(
                        waltSeat,
                        cohort,
                        courseId,
                        walt,
                        employer,
                        EnrolmentStatus.WITHDRAWN,
                        EnrolmentStatus.CONFIRMED,
                        null));

        ApiClient providerApi = as("provider", provider);
        // the withdrawal is the cohort's last event: once it is applied, everything before it is too (one partition)
        await("the withdrawal applied")
                .atMost(Duration.ofSeconds(60))
                .until(() -> "WITHDRAWN"
                        .equals(jdbc.sql("select status from roster_seat where enrolment_id = :id")
                                .param("id", waltSeat)
                                .query(String.class)
                                .optional()
                                .orElse(null)));
        JsonNode roster = awaitRoster(providerApi, cohort, 3);
        // by last name, then first name: Adams, Brandt (Anna), Brandt (Ben); each with the employer's name
        assertThat(rows(roster))
                .containsExactly(
                        row(zoeSeat, zoe, "Zoe", "Adams", "Müller Feinmechanik GmbH", "CONFIRMED"),
                        row(annaSeat, anna, "Anna", "Brandt", "Müller Feinmechanik GmbH", "CONFIRMED"),
                        row(benSeat, ben, "Ben", "Brandt", "Zahnrad Schmidt KG", "CONFIRMED"));
        assertThat(roster.toString())
                .doesNotContain("Withdrawn")
                .doesNotContain("Waiting")
                .doesNotContain(waltSeat.toString())
                .doesNotContain(wandaSeat.toString());

        // a promoted waiter joins; an outcome keeps the seat on the roster with its status
        curriculum(
                EventTypes.ENROLMENT_PROMOTED,
                cohort,
                new EnrolmentPromoted(
                        wandaSeat,
                        cohort,
                        courseId,
                        wanda,
                        employer,
                        EnrolmentStatus.CONFIRMED,
                        EnrolmentStatus.WAITLISTED,
                        1));
        cohortStatus(cohort, provider, CohortStatus.RUNNING, CohortStatus.OPEN);
        curriculum(
                EventTypes.ENROLMENT_OUTCOME_RECORDED,
                cohort,
                new EnrolmentOutcomeRecorded(
                        zoeSeat,
                        cohort,
                        courseId,
                        zoe,
                        employer,
                        EnrolmentOutcome.COMPLETED,
                        new BigDecimal("24"),
                        40,
                        70,
                        5,
                        true,
                        LocalDate.now()));
        roster = awaitRoster(providerApi, cohort, 4);
        assertThat(field(roster, "lastName")).containsExactly("Adams", "Brandt", "Brandt", "Waiting");
        assertThat(field(roster, "status")).containsExactly("COMPLETED", "CONFIRMED", "CONFIRMED", "CONFIRMED");

        // the platform's admin passes every check
        assertThat(new ApiClient(gateway)
                        .withToken(Callers.adminToken())
                        .get("/api/rosters/" + cohort)
                        .json())
                .hasSize(4);
    }

    @Test
    void anotherProvidersCohortIsNotFoundAsAnUnknownOneAndOtherRolesAreRefused() {
        UUID mine = schedule(provider);
        UUID theirs = schedule(otherProvider);
        UUID secret = person(employer, "Sofia", "Secretia");
        confirm(theirs, secret, employer);
        ApiClient otherProviderApi = as("provider", otherProvider);
        awaitRoster(otherProviderApi, theirs, 1);
        ApiClient providerApi = as("provider", provider);
        awaitRoster(providerApi, mine, 0);

        ApiClient.Response foreign = providerApi.get("/api/rosters/" + theirs);
        ApiClient.Response unknown = providerApi.get("/api/rosters/" + UUID.randomUUID());
        for (ApiClient.Response response : List.of(foreign, unknown)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.text()).doesNotContain("Secretia");
        }
        assertThat(foreign.json().path("detail").asString()).isEqualTo("cohort " + theirs + " does not exist");

        // roles that never see names: 403 before anything is read, for their own organisation's cohort too
        for (Map.Entry<String, UUID> caller : Map.of(
                        "coordinator",
                        organiser,
                        "member-admin",
                        employer,
                        "funder",
                        fixtures.register("FUNDER"),
                        "learner",
                        employer)
                .entrySet()) {
            ApiClient.Response refused = as(caller.getKey(), caller.getValue()).get("/api/rosters/" + theirs);
            assertThat(refused.status()).as(caller.getKey() + ": " + refused).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.text()).doesNotContain("Secretia");
        }
        // the roster takes no query parameters
        ApiClient.Response strict = otherProviderApi.get("/api/rosters/" + theirs + "?sort=firstName");
        assertThat(strict.status()).isEqualTo(400);
        assertThat(strict.fieldErrors()).containsOnlyKeys("sort");
        assertThat(otherProviderApi.get("/api/rosters/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void anErasedPersonsNameIsGoneFromTheRosterAtOnce() {
        UUID cohort = schedule(provider);
        UUID erin = person(employer, "Erin", "Erased");
        UUID kim = person(employer, "Kim", "Kept");
        UUID erinSeat = confirm(cohort, erin, employer);
        confirm(cohort, kim, employer);
        ApiClient providerApi = as("provider", provider);
        assertThat(awaitRoster(providerApi, cohort, 2).toString()).contains("Erased");

        assertThat(admin.delete("/api/staff/" + erin).status()).isEqualTo(204);

        ApiClient.Response after = providerApi.get("/api/rosters/" + cohort);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.text()).doesNotContain("Erin").doesNotContain("Erased");
        assertThat(field(after.json(), "lastName")).containsExactly("Kept", null);
        JsonNode erased = after.json().get(1);
        assertThat(erased.path("enrolmentId").asString()).isEqualTo(erinSeat.toString());
        assertThat(erased.path("firstName").isNull()).isTrue();
        assertThat(erased.path("employerName").isNull()).isTrue();
    }

    // ---- helpers ----

    private UUID employer(String legalName) {
        Map<String, Object> body = MemberFixtures.employer(30);
        body.put("legalName", legalName);
        return MemberFixtures.created(admin.post("/api/organisations", body));
    }

    private UUID person(UUID employerId, String firstName, String lastName) {
        Map<String, Object> body = MemberFixtures.staff(
                employerId,
                firstName.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@employer.example");
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        return MemberFixtures.created(admin.post("/api/staff", body));
    }

    private ApiClient as(String role, UUID organisationId) {
        return new ApiClient(gateway).withToken(Callers.tokenFor(role, organisationId));
    }

    private UUID schedule(UUID providerId) {
        UUID cohort = UUID.randomUUID();
        LocalDate start = LocalDate.now().plusDays(20);
        curriculum(
                EventTypes.COHORT_SCHEDULED,
                cohort,
                new CohortScheduled(
                        cohort,
                        courseId,
                        UUID.randomUUID(),
                        organiser,
                        providerId,
                        start,
                        start.plusDays(4),
                        start.minusDays(30),
                        start.minusDays(3),
                        12,
                        2,
                        null,
                        new CohortCost(Pricing.PER_SEAT, 90_000, "EUR"),
                        CohortStatus.OPEN));
        return cohort;
    }

    private void cohortStatus(UUID cohort, UUID providerId, CohortStatus status, CohortStatus previous) {
        LocalDate start = LocalDate.now().plusDays(20);
        curriculum(
                EventTypes.COHORT_STATUS_CHANGED,
                cohort,
                new CohortStatusChanged(
                        cohort,
                        courseId,
                        UUID.randomUUID(),
                        organiser,
                        providerId,
                        start,
                        start.plusDays(4),
                        start.minusDays(30),
                        start.minusDays(3),
                        12,
                        2,
                        null,
                        new CohortCost(Pricing.PER_SEAT, 90_000, "EUR"),
                        status,
                        previous,
                        4));
    }

    private UUID confirm(UUID cohort, UUID staffId, UUID employerId) {
        UUID seat = UUID.randomUUID();
        curriculum(
                EventTypes.ENROLMENT_CONFIRMED,
                cohort,
                new EnrolmentConfirmed(
                        seat, cohort, courseId, staffId, employerId, EnrolmentStatus.CONFIRMED, null, null));
        return seat;
    }

    /** Publishes as curriculum-service's relay does: keyed by the cohort, the type in the header. */
    private void curriculum(String type, UUID cohort, Object payload) {
        EventEnvelope envelope = REGISTRY.envelope(type, cohort.toString(), "curriculum-service", payload);
        ProducerRecord<String, String> record =
                new ProducerRecord<>(Topics.CURRICULUM, envelope.aggregateId(), REGISTRY.toJson(envelope));
        record.headers().add(EventEnvelope.TYPE_HEADER, envelope.eventType().getBytes(StandardCharsets.UTF_8));
        kafka.send(record);
        kafka.flush();
    }

    /** The roster once the events have arrived: the cohort known and {@code size} seats on it. */
    private static JsonNode awaitRoster(ApiClient api, UUID cohort, int size) {
        await("roster of cohort " + cohort + " with " + size + " seats")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    ApiClient.Response response = api.get("/api/rosters/" + cohort);
                    return response.status() == 200 && response.json().size() == size;
                });
        return api.get("/api/rosters/" + cohort).json();
    }

    private static List<String> field(JsonNode roster, String name) {
        return roster.valueStream()
                .map(n -> n.path(name).isNull() ? null : n.path(name).asString())
                .toList();
    }

    private static List<List<String>> rows(JsonNode roster) {
        return roster.valueStream()
                .map(n -> List.of(
                        n.path("enrolmentId").asString(),
                        n.path("staffId").asString(),
                        n.path("firstName").asString(),
                        n.path("lastName").asString(),
                        n.path("employerName").asString(),
                        n.path("status").asString()))
                .toList();
    }

    private static List<String> row(UUID seat, UUID staff, String first, String last, String employer, String status) {
        return List.of(seat.toString(), staff.toString(), first, last, employer, status);
    }
}
