package org.skillalliance.member.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.member.MemberFixtures.eventsOf;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipWithdrawn;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MembershipLifecycleIT {

    @LocalServerPort
    int port;

    ApiClient api;
    MemberFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = Callers.asAdmin(port);
        fixtures = new MemberFixtures(api);
    }

    @Test
    void aMembershipGoesThroughItsWholeLifecycleAndEveryStepIsAnnounced() {
        try (TopicRecorder topic = MemberFixtures.memberTopic()) {
            UUID association = fixtures.register("ASSOCIATION");
            UUID alliance = fixtures.createAlliance(association);
            UUID employer = fixtures.registerEmployer(40);
            UUID membership = fixtures.apply(alliance, employer, "MEMBER_EMPLOYER");
            assertThat(api.get("/api/memberships/" + membership)
                            .json()
                            .path("status")
                            .asString())
                    .isEqualTo("APPLIED");

            assertThat(status(api.post("/api/memberships/" + membership + "/activate")))
                    .isEqualTo("ACTIVE");
            assertThat(status(api.post("/api/memberships/" + membership + "/suspend")))
                    .isEqualTo("SUSPENDED");
            assertThat(status(api.post("/api/memberships/" + membership + "/activate")))
                    .isEqualTo("ACTIVE");
            ApiClient.Response withdrawn = api.post("/api/memberships/" + membership + "/withdraw");
            assertThat(status(withdrawn)).isEqualTo("WITHDRAWN");
            assertThat(withdrawn.json().path("joinedOn").isNull()).isFalse();
            assertThat(withdrawn.json().path("leftOn").isNull()).isFalse();

            List<EventEnvelope> events = eventsOf(topic, membership, 5);
            assertThat(events)
                    .extracting(EventEnvelope::eventType)
                    .containsExactly(
                            "MembershipApplied",
                            "MembershipActivated",
                            "MembershipSuspended",
                            "MembershipActivated",
                            "MembershipWithdrawn");
            MembershipActivated activated = MemberFixtures.registry().payload(events.get(1), MembershipActivated.class);
            assertThat(activated.allianceId()).isEqualTo(alliance);
            assertThat(activated.organisationId()).isEqualTo(employer);
            assertThat(MemberFixtures.registry()
                            .payload(events.get(4), MembershipWithdrawn.class)
                            .leftOn())
                    .isNotNull();

            AllianceCreated created = MemberFixtures.registry()
                    .payload(eventsOf(topic, alliance, 1).getFirst(), AllianceCreated.class);
            assertThat(created.coordinatorId()).isEqualTo(association);
            assertThat(created.currency()).isEqualTo("EUR");
        }
    }

    @Test
    void anIllegalTransitionAnswers409NamingTheCurrentState() {
        UUID alliance = fixtures.createAlliance(fixtures.register("ASSOCIATION"));
        UUID employer = fixtures.registerEmployer(8);
        UUID membership = fixtures.apply(alliance, employer, "MEMBER_EMPLOYER");

        ApiClient.Response suspendApplicant = api.post("/api/memberships/" + membership + "/suspend");
        assertThat(suspendApplicant.status()).isEqualTo(409);
        assertThat(suspendApplicant.json().path("currentState").asString()).isEqualTo("APPLIED");
        assertThat(suspendApplicant.json().path("detail").asString()).contains("it is APPLIED");

        assertThat(status(api.post("/api/memberships/" + membership + "/reject")))
                .isEqualTo("REJECTED");
        ApiClient.Response activateRejected = api.post("/api/memberships/" + membership + "/activate");
        assertThat(activateRejected.status()).isEqualTo(409);
        assertThat(activateRejected.json().path("currentState").asString()).isEqualTo("REJECTED");

        // a rejected applicant may apply again
        UUID second = fixtures.apply(alliance, employer, "MEMBER_EMPLOYER");
        api.post("/api/memberships/" + second + "/activate");
        api.post("/api/memberships/" + second + "/withdraw");
        assertThat(api.post("/api/memberships/" + second + "/withdraw")
                        .json()
                        .path("currentState")
                        .asString())
                .isEqualTo("WITHDRAWN");
        assertThat(api.post("/api/memberships/" + UUID.randomUUID() + "/activate")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void applicationsThatBreakARuleAreRefused() {
        UUID alliance = fixtures.createAlliance(fixtures.register("ASSOCIATION"));
        UUID provider = fixtures.register("TRAINING_PROVIDER");
        UUID employer = fixtures.registerEmployer(20);

        ApiClient.Response wrongRole = api.post(
                "/api/memberships",
                Map.of("allianceId", alliance, "organisationId", provider, "role", "MEMBER_EMPLOYER"));
        assertThat(wrongRole.status()).isEqualTo(422);
        assertThat(wrongRole.fieldErrors()).containsKey("role");

        fixtures.apply(alliance, employer, "MEMBER_EMPLOYER");
        ApiClient.Response twice = api.post(
                "/api/memberships",
                Map.of("allianceId", alliance, "organisationId", employer, "role", "MEMBER_EMPLOYER"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.fieldErrors()).containsKey("organisationId");

        ApiClient.Response noAlliance = api.post(
                "/api/memberships",
                Map.of("allianceId", UUID.randomUUID(), "organisationId", employer, "role", "MEMBER_EMPLOYER"));
        assertThat(noAlliance.status()).isEqualTo(422);
        assertThat(noAlliance.fieldErrors()).containsKey("allianceId");

        ApiClient.Response missing = api.post("/api/memberships", Map.of("role", "FUNDER"));
        assertThat(missing.fieldErrors()).containsKeys("allianceId", "organisationId");

        ApiClient.Response noCoordinator =
                api.post("/api/alliances", Map.of("name", "Bad", "kind", "REGIONAL", "currency", "EUR"));
        assertThat(noCoordinator.status()).isEqualTo(400);
        assertThat(noCoordinator.fieldErrors()).containsKey("coordinatorId");
        ApiClient.Response badCurrency = api.post(
                "/api/alliances",
                Map.of(
                        "name",
                        "Bad",
                        "kind",
                        "SECTORAL",
                        "currency",
                        "EUX",
                        "sectorCodes",
                        java.util.List.of("C25", "Z99"),
                        "coordinatorId",
                        fixtures.register("ASSOCIATION")));
        assertThat(badCurrency.status()).isEqualTo(400);
        assertThat(badCurrency.fieldErrors())
                .containsEntry("currency", "'EUX' is not an ISO 4217 currency code")
                .containsEntry("sectorCodes[1]", "'Z99' is not a NACE Rev. 2 code");

        ApiClient.Response employerCoordinates = api.post(
                "/api/alliances",
                Map.of("name", "Odd", "kind", "REGIONAL", "currency", "EUR", "coordinatorId", employer));
        assertThat(employerCoordinates.status()).isEqualTo(422);
        assertThat(employerCoordinates.fieldErrors()).containsKey("coordinatorId");

        ApiClient.Response list = api.get("/api/memberships?allianceId=" + alliance + "&status=APPLIED");
        assertThat(list.json().path("items")).hasSize(1);
    }

    private static String status(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("status").asString();
    }
}
