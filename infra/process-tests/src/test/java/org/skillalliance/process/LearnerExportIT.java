package org.skillalliance.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.skillalliance.process.ProcessFixtures.id;
import static org.skillalliance.process.ProcessFixtures.organisation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
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
 * A learner downloads everything held about them (issue 18): member- and curriculum-service as real processes, two
 * learners of the same employer with real Keycloak tokens linked to their staff records. The export holds the
 * learner's staff record, consent history, enrolments (with a waitlist position), credential and skill records, and
 * nothing of the colleague; after erasure it answers 410 and shows nothing personal; with curriculum-service gone it
 * answers 503 rather than a part of the export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnerExportIT {

    ServiceProcess member;
    ServiceProcess curriculum;
    ApiClient members;
    ApiClient curriculumApi;

    @BeforeAll
    void startServices() {
        curriculum = Services.start("curriculum-service");
        member = Services.start(
                "member-service",
                "skillalliance.curriculum.url=" + curriculum.baseUrl(),
                "resilience4j.retry.instances.curriculum.max-attempts=1");
        TestKeycloak keycloak = TestKeycloak.instance();
        String adminToken = keycloak.token(keycloak.createPerson("alliance-admin", null));
        members = new ApiClient(member.baseUrl()).withToken(adminToken);
        curriculumApi = new ApiClient(curriculum.baseUrl()).withToken(adminToken);
    }

    @AfterAll
    void stopServices() {
        for (ServiceProcess service : new ServiceProcess[] {member, curriculum}) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    void theExportHoldsTheLearnersOwnDataOnlyAndNothingPersonalAfterErasure() {
        UUID association = id(members.post("/api/organisations", organisation("ASSOCIATION", null, null)));
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
        UUID ada = id(members.post("/api/staff", staff(employer, "Ada", "ada.export@example.org")));
        UUID ben = id(members.post("/api/staff", staff(employer, "Benedikt", "ben.export@example.org")));

        UUID skill = id(curriculumApi.post(
                "/api/skills",
                Map.of(
                        "code",
                        "WLD-" + UUID.randomUUID().toString().substring(0, 6),
                        "name",
                        "Welding",
                        "category",
                        "DIGITAL")));
        UUID provider = UUID.randomUUID();
        UUID course = id(curriculumApi.post(
                "/api/courses",
                Map.of(
                        "allianceId",
                        alliance,
                        "code",
                        "WLD-" + UUID.randomUUID().toString().substring(0, 6),
                        "title",
                        "Welding basics",
                        "description",
                        "MIG welding",
                        "providerId",
                        provider,
                        "deliveryMode",
                        "BLENDED",
                        "hours",
                        16,
                        "skills",
                        List.of(Map.of("skillId", skill, "targetLevel", 2)),
                        "priorityTags",
                        List.of("DIGITAL"),
                        "credentialOffered",
                        "Welder")));
        assertThat(curriculumApi.post("/api/courses/" + course + "/publish").status())
                .isEqualTo(200);
        LocalDate today = LocalDate.now();
        UUID running = cohort(course, association, today, 5);
        UUID full = cohort(course, association, today.plusDays(14), 1);

        // curriculum-service learns of the membership and the staff from member-service's events
        UUID adaRunning = enrol(running, employer, ada);
        UUID benRunning = enrol(running, employer, ben);
        UUID benFull = enrol(full, employer, ben);
        UUID adaWaiting = enrol(full, employer, ada);
        assertThat(curriculumApi.post("/api/cohorts/" + running + "/start").status())
                .isEqualTo(200);
        for (UUID enrolment : List.of(adaRunning, benRunning)) {
            ApiClient.Response outcome = curriculumApi.post(
                    "/api/enrolments/" + enrolment + "/outcome",
                    Map.of(
                            "providerId",
                            provider,
                            "outcome",
                            "COMPLETED",
                            "attendedHours",
                            16,
                            "preScore",
                            40,
                            "postScore",
                            80,
                            "credentialAwarded",
                            true));
            assertThat(outcome.status()).as(outcome.toString()).isEqualTo(200);
        }
        for (UUID person : List.of(ada, ben)) {
            ApiClient.Response rating = curriculumApi.post(
                    "/api/skills/records",
                    Map.of("staffId", person, "skillId", skill, "level", 3, "source", "MANAGER"));
            assertThat(rating.status()).as(rating.toString()).isEqualTo(201);
        }

        ApiClient adaLearner = learner(employer, ada);
        ApiClient benLearner = learner(employer, ben);
        assertThat(adaLearner
                        .post("/api/me/consents", Map.of("purpose", "OUTCOME_REPORTING", "given", false))
                        .status())
                .isEqualTo(200);

        ApiClient.Response export = adaLearner.get("/api/me/export");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Disposition"))
                .startsWith("attachment")
                .contains(".json");
        JsonNode document = export.json();
        assertThat(document.path("staff").path("id").asString()).isEqualTo(ada.toString());
        assertThat(document.path("staff").path("email").asString()).isEqualTo("ada.export@example.org");
        assertThat(document.path("staff").path("consentToReporting").asBoolean())
                .isFalse();
        assertThat(document.path("employer").path("id").asString()).isEqualTo(employer.toString());
        assertThat(document.path("consentHistory")
                        .valueStream()
                        .map(e -> e.path("recordedBy").asString() + " "
                                + e.path("given").asBoolean())
                        .toList())
                .containsExactly("EMPLOYER true", "LEARNER false");
        assertThat(document.path("enrolments")
                        .valueStream()
                        .map(e -> e.path("id").asString())
                        .toList())
                .containsExactlyInAnyOrder(adaRunning.toString(), adaWaiting.toString());
        JsonNode waiting = document.path("enrolments")
                .valueStream()
                .filter(e -> e.path("id").asString().equals(adaWaiting.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(waiting.path("status").asString()).isEqualTo("WAITLISTED");
        assertThat(waiting.path("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(document.path("credentials").size()).isEqualTo(1);
        assertThat(document.path("credentials").get(0).toString())
                .contains("OpenBadgeCredential")
                .contains("urn:uuid:" + ada);
        assertThat(document.path("skillRecords").isEmpty()).isFalse();
        assertThat(document.path("skillRecords")
                        .valueStream()
                        .map(r -> r.path("staffId").asString())
                        .distinct()
                        .toList())
                .containsExactly(ada.toString());
        assertThat(document.path("notificationPreferences").path("language").asString())
                .isEqualTo("de");
        // nothing of the colleague at the same employer
        assertThat(export.text())
                .doesNotContain(ben.toString())
                .doesNotContain("ben.export@example.org")
                .doesNotContain("Benedikt")
                .doesNotContain(benRunning.toString())
                .doesNotContain(benFull.toString());

        // erasure: the export answers 410 and shows nothing personal; the colleague's export is untouched
        assertThat(members.delete("/api/staff/" + ada).status()).isEqualTo(204);
        ApiClient.Response erased = adaLearner.get("/api/me/export");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(410);
        assertThat(erased.header("Content-Type")).startsWith("application/problem+json");
        assertThat(erased.text())
                .doesNotContain("ada.export")
                .doesNotContain("Ada")
                .doesNotContain(adaRunning.toString());
        ApiClient.Response bens = benLearner.get("/api/me/export");
        assertThat(bens.status()).as(bens.toString()).isEqualTo(200);
        assertThat(bens.json().path("enrolments").size()).isEqualTo(2);
        assertThat(bens.text()).doesNotContain(ada.toString()).doesNotContain("ada.export");

        // curriculum-service gone: no export at all, rather than one without enrolments
        curriculum.kill();
        ApiClient.Response unavailable = benLearner.get("/api/me/export");
        assertThat(unavailable.status()).as(unavailable.toString()).isEqualTo(503);
        assertThat(unavailable.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unavailable.text()).doesNotContain("ben.export@example.org");
    }

    private UUID cohort(UUID course, UUID association, LocalDate start, int capacity) {
        LocalDate today = LocalDate.now();
        UUID cohort = id(curriculumApi.post(
                "/api/cohorts",
                Map.of(
                        "courseId",
                        course,
                        "organiserId",
                        association,
                        "startDate",
                        start.toString(),
                        "endDate",
                        start.plusDays(1).toString(),
                        "enrolmentOpens",
                        today.minusDays(1).toString(),
                        "enrolmentCloses",
                        start.toString(),
                        "capacity",
                        capacity,
                        "minParticipants",
                        1,
                        "cost",
                        Map.of("pricing", "PER_SEAT", "amountMinor", 45_000, "currency", "EUR"))));
        assertThat(curriculumApi.post("/api/cohorts/" + cohort + "/open").status())
                .isEqualTo(200);
        return cohort;
    }

    private UUID enrol(UUID cohort, UUID employer, UUID staff) {
        Map<String, Object> body = Map.of("cohortId", cohort, "employerId", employer, "staffId", staff);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> curriculumApi.post("/api/enrolments", body).status() / 100 == 2);
        return UUID.fromString(
                curriculumApi.post("/api/enrolments", body).json().path("id").asString());
    }

    private ApiClient learner(UUID employer, UUID staff) {
        TestKeycloak keycloak = TestKeycloak.instance();
        return new ApiClient(member.baseUrl()).withToken(keycloak.token(keycloak.createLearner(employer, staff)));
    }

    private static Map<String, Object> staff(UUID employer, String firstName, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("employerId", employer);
        body.put("firstName", firstName);
        body.put("lastName", "Exporter");
        body.put("email", email);
        body.put("jobRoleIsco", "7212");
        body.put("employmentStart", "2021-03-01");
        body.put("consentToReporting", true);
        body.put("gender", "FEMALE");
        body.put("ageBand", "AGE_35_44");
        return body;
    }
}
