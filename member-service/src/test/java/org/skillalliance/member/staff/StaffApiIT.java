package org.skillalliance.member.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.member.MemberFixtures.eventsOf;
import static org.skillalliance.member.MemberFixtures.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    MemberFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = Callers.asAdmin(port);
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

            assertThat(api.post("/api/staff/" + consenting + "/leave", Map.of("employmentEnd", "2025-12-31"))
                            .json()
                            .path("status")
                            .asString())
                    .isEqualTo("LEFT");

            Map<String, Object> consentNow = staff(employer, "grace@example.org");
            consentNow.remove("employerId");
            consentNow.put("gender", "NON_BINARY");
            consentNow.put("ageBand", "UNDER_25");
            assertThat(api.put("/api/staff/" + withoutConsent, consentNow).status())
                    .isEqualTo(200);

            List<EventEnvelope> first = eventsOf(topic, consenting, 2);
            assertThat(first).extracting(EventEnvelope::eventType).containsExactly("StaffRegistered", "StaffLeft");
            StaffRegistered registered = MemberFixtures.registry().payload(first.getFirst(), StaffRegistered.class);
            assertThat(registered.employerId()).isEqualTo(employer);
            assertThat(registered.gender()).isEqualTo(Gender.FEMALE);
            assertThat(registered.ageBand()).isEqualTo(AgeBand.AGE_35_44);
            assertThat(registered.jobRoleIsco()).isEqualTo("7223");

            List<EventEnvelope> second = eventsOf(topic, withoutConsent, 2);
            assertThat(MemberFixtures.registry()
                            .payload(second.get(0), StaffRegistered.class)
                            .gender())
                    .isNull();
            StaffConsentChanged consent = MemberFixtures.registry().payload(second.get(1), StaffConsentChanged.class);
            assertThat(consent.consentToReporting()).isTrue();
            assertThat(consent.gender()).isEqualTo(Gender.NON_BINARY);

            assertThat(topic.records())
                    .allSatisfy(record -> assertThat(record.value())
                            .doesNotContainIgnoringCase("lovelace")
                            .doesNotContain("Ada")
                            .doesNotContain("@example.org"));
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
        assertThat(api.post("/api/staff", staff(fixtures.registerEmployer(3), "taken@example.org"))
                        .status())
                .isEqualTo(201);

        Map<String, Object> equityWithoutConsent = staff(employer, "nc@example.org");
        equityWithoutConsent.put("consentToReporting", false);
        ApiClient.Response refused = api.post("/api/staff", equityWithoutConsent);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldErrors())
                .containsEntry("gender", "may only be given with consent to outcome reporting")
                .containsKey("ageBand");

        Map<String, Object> broken = staff(employer, "not-an-email");
        broken.put("firstName", " ");
        broken.put("jobRoleIsco", "72A3");
        broken.put("employmentStart", "2024-05-01");
        broken.put("employmentEnd", "2024-04-01");
        ApiClient.Response many = api.post("/api/staff", broken);
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.fieldErrors()).containsKeys("firstName", "email", "jobRoleIsco", "employmentEnd");

        ApiClient.Response badDate =
                api.post("/api/staff", with(staff(employer, "d@example.org"), "employmentStart", "01/05/2024"));
        assertThat(badDate.fieldErrors()).containsEntry("employmentStart", "'01/05/2024' is not a date (YYYY-MM-DD)");

        UUID provider = fixtures.register("TRAINING_PROVIDER");
        ApiClient.Response notEmployer = api.post("/api/staff", staff(provider, "p@example.org"));
        assertThat(notEmployer.status()).isEqualTo(422);
        assertThat(notEmployer.fieldErrors()).containsKey("employerId");

        assertThat(jdbc.sql("select count(*) from staff where employer_id = :e")
                        .param("e", employer)
                        .query(Long.class)
                        .single())
                .isOne();
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
            assertThat(api.delete("/api/staff/" + id)
                            .json()
                            .path("currentState")
                            .asString())
                    .isEqualTo("ERASED");

            List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
                    .query(String.class)
                    .list();
            assertThat(tables).contains("staff", "outbox_event", "organisation");
            for (String table : tables) {
                String everything = String.join(
                        "\n",
                        jdbc.sql("select t::text from \"" + table + "\" t")
                                .query(String.class)
                                .list());
                assertThat(everything)
                        .as("table %s", table)
                        .doesNotContainIgnoringCase("henrietta")
                        .doesNotContainIgnoringCase("swope")
                        .doesNotContain("observatory.example");
            }

            List<EventEnvelope> events = eventsOf(topic, id, 3);
            assertThat(events)
                    .extracting(EventEnvelope::eventType)
                    .containsExactly("StaffRegistered", "StaffLeft", "StaffErased");
            assertThat(events.getLast().payload().toString())
                    .contains(id.toString())
                    .contains(employer.toString())
                    .doesNotContain("Henrietta");
        }
    }

    @Test
    void searchFindsStaffByNameEmailOrJobRoleIgnoringCaseAndOnlyOfTheCallersEmployer() {
        UUID employer = fixtures.registerEmployer(25);
        UUID other = fixtures.registerEmployer(25);
        UUID hedwig = registerStaff(employer, "Hedwig", "Kiesewetter", "h.k@example.org", "2511");
        UUID ada = registerStaff(employer, "Ada", "Lovelace", "ada@analytical.example", "7223");
        UUID percent = registerStaff(employer, "Percy", "Hundred%Cent", "percy@example.org", "3112");
        UUID underscore = registerStaff(employer, "Una", "Score", "una_score@example.org", "3112");
        UUID backslash = registerStaff(employer, "Bart", "Back\\Slash", "bart@example.org", "3112");
        UUID erased = registerStaff(employer, "Henrietta", "Swope", "henrietta@example.org", "2511");
        assertThat(api.delete("/api/staff/" + erased).status()).isEqualTo(204);
        UUID othersHedwig = registerStaff(other, "Hedwig", "Kiesewetter", "h.k@example.org", "2511");

        ApiClient memberAdmin = ApiClient.onPort(port).withToken(Callers.tokenFor("member-admin", employer));
        // each field, whatever the case, trimmed
        assertThat(search(memberAdmin, "hEDw")).containsExactly(hedwig.toString());
        assertThat(search(memberAdmin, "  LOVEL  ")).containsExactly(ada.toString());
        assertThat(search(memberAdmin, "Analytical.EXAMPLE")).containsExactly(ada.toString());
        assertThat(search(memberAdmin, "251")).containsExactly(hedwig.toString());
        assertThat(search(memberAdmin, "311"))
                .containsExactlyInAnyOrder(percent.toString(), underscore.toString(), backslash.toString());
        // LIKE's wildcards and its escape character are only themselves
        assertThat(search(memberAdmin, "%")).containsExactly(percent.toString());
        assertThat(search(memberAdmin, "d%c")).containsExactly(percent.toString());
        assertThat(search(memberAdmin, "_")).containsExactly(underscore.toString());
        assertThat(search(memberAdmin, "\\")).containsExactly(backslash.toString());
        assertThat(search(memberAdmin, "k\\s")).containsExactly(backslash.toString());
        assertThat(search(memberAdmin, "a_a")).isEmpty();
        // an erased person's data is gone: no name of theirs finds them
        assertThat(search(memberAdmin, "swope")).isEmpty();
        assertThat(search(memberAdmin, "henrietta")).isEmpty();
        // another employer's staff are never found, by the member-admin of this one, whatever the filter
        assertThat(search(memberAdmin, "kiesewetter")).containsExactly(hedwig.toString());
        assertThat(ids(memberAdmin.get("/api/staff?employerId=" + other + "&q=kiesewetter")))
                .isEmpty();
        assertThat(ids(api.get("/api/staff?employerId=" + other + "&q=kiesewetter")))
                .containsExactly(othersHedwig.toString());
        // with the other filters and paging as without a search
        assertThat(ids(memberAdmin.get("/api/staff?status=ACTIVE&q=311&page=0&size=2")))
                .hasSize(2);
        assertThat(memberAdmin
                        .get("/api/staff?q=311&size=2")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(3);
        assertThat(ids(memberAdmin.get("/api/staff?status=LEFT&q=311"))).isEmpty();

        ApiClient.Response tooLong = memberAdmin.get("/api/staff?q=" + "x".repeat(101));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.fieldErrors()).containsEntry("q", "is longer than 100 characters (101)");
        assertThat(ids(memberAdmin.get("/api/staff?q=" + encode(" " + "x".repeat(100) + " "))))
                .isEmpty();
        ApiClient.Response blank = memberAdmin.get("/api/staff?q=" + encode("   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.fieldErrors()).containsKey("q");
        ApiClient.Response control = memberAdmin.get("/api/staff?q=a%00b");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.fieldErrors()).containsKey("q");
        ApiClient.Response unknown = memberAdmin.get("/api/staff?query=ada");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.fieldErrors()).containsKey("query");
    }

    private UUID registerStaff(UUID employer, String firstName, String lastName, String email, String jobRoleIsco) {
        Map<String, Object> body = staff(employer, email);
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("jobRoleIsco", jobRoleIsco);
        return MemberFixtures.created(api.post("/api/staff", body));
    }

    private static List<String> search(ApiClient client, String q) {
        return ids(client.get("/api/staff?q=" + encode(q)));
    }

    private static List<String> ids(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
