package org.skillalliance.member.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.member.StaffConsentChanged;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKeycloak;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A learner's own consent, with real Keycloak tokens linked to staff records: giving and withdrawing it changes the
 * staff record and is announced, every change is kept with the text's version and who recorded it (HR's changes
 * too), bad requests are refused naming the field, and erasure leaves nothing. curriculum-service is not running
 * here (its address is a closed port), so the export answers 503 and shows nothing; LearnerExportIT
 * (infra/process-tests) exports with curriculum-service up.
 */
@RealInfrastructure(keycloak = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LearnerSelfServiceIT {

    @DynamicPropertySource
    static void curriculumNowhere(DynamicPropertyRegistry registry) {
        registry.add("skillalliance.curriculum.url", () -> "http://127.0.0.1:" + closedPort());
        registry.add("resilience4j.retry.instances.curriculum.max-attempts", () -> "1");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;
    MemberFixtures fixtures;
    UUID employer;

    @BeforeEach
    void setUp() {
        admin = Callers.asAdmin(port);
        fixtures = new MemberFixtures(admin);
        employer = fixtures.registerEmployer(25);
    }

    @Test
    void aLearnerGivesAndWithdrawsConsentAndEveryChangeIsKept() {
        try (TopicRecorder topic = MemberFixtures.memberTopic()) {
            UUID staff = withoutConsent("jo@example.org");
            ApiClient learner = learner(staff);

            JsonNode before = only(learner.get("/api/me/consents"));
            assertThat(before.path("purpose").asString()).isEqualTo("OUTCOME_REPORTING");
            assertThat(before.path("given").asBoolean()).isFalse();
            assertThat(before.path("textVersion").asString()).isEqualTo("2026-12");
            assertThat(before.path("texts").path("en").asString()).contains("withdraw");
            assertThat(before.path("texts").path("de").asString()).contains("widerrufen");
            assertThat(before.path("history").isEmpty()).isTrue();

            ApiClient.Response given = learner.post(
                    "/api/me/consents",
                    Map.of(
                            "purpose",
                            "OUTCOME_REPORTING",
                            "given",
                            true,
                            "textVersion",
                            "2026-12",
                            "gender",
                            "FEMALE",
                            "ageBand",
                            "AGE_25_34"));
            assertThat(given.status()).as(given.toString()).isEqualTo(200);
            assertThat(given.json().path("given").asBoolean()).isTrue();
            assertThat(given.json().path("gender").asString()).isEqualTo("FEMALE");
            JsonNode record = admin.get("/api/staff/" + staff).json();
            assertThat(record.path("consentToReporting").asBoolean()).isTrue();
            assertThat(record.path("ageBand").asString()).isEqualTo("AGE_25_34");

            // the same again changes nothing and writes nothing
            learner.post(
                    "/api/me/consents",
                    Map.of(
                            "purpose",
                            "OUTCOME_REPORTING",
                            "given",
                            true,
                            "textVersion",
                            "2026-12",
                            "gender",
                            "FEMALE",
                            "ageBand",
                            "AGE_25_34"));

            ApiClient.Response withdrawn =
                    learner.post("/api/me/consents", Map.of("purpose", "OUTCOME_REPORTING", "given", false));
            assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
            assertThat(withdrawn.json().path("given").asBoolean()).isFalse();
            assertThat(withdrawn.json().path("gender").isNull()).isTrue();
            assertThat(admin.get("/api/staff/" + staff).json().path("gender").isNull())
                    .isTrue();

            // HR gives it again through the staff API: a row recorded by the employer, without a text version
            Map<String, Object> update = MemberFixtures.staff(employer, "jo@example.org");
            update.remove("employerId");
            assertThat(admin.put("/api/staff/" + staff, update).status()).isEqualTo(200);

            JsonNode history = only(learner.get("/api/me/consents")).path("history");
            assertThat(history.size()).isEqualTo(3);
            assertThat(history.get(0).path("given").asBoolean()).isTrue();
            assertThat(history.get(0).path("recordedBy").asString()).isEqualTo("LEARNER");
            assertThat(history.get(0).path("textVersion").asString()).isEqualTo("2026-12");
            assertThat(history.get(0).path("recordedAt").asString()).isNotBlank();
            assertThat(history.get(1).path("given").asBoolean()).isFalse();
            assertThat(history.get(1).path("recordedBy").asString()).isEqualTo("LEARNER");
            assertThat(history.get(2).path("given").asBoolean()).isTrue();
            assertThat(history.get(2).path("recordedBy").asString()).isEqualTo("EMPLOYER");
            assertThat(history.get(2).path("textVersion").isNull()).isTrue();

            // the learner's changes are announced as HR's are: StaffConsentChanged, with equity fields only with
            // consent
            List<EventEnvelope> events = MemberFixtures.eventsOf(topic, staff, 4);
            assertThat(events)
                    .extracting(EventEnvelope::eventType)
                    .containsExactly(
                            "StaffRegistered", "StaffConsentChanged", "StaffConsentChanged", "StaffConsentChanged");
            StaffConsentChanged byLearner = MemberFixtures.registry().payload(events.get(1), StaffConsentChanged.class);
            assertThat(byLearner.consentToReporting()).isTrue();
            assertThat(byLearner.gender()).hasToString("FEMALE");
            StaffConsentChanged withdrawal =
                    MemberFixtures.registry().payload(events.get(2), StaffConsentChanged.class);
            assertThat(withdrawal.consentToReporting()).isFalse();
            assertThat(withdrawal.gender()).isNull();
            assertThat(withdrawal.ageBand()).isNull();
        }
    }

    @Test
    void badRequestsAreRefusedNamingTheFieldAndChangeNothing() {
        UUID staff = withoutConsent("kim@example.org");
        ApiClient learner = learner(staff);

        ApiClient.Response stale = learner.post(
                "/api/me/consents", Map.of("purpose", "OUTCOME_REPORTING", "given", true, "textVersion", "2020-01"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(422);
        assertThat(stale.fieldErrors()).containsKey("textVersion");

        Map<String, Object> equityWithWithdrawal =
                new HashMap<>(Map.of("purpose", "OUTCOME_REPORTING", "given", false, "gender", "MALE"));
        ApiClient.Response withdrawal = learner.post("/api/me/consents", equityWithWithdrawal);
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(400);
        assertThat(withdrawal.fieldErrors()).containsKey("gender");

        ApiClient.Response missing = learner.post("/api/me/consents", Map.of("purpose", "MARKETING"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldErrors()).containsKeys("purpose", "given");
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");

        ApiClient.Response noVersion =
                learner.post("/api/me/consents", Map.of("purpose", "OUTCOME_REPORTING", "given", true));
        assertThat(noVersion.fieldErrors()).containsKey("textVersion");

        assertThat(admin.get("/api/staff/" + staff)
                        .json()
                        .path("consentToReporting")
                        .asBoolean())
                .isFalse();
        assertThat(only(learner.get("/api/me/consents")).path("history").isEmpty())
                .isTrue();
    }

    @Test
    void onlyALearnerLinkedToAStaffRecordHasSelfService() {
        String memberAdmin = Callers.tokenFor("member-admin", employer);
        String unlinked = TestKeycloak.instance().token(TestKeycloak.instance().createLearner(employer, null));
        for (String token : List.of(memberAdmin, unlinked, Callers.adminToken())) {
            ApiClient caller = ApiClient.onPort(port).withToken(token);
            assertThat(caller.get("/api/me/consents").status()).isEqualTo(403);
            assertThat(caller.get("/api/me/export").status()).isEqualTo(403);
            assertThat(caller.post("/api/me/consents", Map.of("purpose", "OUTCOME_REPORTING", "given", false))
                            .status())
                    .isEqualTo(403);
        }
        // a token linked to a staff record that does not exist
        ApiClient nobody = learner(UUID.randomUUID());
        assertThat(nobody.get("/api/me/consents").status()).isEqualTo(404);
    }

    @Test
    void withoutCurriculumServiceThereIsNoExportRatherThanAPartOfOne() {
        UUID staff = fixtures.registerStaff(employer, "lee@example.org");
        ApiClient.Response export = learner(staff).get("/api/me/export");
        assertThat(export.status()).as(export.toString()).isEqualTo(503);
        assertThat(export.header("Content-Type")).startsWith("application/problem+json");
        assertThat(export.json().path("detail").asString()).contains("curriculum-service");
        assertThat(export.text()).doesNotContain("lee@example.org").doesNotContain("Lovelace");
    }

    @Test
    void afterErasureNothingPersonalIsLeftAndSelfServiceAnswersGone() {
        UUID staff = fixtures.registerStaff(employer, "erased.learner@example.org");
        ApiClient learner = learner(staff);
        assertThat(learner.post("/api/me/consents", Map.of("purpose", "OUTCOME_REPORTING", "given", false))
                        .status())
                .isEqualTo(200);
        assertThat(count(staff)).isEqualTo(2);

        assertThat(admin.delete("/api/staff/" + staff).status()).isEqualTo(204);

        assertThat(count(staff)).isZero();
        for (ApiClient.Response gone : List.of(
                learner.get("/api/me/consents"),
                learner.get("/api/me/export"),
                learner.post("/api/me/consents", Map.of("purpose", "OUTCOME_REPORTING", "given", false)))) {
            assertThat(gone.status()).as(gone.toString()).isEqualTo(410);
            assertThat(gone.header("Content-Type")).startsWith("application/problem+json");
            assertThat(gone.text()).doesNotContain("erased.learner").doesNotContain("Lovelace");
        }
    }

    private long count(UUID staff) {
        return jdbc.sql("select count(*) from consent_record where staff_id = :id")
                .param("id", staff)
                .query(Long.class)
                .single();
    }

    private UUID withoutConsent(String email) {
        Map<String, Object> body = MemberFixtures.staff(employer, email);
        body.put("consentToReporting", false);
        body.remove("gender");
        body.remove("ageBand");
        return MemberFixtures.created(admin.post("/api/staff", body));
    }

    private ApiClient learner(UUID staff) {
        TestKeycloak keycloak = TestKeycloak.instance();
        return ApiClient.onPort(port).withToken(keycloak.token(keycloak.createLearner(employer, staff)));
    }

    private static JsonNode only(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().size()).isEqualTo(1);
        return response.json().get(0);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
