package org.skillalliance.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.CohortCost;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatus;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentStatus;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.AuthorisationMatrix;
import org.skillalliance.testsupport.AuthorisationMatrix.Call;
import org.skillalliance.testsupport.AuthorisationMatrix.Expected;
import org.skillalliance.testsupport.AuthorisationMatrix.Row;
import org.skillalliance.testsupport.AuthorisationMatrix.Tenant;
import org.skillalliance.testsupport.AuthorisationMatrix.Who;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.IssuerCheck;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every endpoint of member-service, called through the real gateway by every kind of caller with real Keycloak tokens: each role acting for the
 * organisation that owns the objects (tenant 1), the same role for a second organisation (tenant 2), a learner of the
 * tenant-1 employer, no token and an expired admin token. Every cell checks the status, that nothing was changed by a
 * refused call, and that no body shows tenant 1's personal data or memberships to anyone who may not see them.
 *
 * <p>The rules are those of docs/security.md.
 */
@RealInfrastructure(keycloak = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    /** Tenant 1's personal data: a staff member's surname and email domain, never to be shown to outsiders. */
    static final String SECRET_NAME = "Secretia";

    static final String SECRET_DOMAIN = "tenant-one.example";

    /** No curriculum-service here: a learner's export meets a closed port (503), whatever else runs on the machine. */
    @DynamicPropertySource
    static void noCurriculumService(DynamicPropertyRegistry registry) {
        registry.add("skillalliance.curriculum.url", () -> {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                return "http://127.0.0.1:" + socket.getLocalPort();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @LocalServerPort
    int port;
    /** The real gateway in front of this service: every cell goes through the door clients use. */
    String gateway;

    /** The callers and their tokens, fetched again before they expire: the matrix outlasts a token's 5 minutes. */
    AuthorisationMatrix matrix;

    UUID association1, association2, employer1, employer2, provider1, provider2, funder1, funder2;
    UUID alliance1, alliance2, membership1, membership2, staff1, staff2, learnerStaff;
    Map<String, Object> staff1Body;
    UUID cohort1;
    UUID machineClient1;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @BeforeAll
    void world() {
        matrix = AuthorisationMatrix.inFrontOf(
                        "member-service", port, EnumSet.complementOf(EnumSet.of(Who.FUNDER_SYSTEM)))
                .expiredTokenShownOn("/api/alliances");

        association1 = fixtures().register("ASSOCIATION");
        association2 = fixtures().register("ASSOCIATION");
        employer1 = fixtures().registerEmployer(30);
        employer2 = fixtures().registerEmployer(30);
        provider1 = fixtures().register("TRAINING_PROVIDER");
        provider2 = fixtures().register("TRAINING_PROVIDER");
        funder1 = fixtures().register("FUNDER");
        funder2 = fixtures().register("FUNDER");
        alliance1 = fixtures().createAlliance(association1);
        alliance2 = fixtures().createAlliance(association2);
        membership1 = fixtures().apply(alliance1, employer1, "MEMBER_EMPLOYER");
        // an active member: association 1's coordinator may then invite employer 1's people
        assertThat(admin().post("/api/memberships/" + membership1 + "/activate").status())
                .isEqualTo(200);
        membership2 = fixtures().apply(alliance2, employer2, "MEMBER_EMPLOYER");
        staff1Body = secretStaff(employer1);
        staff1 = MemberFixtures.created(admin().post("/api/staff", staff1Body));
        staff2 = fixtures().registerStaff(employer2, "someone@tenant-two.example");

        // the learner's login is linked to a staff record of employer 1 (not the secret one), as an invitation links it
        learnerStaff = fixtures().registerStaff(employer1, "learner@matrix-learner.example");
        matrix.tenants(
                new Tenant(association1, employer1, provider1, funder1, learnerStaff),
                new Tenant(association2, employer2, provider2, funder2, null));
        gateway = matrix.door();
        machineClient1 = newMachineClient();
    }

    /** A token the realm signed but that names another issuer (the realm under another host name): 401 at both doors. */
    @Test
    void aTokenOfTheRealmNamingAnotherIssuerIsRefusedByTheGatewayAndTheService() {
        IssuerCheck.assertAnotherIssuerIsRefused(gateway, port, "/api/alliances");
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheRulesSay() {
        matrix.check(endpoints(), (softly, cell) -> {
            Who who = cell.who();
            boolean rosterOfOwnCohort = cell.row().name().startsWith("GET /api/rosters/") && who == Who.PROVIDER;
            if (who != Who.ADMIN && who != Who.MEMBER_ADMIN && !rosterOfOwnCohort) {
                softly.assertThat(cell.response().text())
                        .as(cell.name() + " shows no personal data of tenant 1")
                        .doesNotContain(SECRET_NAME)
                        .doesNotContain(SECRET_DOMAIN);
            }
        });
    }

    @Test
    void filtersNamingAnotherTenantFindNothing() {
        ApiClient memberAdmin2 = matrix.as(Who.MEMBER_ADMIN_2);
        ApiClient.Response staff = memberAdmin2.get("/api/staff?employerId=" + employer1);
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.json().path("items")).isEmpty();
        assertThat(staff.json().path("totalItems").asLong()).isZero();
        assertThat(memberAdmin2
                        .get("/api/memberships?organisationId=" + employer1)
                        .json()
                        .path("items"))
                .isEmpty();
        assertThat(ids(memberAdmin2.get("/api/staff?employerId=" + employer2))).containsExactly(staff2.toString());

        assertThat(ids(matrix.as(Who.COORDINATOR_2).get("/api/memberships?allianceId=" + alliance1)))
                .isEmpty();
        assertThat(ids(matrix.as(Who.COORDINATOR).get("/api/memberships?allianceId=" + alliance1)))
                .contains(membership1.toString());
        assertThat(ids(matrix.as(Who.MEMBER_ADMIN).get("/api/memberships?organisationId=" + employer1)))
                .contains(membership1.toString());

        // a member-admin whose token names no organisation acts for none
        ApiClient nobody = new ApiClient(gateway).withToken(Callers.tokenFor("member-admin", null));
        assertThat(nobody.get("/api/staff").json().path("items")).isEmpty();
        assertThat(nobody.get("/api/staff/" + staff1).status()).isEqualTo(404);
        assertThat(nobody.get("/api/memberships").json().path("items")).isEmpty();
    }

    @Test
    void anOrganisationAppliesAndWithdrawsItselfButOnlyItsAlliancesCoordinatorAdmitsIt() {
        UUID alliance = fixtures().createAlliance(association1);
        ApiClient provider = matrix.as(Who.PROVIDER);
        UUID membership = MemberFixtures.created(provider.post(
                "/api/memberships", Map.of("allianceId", alliance, "organisationId", provider1, "role", "PROVIDER")));
        assertThat(provider.post("/api/memberships/" + membership + "/activate").status())
                .isEqualTo(403);
        assertThat(matrix.as(Who.COORDINATOR_2)
                        .post("/api/memberships/" + membership + "/activate")
                        .status())
                .isEqualTo(404);
        assertThat(matrix.as(Who.COORDINATOR)
                        .post("/api/memberships/" + membership + "/activate")
                        .status())
                .isEqualTo(200);
        assertThat(matrix.as(Who.PROVIDER_2)
                        .get("/api/memberships/" + membership)
                        .status())
                .isEqualTo(404);
        assertThat(matrix.as(Who.PROVIDER_2)
                        .post("/api/memberships/" + membership + "/withdraw")
                        .status())
                .isEqualTo(404);
        ApiClient.Response withdrawn = provider.post("/api/memberships/" + membership + "/withdraw");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");

        // a coordinator of another association may not apply on a stranger's behalf to a stranger's alliance
        assertThat(matrix.as(Who.COORDINATOR_2)
                        .post(
                                "/api/memberships",
                                Map.of("allianceId", alliance, "organisationId", provider1, "role", "PROVIDER"))
                        .status())
                .isEqualTo(403);
    }

    // ---- the endpoints and what each caller gets ----

    private List<Row> endpoints() {
        List<Row> endpoints = new ArrayList<>();
        Expected readable = Expected.otherwise(200);

        endpoints.add(new Row(
                "POST /api/alliances",
                () -> new Call("POST", "/api/alliances", alliance(association1), null),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.COORDINATOR),
                null));
        endpoints.add(new Row("GET /api/alliances", () -> Call.get("/api/alliances"), readable, null));
        endpoints.add(
                new Row("GET /api/alliances/{id}", () -> Call.get("/api/alliances/" + alliance1), readable, null));

        endpoints.add(new Row(
                "POST /api/organisations",
                () -> new Call("POST", "/api/organisations", MemberFixtures.employer(12), null),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.COORDINATOR, Who.COORDINATOR_2),
                null));
        endpoints.add(new Row("GET /api/organisations", () -> Call.get("/api/organisations"), readable, null));
        endpoints.add(new Row(
                "GET /api/organisations/{id}", () -> Call.get("/api/organisations/" + employer1), readable, null));
        endpoints.add(new Row(
                "PUT /api/organisations/{id}",
                () -> new Call(
                        "PUT",
                        "/api/organisations/" + employer1,
                        Map.of(
                                "legalName",
                                "Müller Feinmechanik GmbH",
                                "region",
                                "DE21",
                                "sectorCode",
                                "C25.62",
                                "headcount",
                                30),
                        null),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN),
                null));

        endpoints.add(new Row(
                "POST /api/memberships",
                () -> new Call(
                        "POST",
                        "/api/memberships",
                        Map.of(
                                "allianceId",
                                fixtures().createAlliance(association1),
                                "organisationId",
                                employer1,
                                "role",
                                "MEMBER_EMPLOYER"),
                        null),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN),
                null));
        endpoints.add(new Row(
                "GET /api/memberships",
                () -> Call.get("/api/memberships?size=200"),
                Expected.otherwise(200).and(403, Who.LEARNER),
                (softly, who, response) -> {
                    List<String> ids = ids(response);
                    boolean insider = who == Who.ADMIN || who == Who.COORDINATOR || who == Who.MEMBER_ADMIN;
                    softly.assertThat(ids.contains(membership1.toString()))
                            .as("GET /api/memberships as " + who + " shows tenant 1's membership")
                            .isEqualTo(insider);
                    boolean tenant2 = who == Who.ADMIN || who == Who.COORDINATOR_2 || who == Who.MEMBER_ADMIN_2;
                    softly.assertThat(ids.contains(membership2.toString()))
                            .as("GET /api/memberships as " + who + " shows tenant 2's membership")
                            .isEqualTo(tenant2);
                    if (!insider) {
                        softly.assertThat(response.json()
                                        .path("items")
                                        .valueStream()
                                        .map(m -> m.path("organisationId").asString()))
                                .as("GET /api/memberships as " + who)
                                .doesNotContain(employer1.toString());
                    }
                }));
        endpoints.add(new Row(
                "GET /api/memberships/{id}",
                () -> Call.get("/api/memberships/" + membership1),
                Expected.otherwise(404)
                        .and(200, Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN)
                        .and(403, Who.LEARNER),
                null));
        Expected coordinatorsCall =
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR).and(404, Who.COORDINATOR_2);
        endpoints.add(new Row(
                "POST /api/memberships/{id}/activate", () -> transition(false, "activate"), coordinatorsCall, null));
        endpoints.add(new Row(
                "POST /api/memberships/{id}/reject", () -> transition(false, "reject"), coordinatorsCall, null));
        endpoints.add(new Row(
                "POST /api/memberships/{id}/suspend", () -> transition(true, "suspend"), coordinatorsCall, null));
        endpoints.add(new Row(
                "POST /api/memberships/{id}/withdraw",
                () -> transition(true, "withdraw"),
                Expected.otherwise(404)
                        .and(200, Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN)
                        .and(403, Who.LEARNER),
                null));

        Expected staffAdmins =
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2);
        endpoints.add(new Row(
                "POST /api/staff",
                () -> new Call("POST", "/api/staff", secretStaff(employer1), null),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.MEMBER_ADMIN),
                null));
        endpoints.add(new Row(
                "GET /api/staff",
                () -> Call.get("/api/staff?size=200"),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN, Who.MEMBER_ADMIN_2),
                (softly, who, response) -> {
                    List<String> ids = ids(response);
                    softly.assertThat(ids.contains(staff1.toString()))
                            .as("GET /api/staff as " + who + " shows tenant 1's")
                            .isEqualTo(who != Who.MEMBER_ADMIN_2);
                    softly.assertThat(ids.contains(staff2.toString()))
                            .as("GET /api/staff as " + who + " shows tenant 2's")
                            .isEqualTo(who != Who.MEMBER_ADMIN);
                }));
        endpoints.add(new Row("GET /api/staff/{id}", () -> Call.get("/api/staff/" + staff1), staffAdmins, null));
        endpoints.add(new Row(
                "PUT /api/staff/{id}",
                () -> new Call("PUT", "/api/staff/" + staff1, staffUpdate(), staffProbe(staff1)),
                staffAdmins,
                null));
        endpoints.add(new Row(
                "DELETE /api/staff/{id}",
                () -> {
                    UUID fresh = MemberFixtures.created(admin().post("/api/staff", secretStaff(employer1)));
                    return new Call("DELETE", "/api/staff/" + fresh, null, staffProbe(fresh));
                },
                Expected.otherwise(403).and(204, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2),
                null));
        endpoints.add(new Row(
                "POST /api/staff/{id}/leave",
                () -> {
                    UUID fresh = MemberFixtures.created(admin().post("/api/staff", secretStaff(employer1)));
                    return new Call(
                            "POST",
                            "/api/staff/" + fresh + "/leave",
                            Map.of("employmentEnd", "2025-06-30"),
                            staffProbe(fresh));
                },
                staffAdmins,
                null));
        endpoints.add(new Row(
                "POST /api/staff/import",
                () -> new Call(
                        "UPLOAD",
                        "/api/staff/import?employerId=" + employer1,
                        """
                first_name,last_name,email,employment_start
                Imogen,%s,imogen@%s,2022-01-10
                """.formatted(SECRET_NAME, SECRET_DOMAIN),
                        null),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN),
                null));

        // invitations create Keycloak users: a refused call must leave none behind
        endpoints.add(new Row(
                "POST /api/organisations/{id}/invitations",
                () -> {
                    String username = MemberFixtures.uniqueUsername("matrix");
                    Map<String, Object> learner = MemberFixtures.invitation(username, "learner");
                    learner.put("staffId", MemberFixtures.created(admin().post("/api/staff", secretStaff(employer1))));
                    return new Call(
                            "POST",
                            "/api/organisations/" + employer1 + "/invitations",
                            learner,
                            () -> TestKeycloak.instance().findUser(username).isPresent() ? "created" : "absent");
                },
                Expected.otherwise(403)
                        .and(201, Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN)
                        .and(404, Who.COORDINATOR_2, Who.MEMBER_ADMIN_2),
                null));

        // machine clients (Keycloak clients with a secret): funder 1's, for its own funder and admins only; the
        // coordinators act for associations, so funder 1 is not theirs (404); tests delete the Keycloak clients after
        Expected fundersOwn = Expected.otherwise(403).and(404, Who.FUNDER_2, Who.COORDINATOR, Who.COORDINATOR_2);
        Supplier<String> machineClientsProbe =
                () -> admin().get(machineClients()).text();
        endpoints.add(new Row(
                "POST /api/organisations/{id}/api-clients",
                () -> new Call(
                        "POST", machineClients(), Map.of("name", "matrix " + UUID.randomUUID()), machineClientsProbe),
                fundersOwn.and(201, Who.ADMIN, Who.FUNDER),
                null));
        endpoints.add(new Row(
                "GET /api/organisations/{id}/api-clients",
                () -> new Call("GET", machineClients(), null, null),
                fundersOwn.and(200, Who.ADMIN, Who.FUNDER),
                null));
        endpoints.add(new Row(
                "POST /api/organisations/{id}/api-clients/{id}/rotate-secret",
                () -> new Call(
                        "POST",
                        machineClients() + "/" + machineClient1 + "/rotate-secret",
                        Map.of("gracePeriodSeconds", 0),
                        machineClientsProbe),
                fundersOwn.and(200, Who.ADMIN, Who.FUNDER),
                null));
        endpoints.add(new Row(
                "DELETE /api/organisations/{id}/api-clients/{id}",
                () -> new Call("DELETE", machineClients() + "/" + newMachineClient(), null, machineClientsProbe),
                fundersOwn.and(204, Who.ADMIN, Who.FUNDER),
                null));
        endpoints.add(new Row(
                "GET /api/organisations/{id}/api-client-audit",
                () -> new Call("GET", "/api/organisations/" + funder1 + "/api-client-audit", null, null),
                fundersOwn.and(200, Who.ADMIN, Who.FUNDER),
                null));

        // notifications: a person's own; member-admins read their organisation's, learners (linked to a staff record)
        // their own, nobody else has any
        Expected ownNotifications = Expected.otherwise(403).and(200, Who.MEMBER_ADMIN, Who.MEMBER_ADMIN_2, Who.LEARNER);
        endpoints.add(new Row(
                "GET /api/notifications",
                () -> Call.get("/api/notifications"),
                ownNotifications,
                (softly, who, response) -> softly.assertThat(
                                response.json().path("items").isEmpty())
                        .as("GET /api/notifications as " + who + " is empty")
                        .isEqualTo(who == Who.MEMBER_ADMIN_2 || who == Who.LEARNER)));
        endpoints.add(new Row(
                "GET /api/notifications/preferences",
                () -> Call.get("/api/notifications/preferences"),
                ownNotifications,
                null));
        endpoints.add(new Row(
                "PUT /api/notifications/preferences",
                () -> new Call("PUT", "/api/notifications/preferences", Map.of("muted", List.of()), null),
                ownNotifications,
                null));
        endpoints.add(new Row(
                "POST /api/notifications/{id}/read",
                () -> new Call("POST", "/api/notifications/" + employerOnesNotification() + "/read", null, null),
                Expected.otherwise(403).and(200, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2, Who.LEARNER),
                null));

        // rosters: the names in a cohort for its provider only (provider 1's cohort, a seat held by staff member 1)
        endpoints.add(new Row(
                "GET /api/rosters/{cohortId}",
                () -> Call.get("/api/rosters/" + providerOnesCohort()),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.PROVIDER).and(404, Who.PROVIDER_2),
                (softly, who, response) -> softly.assertThat(
                                response.json().path(0).path("staffId").asString())
                        .as("GET /api/rosters/{cohortId} as " + who + " shows the seat")
                        .isEqualTo(staff1.toString())));

        // learner self-service (/api/me): only a learner linked to a staff record, about that record; no endpoint
        // takes a person's id, so nobody can name another's. The export needs curriculum-service, which does not run
        // here: the learner's call passes every check and meets 503 (LearnerExportIT exports with it running).
        Expected ownSelf = Expected.otherwise(403).and(200, Who.LEARNER);
        endpoints.add(new Row(
                "GET /api/me/consents",
                () -> Call.get("/api/me/consents"),
                ownSelf,
                (softly, who, response) -> softly.assertThat(
                                response.json().get(0).path("purpose").asString())
                        .as("GET /api/me/consents as " + who)
                        .isEqualTo("OUTCOME_REPORTING")));
        endpoints.add(new Row(
                "POST /api/me/consents",
                () -> new Call(
                        "POST",
                        "/api/me/consents",
                        Map.of("purpose", "OUTCOME_REPORTING", "given", true, "textVersion", "2026-12"),
                        staffProbe(learnerStaff)),
                ownSelf,
                null));
        endpoints.add(new Row(
                "GET /api/me/export",
                () -> Call.get("/api/me/export"),
                Expected.otherwise(403).and(503, Who.LEARNER),
                null));
        return endpoints;
    }

    /**
     * A cohort of provider 1 in which staff member 1 holds a seat, published as curriculum-service publishes it and
     * awaited until member-service has read it.
     */
    private UUID providerOnesCohort() {
        if (cohort1 == null) {
            UUID cohort = UUID.randomUUID();
            UUID course = UUID.randomUUID();
            LocalDate start = LocalDate.now().plusDays(20);
            curriculum(
                    EventTypes.COHORT_SCHEDULED,
                    cohort,
                    new CohortScheduled(
                            cohort,
                            course,
                            alliance1,
                            association1,
                            provider1,
                            start,
                            start.plusDays(4),
                            start.minusDays(30),
                            start.minusDays(3),
                            12,
                            2,
                            null,
                            new CohortCost(Pricing.PER_SEAT, 90_000, "EUR"),
                            CohortStatus.OPEN));
            curriculum(
                    EventTypes.ENROLMENT_CONFIRMED,
                    cohort,
                    new EnrolmentConfirmed(
                            UUID.randomUUID(),
                            cohort,
                            course,
                            staff1,
                            employer1,
                            EnrolmentStatus.CONFIRMED,
                            null,
                            null));
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> admin().get("/api/rosters/" + cohort).json().size() == 1);
            cohort1 = cohort;
        }
        return cohort1;
    }

    private void curriculum(String type, UUID cohort, Object payload) {
        EventEnvelope envelope =
                MemberFixtures.registry().envelope(type, cohort.toString(), "curriculum-service", payload);
        ProducerRecord<String, String> record = new ProducerRecord<>(
                Topics.CURRICULUM,
                envelope.aggregateId(),
                MemberFixtures.registry().toJson(envelope));
        record.headers().add(EventEnvelope.TYPE_HEADER, envelope.eventType().getBytes(StandardCharsets.UTF_8));
        kafka.send(record);
        kafka.flush();
    }

    /** The notification employer 1's member-admins got when membership 1 was admitted (it arrives over Kafka). */
    private String employerOnesNotification() {
        ApiClient memberAdmin = matrix.as(Who.MEMBER_ADMIN);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !memberAdmin
                        .get("/api/notifications")
                        .json()
                        .path("items")
                        .isEmpty());
        return memberAdmin
                .get("/api/notifications")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
    }

    /** A fresh membership of employer 1 in a fresh alliance of association 1, applied (or already active). */
    private Call transition(boolean active, String action) {
        UUID membership = fixtures().apply(fixtures().createAlliance(association1), employer1, "MEMBER_EMPLOYER");
        if (active) {
            assertThat(admin().post("/api/memberships/" + membership + "/activate")
                            .status())
                    .isEqualTo(200);
        }
        return new Call(
                "POST",
                "/api/memberships/" + membership + "/" + action,
                null,
                () -> admin().get("/api/memberships/" + membership)
                        .json()
                        .path("status")
                        .asString());
    }

    private Supplier<String> staffProbe(UUID id) {
        return () -> admin().get("/api/staff/" + id).text().replaceAll("\"updatedAt\":\"[^\"]*\"", "");
    }

    private static Map<String, Object> secretStaff(UUID employer) {
        Map<String, Object> body = MemberFixtures.staff(
                employer, "s-" + UUID.randomUUID().toString().substring(0, 8) + "@" + SECRET_DOMAIN);
        body.put("lastName", SECRET_NAME);
        return body;
    }

    /** Staff member 1's details as they are: a PUT that changes nothing, so every cell finds the same record. */
    private Map<String, Object> staffUpdate() {
        Map<String, Object> body = new HashMap<>(staff1Body);
        body.remove("employerId");
        return body;
    }

    private static Map<String, Object> alliance(UUID coordinator) {
        return Map.of(
                "name",
                "Matrix Alliance " + UUID.randomUUID(),
                "kind",
                "REGIONAL",
                "currency",
                "EUR",
                "coordinatorId",
                coordinator);
    }

    private String machineClients() {
        return "/api/organisations/" + funder1 + "/api-clients";
    }

    /** A new machine client of funder 1, registered by the admin. */
    private UUID newMachineClient() {
        return MemberFixtures.created(admin().post(machineClients(), Map.of("name", "matrix " + UUID.randomUUID())));
    }

    /** Every Keycloak client the matrix made (their ids are in member-service's table) is deleted again. */
    @AfterAll
    void deleteTheMachineClientsFromKeycloak() {
        jdbc.sql("select client_id from api_client")
                .query(String.class)
                .list()
                .forEach(TestKeycloak.instance()::deleteClient);
    }

    /** The service as an alliance admin, with a token that is valid now. */
    private ApiClient admin() {
        return Callers.asAdmin(port);
    }

    private MemberFixtures fixtures() {
        return new MemberFixtures(admin());
    }

    private static List<String> ids(ApiClient.Response response) {
        return response.json()
                .path("items")
                .valueStream()
                .map(n -> n.path("id").asString())
                .toList();
    }
}
