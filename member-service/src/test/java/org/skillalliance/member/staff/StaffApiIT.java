package org.skillalliance.member.staff;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.member.AgeBand;
import org.skillalliance.contracts.member.Gender;
import org.skillalliance.contracts.member.StaffConsentChanged;
import org.skillalliance.contracts.member.StaffRegistered;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.member.MemberFixtures.eventsOf;
import static org.skillalliance.member.MemberFixtures.staff;

@RealInfrastructure(keycloak = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffApiIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    ApiClient api;
    MemberFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = MemberFixtures.asAdmin(port);
        fixtures = new MemberFixtures(api);
    }

    @Test
    void staffAreRegisteredLeaveAndChangeConsentAndEventsCarryNoPersonalData() {
        try (TopicRecorder topic = MemberFixtures.memberTopic()) {
            UUID employer = fixtures.registerEmployer(25);
            UUID consenting = fixtures.registerStaff(employer, "Ada.Lovelace@Example.org");
            assertThat(api.get("/api/staff/" + consenting).json().path("email").asString())
                    .isEqualTo("ada.lovelace@example.org");

            Map<String, Object> noConsent = staff(employer, "grace@example.org");
            noConsent.put("consentToReporting", false);
            noConsent.remove("gender");
            noConsent.remove("ageBand");
            UUID withoutConsent = MemberFixtures.created(api.post("/api/staff", noConsent));

            assertThat(api.post("/api/staff/" + consenting + "/leave", Map.of("employmentEnd", "2025-12-31")).json()
                    .path("status").asString()).isEqualTo("LEFT");

            Map<String, Object> consentNow = staff(employer, "grace@example.org");
            consentNow.remove("employerId");
            consentNow.put("gender", "NON_BINARY");
            consentNow.put("ageBand", "UNDER_25");
            assertThat(api.put("/api/staff/" + withoutConsent, consentNow).status()).isEqualTo(200);

            List<EventEnvelope> first = eventsOf(topic, consenting, 2);
            assertThat(first).extracting(EventEnvelope::eventType).containsExactly("StaffRegistered", "StaffLeft");
            StaffRegistered registered = MemberFixtures.registry().payload(first.getFirst(), StaffRegistered.class);
            assertThat(registered.employerId()).isEqualTo(employer);
            assertThat(registered.gender()).isEqualTo(Gender.FEMALE);
            assertThat(registered.ageBand()).isEqualTo(AgeBand.AGE_35_44);
            assertThat(registered.jobRoleIsco()).isEqualTo("7223");

            List<EventEnvelope> second = eventsOf(topic, withoutConsent, 2);
            assertThat(MemberFixtures.registry().payload(second.get(0), StaffRegistered.class).gender()).isNull();
            StaffConsentChanged consent = MemberFixtures.registry().payload(second.get(1), StaffConsentChanged.class);
            assertThat(consent.consentToReporting()).isTrue();
            assertThat(consent.gender()).isEqualTo(Gender.NON_BINARY);

            assertThat(topic.records()).allSatisfy(record -> assertThat(record.value())
                    .doesNotContainIgnoringCase("lovelace").doesNotContain("Ada").doesNotContain("@example.org"));
        }
    }

    @Test
    void badStaffInputIsRefusedPrecisely() {
        UUID employer = fixtures.registerEmployer(25);
        fixtures.registerStaff(employer, "taken@example.org");

        ApiClient.Response duplicate = api.post("/api/staff", staff(employer, "TAKEN@example.org"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.fieldErrors()).containsKey("email");
        // the same email at another employer is another person
        assertThat(api.post("/api/staff", staff(fixtures.registerEmployer(3), "taken@example.org")).status()).isEqualTo(201);

        Map<String, Object> equityWithoutConsent = staff(employer, "nc@example.org");
        equityWithoutConsent.put("consentToReporting", false);
        ApiClient.Response refused = api.post("/api/staff", equityWithoutConsent);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldErrors()).containsEntry("gender", "may only be given with consent to outcome reporting")
                .containsKey("ageBand");

        Map<String, Object> broken = staff(employer, "not-an-email");
        broken.put("firstName", " ");
        broken.put("jobRoleIsco", "72A3");
        broken.put("employmentStart", "2024-05-01");
        broken.put("employmentEnd", "2024-04-01");
        ApiClient.Response many = api.post("/api/staff", broken);
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.fieldErrors()).containsKeys("firstName", "email", "jobRoleIsco", "employmentEnd");

        ApiClient.Response badDate = api.post("/api/staff", with(staff(employer, "d@example.org"), "employmentStart", "01/05/2024"));
        assertThat(badDate.fieldErrors()).containsEntry("employmentStart", "'01/05/2024' is not a date (YYYY-MM-DD)");

        UUID provider = fixtures.register("TRAINING_PROVIDER");
        ApiClient.Response notEmployer = api.post("/api/staff", staff(provider, "p@example.org"));
        assertThat(notEmployer.status()).isEqualTo(422);
        assertThat(notEmployer.fieldErrors()).containsKey("employerId");

        assertThat(jdbc.sql("select count(*) from staff where employer_id = :e").param("e", employer)
                .query(Long.class).single()).isOne();
    }

    @Test
    void erasureWipesThePersonalDataEverywhereAndAnnouncesItWithoutAny() {
        try (TopicRecorder topic = MemberFixtures.memberTopic()) {
            UUID employer = fixtures.registerEmployer(25);
            Map<String, Object> body = staff(employer, "henrietta.swope@observatory.example");
            body.put("firstName", "Henrietta");
            body.put("lastName", "Swope");
            UUID id = MemberFixtures.created(api.post("/api/staff", body));
            api.post("/api/staff/" + id + "/leave", Map.of("employmentEnd", "2025-06-30"));

            assertThat(api.delete("/api/staff/" + id).status()).isEqualTo(204);

            ApiClient.Response erased = api.get("/api/staff/" + id);
            assertThat(erased.json().path("status").asString()).isEqualTo("ERASED");
            assertThat(erased.json().path("employerId").asString()).isEqualTo(employer.toString());
            assertThat(erased.text()).doesNotContain("Henrietta", "Swope", "observatory");
            assertThat(api.delete("/api/staff/" + id).json().path("currentState").asString()).isEqualTo("ERASED");

            List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
                    .query(String.class).list();
            assertThat(tables).contains("staff", "outbox_event", "organisation");
            for (String table : tables) {
                String everything = String.join("\n", jdbc.sql("select t::text from \"" + table + "\" t")
                        .query(String.class).list());
                assertThat(everything).as("table %s", table)
                        .doesNotContainIgnoringCase("henrietta").doesNotContainIgnoringCase("swope")
                        .doesNotContain("observatory.example");
            }

            List<EventEnvelope> events = eventsOf(topic, id, 3);
            assertThat(events).extracting(EventEnvelope::eventType)
                    .containsExactly("StaffRegistered", "StaffLeft", "StaffErased");
            assertThat(events.getLast().payload().toString()).contains(id.toString()).contains(employer.toString())
                    .doesNotContain("Henrietta");
        }
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
