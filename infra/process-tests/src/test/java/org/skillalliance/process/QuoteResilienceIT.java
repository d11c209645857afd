package org.skillalliance.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.skillalliance.process.ProcessFixtures.id;
import static org.skillalliance.process.ProcessFixtures.organisation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.ServiceProcess;
import org.skillalliance.testsupport.TestKeycloak;
import tools.jackson.databind.JsonNode;

/**
 * member-, curriculum- and funding-service as real processes. An employer's quote for a seat carries funding's grant
 * offset; with funding-service killed the quote still answers, without the offset, and curriculum's circuit opens;
 * with funding-service back, quotes carry the offset again.
 *
 * <p>The services trust the test JVM's real Keycloak and are called with an alliance admin's token; the quote
 * forwards the caller's token to funding-service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteResilienceIT {

    ServiceProcess member;
    ServiceProcess funding;
    ServiceProcess curriculum;
    ApiClient members;
    ApiClient fundingApi;
    ApiClient curriculumApi;

    @BeforeAll
    void startServices() {
        member = Services.start("member-service");
        funding = Services.start("funding-service");
        // patient calls: this machine runs the whole build beside these services
        curriculum = Services.start(
                "curriculum-service",
                "skillalliance.funding.url=" + funding.baseUrl(),
                "skillalliance.funding.open-circuit-for=3s",
                "skillalliance.funding.call-timeout=3s",
                "skillalliance.funding.overall-timeout=8s");
        TestKeycloak keycloak = TestKeycloak.instance();
        String adminToken = keycloak.token(keycloak.createPerson("alliance-admin", null));
        members = new ApiClient(member.baseUrl()).withToken(adminToken);
        fundingApi = new ApiClient(funding.baseUrl()).withToken(adminToken);
        curriculumApi = new ApiClient(curriculum.baseUrl()).withToken(adminToken);
    }

    @AfterAll
    void stopServices() {
        for (ServiceProcess service : new ServiceProcess[] {curriculum, funding, member}) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    void theQuoteCarriesTheOffsetLosesItWhileFundingIsDownAndGetsItBack() {
        UUID association = id(members.post("/api/organisations", organisation("ASSOCIATION", null, null)));
        UUID funder = id(members.post("/api/organisations", organisation("FUNDER", null, null)));
        UUID employer = id(members.post("/api/organisations", organisation("EMPLOYER", "C25.62", 20)));
        UUID alliance = id(members.post(
                "/api/alliances",
                Map.of(
                        "name",
                        "Alliance " + UUID.randomUUID(),
                        "kind",
                        "SECTORAL",
                        "sectorCodes",
                        List.of("C25"),
                        "currency",
                        "EUR",
                        "coordinatorId",
                        association)));
        UUID membership = id(members.post(
                "/api/memberships",
                Map.of("allianceId", alliance, "organisationId", employer, "role", "MEMBER_EMPLOYER")));
        assertThat(members.post("/api/memberships/" + membership + "/activate").status())
                .isEqualTo(200);

        UUID skill = id(curriculumApi.post(
                "/api/skills",
                Map.of(
                        "code",
                        "CNC-" + UUID.randomUUID().toString().substring(0, 6),
                        "name",
                        "CNC milling",
                        "category",
                        "DIGITAL")));
        LocalDate today = LocalDate.now();
        UUID course = id(curriculumApi.post(
                "/api/courses",
                Map.of(
                        "allianceId",
                        alliance,
                        "code",
                        "CNC-" + UUID.randomUUID().toString().substring(0, 6),
                        "title",
                        "CNC milling",
                        "description",
                        "Three-axis milling",
                        "providerId",
                        UUID.randomUUID(),
                        "deliveryMode",
                        "BLENDED",
                        "hours",
                        16,
                        "skills",
                        List.of(Map.of("skillId", skill, "targetLevel", 2)),
                        "priorityTags",
                        List.of("DIGITAL"),
                        "credentialOffered",
                        "CNC Operator")));
        assertThat(curriculumApi.post("/api/courses/" + course + "/publish").status())
                .isEqualTo(200);
        UUID cohort = id(curriculumApi.post(
                "/api/cohorts",
                Map.of(
                        "courseId",
                        course,
                        "organiserId",
                        association,
                        "startDate",
                        today.plusDays(14).toString(),
                        "endDate",
                        today.plusDays(15).toString(),
                        "enrolmentOpens",
                        today.minusDays(1).toString(),
                        "enrolmentCloses",
                        today.plusDays(7).toString(),
                        "capacity",
                        10,
                        "minParticipants",
                        1,
                        "cost",
                        Map.of("pricing", "PER_SEAT", "amountMinor", 45_000, "currency", "EUR"))));
        assertThat(curriculumApi.post("/api/cohorts/" + cohort + "/open").status())
                .isEqualTo(200);

        UUID programme = id(fundingApi.post(
                "/api/programmes",
                Map.of(
                        "funderId",
                        funder,
                        "name",
                        "Digital skills",
                        "currency",
                        "EUR",
                        "budgetMinor",
                        1_000_000,
                        "periodStart",
                        today.minusMonths(1).toString(),
                        "periodEnd",
                        today.plusYears(1).toString(),
                        "eligibleAllianceIds",
                        List.of(alliance),
                        "requiredPriorityTags",
                        List.of("DIGITAL"),
                        "bandRules",
                        List.of(Map.of(
                                "sizeBand",
                                "SMALL",
                                "costRate",
                                0.5,
                                "wageSubsidyPerHourMinor",
                                0,
                                "minimumEmployerShare",
                                0.1)))));
        assertThat(fundingApi
                        .post("/api/programmes/" + programme + "/open", Map.of("funderId", funder))
                        .status())
                .isEqualTo(200);
        // funding-service learns of the employer, its membership and the cohort from events
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> fundingApi
                                .post(
                                        "/api/applications",
                                        Map.of(
                                                "programmeId",
                                                programme,
                                                "applicantId",
                                                employer,
                                                "applicantKind",
                                                "EMPLOYER",
                                                "requestedMinor",
                                                100_000,
                                                "currency",
                                                "EUR"))
                                .status()
                        == 201);
        UUID application = UUID.fromString(fundingApi
                .get("/api/applications?programmeId=" + programme)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString());
        assertThat(fundingApi
                        .post("/api/applications/" + application + "/review", Map.of("actorId", funder))
                        .status())
                .isEqualTo(200);
        assertThat(fundingApi
                        .post(
                                "/api/awards",
                                Map.of(
                                        "applicationId",
                                        application,
                                        "funderId",
                                        funder,
                                        "amountMinor",
                                        100_000,
                                        "currency",
                                        "EUR"))
                        .status())
                .isEqualTo(201);

        String quotePath = "/api/cohorts/" + cohort + "/quote?employerId=" + employer;
        // one seat of 45,000 x min(50 %, 1 - 10 %) = 22,500; no wage subsidy
        JsonNode withOffset = awaitKnownQuote(quotePath);
        assertThat(withOffset.path("grantOffset").path("expectedOffsetMinor").asLong())
                .isEqualTo(22_500);
        assertThat(withOffset.path("seatShareMinor").asLong()).isEqualTo(45_000);
        assertThat(withOffset.path("shareSource").asString()).isEqualTo("FUNDING");
        assertThat(withOffset.path("netMinor").asLong()).isEqualTo(22_500);

        funding.kill();
        JsonNode without = curriculumApi.get(quotePath).json();
        assertThat(without.path("grantOffset").path("known").asBoolean()).isFalse();
        assertThat(without.path("shareSource").asString()).isEqualTo("ESTIMATE");
        assertThat(without.path("seatShareMinor").asLong()).isEqualTo(45_000);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> curriculumApi
                        .get(quotePath)
                        .json()
                        .path("grantOffset")
                        .path("reason")
                        .asString()
                        .contains("circuit open"));

        funding.start();
        JsonNode again = awaitKnownQuote(quotePath);
        assertThat(again.path("grantOffset").path("expectedOffsetMinor").asLong())
                .isEqualTo(22_500);
    }

    private JsonNode awaitKnownQuote(String path) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonNode quote = curriculumApi.get(path).json();
                    assertThat(quote.path("grantOffset").path("known").asBoolean())
                            .as(quote.toString())
                            .isTrue();
                    assertThat(quote.path("grantOffset").path("awardId").isString())
                            .as(quote.toString())
                            .isTrue();
                });
        return curriculumApi.get(path).json();
    }
}
