package org.skillalliance.curriculum.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.testsupport.Callers;
import tools.jackson.databind.JsonNode;

/**
 * Sessions, attendance per session and the hours outcomes carry, over HTTP with real Keycloak tokens: the cohort's
 * coordinator and provider keep the sessions, the provider records the registers, and the outcome's attended hours
 * (and its wire event's) are the sums of the sessions attended. Plus the refusals, each naming its field, and the
 * catalogue figures HR reads on the cohort.
 */
class SessionsIT extends ServiceIT {

    UUID association, provider, alliance;
    MemberEvents.Employer employer;
    List<UUID> staff;
    int nextStaff;
    Api coordinatorApi, providerApi;

    @BeforeAll
    void world() {
        wire();
        association = UUID.randomUUID();
        provider = UUID.randomUUID();
        alliance = members.alliance("Sessions alliance", association);
        employer = members.activeEmployer(alliance);
        staff = members.staff(employer, 20);
        members.awaitConsumed();
        coordinatorApi = api.as(Callers.person("coordinator", association));
        providerApi = api.as(Callers.person("provider", provider));
    }

    @Test
    void attendanceOfThreeSessionsGivesTheHoursTheOutcomeCarries() {
        UUID course = course().with("language", "de")
                .with("prerequisites", "Basic metalwork; safety boots")
                .published();
        UUID cohort = cohort(course).today().with("minParticipants", 0).open();
        UUID always = enrol(cohort);
        UUID twice = enrol(cohort);

        UUID first = created(coordinatorApi.post(sessions(cohort), session(today(), "09:00", "12:00", "Hall 3")));
        UUID second = created(coordinatorApi.post(sessions(cohort), session(today(), "13:00", "15:30", "Hall 3")));
        Map<String, Object> online = new LinkedHashMap<>(session(today(), "16:00", "17:45", null));
        online.put("onlineLink", "https://meet.example.org/cnc");
        online.put("title", "Review online");
        Api.Response third = providerApi.post(sessions(cohort), online);
        assertThat(third.status()).as(third.toString()).isEqualTo(201);
        assertThat(third.body().get("hours").decimalValue()).isEqualByComparingTo("1.75");
        assertThat(third.body().get("startTime").asString()).startsWith("16:00");

        // the catalogue: fill, sessions, language and prerequisites, single and listed
        JsonNode one = api.as(Callers.person("member-admin", employer.id()))
                .get("/api/cohorts/" + cohort)
                .body();
        assertThat(one.get("sessionCount").asInt()).isEqualTo(3);
        assertThat(one.get("sessions")).hasSize(3);
        assertThat(one.get("sessions").get(0).get("id").asString()).isEqualTo(first.toString());
        assertThat(one.get("sessions").get(2).get("onlineLink").asString()).isEqualTo("https://meet.example.org/cnc");
        assertThat(one.get("seatsLeft").asInt()).isEqualTo(8);
        assertThat(one.get("language").asString()).isEqualTo("de");
        assertThat(one.get("prerequisites").asString()).isEqualTo("Basic metalwork; safety boots");
        JsonNode listed =
                api.get("/api/cohorts?courseId=" + course).body().get("items").get(0);
        assertThat(listed.get("sessionCount").asInt()).isEqualTo(3);
        assertThat(listed.get("language").asString()).isEqualTo("de");
        assertThat(listed.get("sessions").isNull()).isTrue();

        // attendance waits for the cohort to run
        Api.Response early = providerApi.put(attendance(cohort, first), List.of(mark(always, true)));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(providerApi.post("/api/cohorts/" + cohort + "/start").status())
                .isEqualTo(200);

        register(cohort, first, mark(always, true), mark(twice, true));
        register(cohort, second, mark(always, true), mark(twice, false));
        register(cohort, third, mark(always, true), mark(twice, true));
        // the same register again is the same register
        JsonNode again = register(cohort, third.id(), mark(always, true), mark(twice, true));
        assertThat(again.get("recorded").asBoolean()).isTrue();
        assertThat(again.get("seats")).hasSize(2);
        JsonNode read = coordinatorApi.get(attendance(cohort, second)).body();
        assertThat(read.get("seats").get(0).get("enrolmentId").asString()).isEqualTo(always.toString());
        assertThat(read.get("seats").get(0).get("present").asBoolean()).isTrue();
        assertThat(read.get("seats").get(1).get("present").asBoolean()).isFalse();

        // 3 + 2.5 + 1.75 and 3 + 1.75: left out, the hours come from attendance; the same figure is accepted
        Api.Response full = providerApi.post("/api/enrolments/" + always + "/outcome", outcome(null));
        assertThat(full.status()).as(full.toString()).isEqualTo(200);
        assertThat(full.body().get("outcome").get("attendedHours").decimalValue())
                .isEqualByComparingTo("7.25");
        Api.Response part = providerApi.post("/api/enrolments/" + twice + "/outcome", outcome(new BigDecimal("4.75")));
        assertThat(part.status()).as(part.toString()).isEqualTo(200);
        assertThat(part.body().get("outcome").get("attendedHours").decimalValue())
                .isEqualByComparingTo("4.75");

        // another figure is refused, naming attendedHours, and changes nothing
        Api.Response other = providerApi.post("/api/enrolments/" + twice + "/outcome", outcome(new BigDecimal("7.25")));
        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(field(other)).isEqualTo("attendedHours");
        assertThat(other.raw()).contains("4.75");
        assertThat(api.get("/api/enrolments/" + twice)
                        .body()
                        .get("outcome")
                        .get("attendedHours")
                        .decimalValue())
                .isEqualByComparingTo("4.75");

        // the wire event carries the hours, so funding and reporting follow
        java.util.function.Predicate<EventEnvelope> alwaysOutcome =
                e -> e.eventType().equals(EventTypes.ENROLMENT_OUTCOME_RECORDED)
                        && e.payload().get("enrolmentId").asString().equals(always.toString());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !eventsOf(cohort.toString(), alwaysOutcome).isEmpty());
        EventEnvelope event = eventsOf(cohort.toString(), alwaysOutcome).getFirst();
        assertThat(event.payload().get("attendedHours").decimalValue()).isEqualByComparingTo("7.25");

        // a session with a register stays: neither removed nor moved; its place may change
        Api.Response removal = coordinatorApi.delete(sessions(cohort) + "/" + first);
        assertThat(removal.status()).as(removal.toString()).isEqualTo(422);
        assertThat(field(removal)).isEqualTo("sessionId");
        Api.Response moved =
                coordinatorApi.put(sessions(cohort) + "/" + first, session(today(), "08:00", "11:00", "Hall 3"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(422);
        assertThat(field(moved)).isEqualTo("startTime");
        Api.Response renamed =
                coordinatorApi.put(sessions(cohort) + "/" + first, session(today(), "09:00", "12:00", "Hall 4"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.body().get("place").asString()).isEqualTo("Hall 4");
    }

    @Test
    void aCohortWithoutSessionsKeepsTheHoursTheProviderReports() {
        UUID cohort =
                cohort(course().published()).today().with("minParticipants", 0).open();
        UUID seat = enrol(cohort);
        assertThat(providerApi.post("/api/cohorts/" + cohort + "/start").status())
                .isEqualTo(200);
        Api.Response missing = providerApi.post("/api/enrolments/" + seat + "/outcome", outcome(null));
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(field(missing)).isEqualTo("attendedHours");
        Api.Response reported =
                providerApi.post("/api/enrolments/" + seat + "/outcome", outcome(new BigDecimal("12.5")));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        assertThat(reported.body().get("outcome").get("attendedHours").decimalValue())
                .isEqualByComparingTo("12.5");
    }

    @Test
    void badSessionsAreRefusedNamingTheField() {
        LocalDate start = LocalDate.now().plusDays(14);
        UUID course = course().with("hours", 6).published();
        UUID cohort = cohort(course).open();
        String path = sessions(cohort);
        created(coordinatorApi.post(path, session(start, "09:00", "12:00", "Hall 1")));

        refused(coordinatorApi.post(path, session(start.minusDays(1), "09:00", "10:00", "Hall 1")), 422, "date");
        refused(coordinatorApi.post(path, session(start.plusDays(2), "09:00", "10:00", "Hall 1")), 422, "date");
        refused(coordinatorApi.post(path, session(start, "11:00", "10:00", "Hall 1")), 400, "endTime");
        refused(coordinatorApi.post(path, session(start, "11:00", "13:00", "Hall 1")), 422, "startTime");
        refused(coordinatorApi.post(path, session(start, "13:00", "14:20", "Hall 1")), 400, "endTime");
        refused(coordinatorApi.post(path, session(start, "13:00", "14:00", null)), 400, "place");
        Map<String, Object> both = new LinkedHashMap<>(session(start, "13:00", "14:00", "Hall 1"));
        both.put("onlineLink", "https://meet.example.org/x");
        refused(coordinatorApi.post(path, both), 400, "onlineLink");
        Map<String, Object> plain = new LinkedHashMap<>(session(start, "13:00", "14:00", null));
        plain.put("onlineLink", "http://meet.example.org/x");
        refused(coordinatorApi.post(path, plain), 400, "onlineLink");
        Map<String, Object> noDate = new LinkedHashMap<>(session(start, "13:00", "14:00", "Hall 1"));
        noDate.remove("date");
        refused(coordinatorApi.post(path, noDate), 400, "date");
        // 3 h + 3.5 h would pass the course's 6 hours
        refused(coordinatorApi.post(path, session(start.plusDays(1), "09:00", "12:30", "Hall 1")), 422, "endTime");
        // touching ends do not overlap
        created(coordinatorApi.post(path, session(start, "12:00", "13:00", "Hall 1")));
        assertThat(api.get(path).body()).hasSize(2);

        // roles: a member-admin reads, but neither adds nor records; another provider may not add
        assertThat(api.as(Callers.person("member-admin", employer.id()))
                        .get(path)
                        .status())
                .isEqualTo(200);
        assertThat(api.as(Callers.person("member-admin", employer.id()))
                        .post(path, session(start, "14:00", "15:00", "Hall 1"))
                        .status())
                .isEqualTo(403);
        assertThat(api.as(Callers.person("provider", UUID.randomUUID()))
                        .post(path, session(start, "14:00", "15:00", "Hall 1"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/cohorts/" + UUID.randomUUID() + "/sessions").status())
                .isEqualTo(404);

        // a session without a register is removed
        UUID removable = created(providerApi.post(path, session(start.plusDays(1), "09:00", "09:30", "Hall 1")));
        assertThat(providerApi.delete(path + "/" + removable).status()).isEqualTo(204);
        assertThat(api.get(path + "/" + removable).status()).isEqualTo(404);

        // a cancelled cohort's sessions stay as they are
        assertThat(coordinatorApi.post("/api/cohorts/" + cohort + "/cancel").status())
                .isEqualTo(200);
        refused(coordinatorApi.post(path, session(start.plusDays(1), "09:00", "10:00", "Hall 1")), 422, "cohortId");
    }

    @Test
    void aRegisterNamesSeatsOfTheCohortOnceAndWaitsForTheSessionsDay() {
        LocalDate today = LocalDate.now();
        UUID course = course().published();
        UUID cohort = cohort(course)
                .today()
                .with("endDate", today.plusDays(1).toString())
                .with("minParticipants", 0)
                .open();
        UUID seat = enrol(cohort);
        UUID todays = created(providerApi.post(sessions(cohort), session(today, "09:00", "12:00", "Room 1")));
        UUID tomorrows =
                created(providerApi.post(sessions(cohort), session(today.plusDays(1), "09:00", "12:00", "Room 1")));
        assertThat(providerApi.post("/api/cohorts/" + cohort + "/start").status())
                .isEqualTo(200);

        refused(providerApi.put(attendance(cohort, tomorrows), List.of(mark(seat, true))), 422, "sessionId");
        refused(
                providerApi.put(attendance(cohort, todays), List.of(mark(seat, true), mark(seat, false))),
                400,
                "[1].enrolmentId");
        refused(
                providerApi.put(attendance(cohort, todays), List.of(mark(UUID.randomUUID(), true))),
                422,
                "[0].enrolmentId");
        Map<String, Object> noPresence = new LinkedHashMap<>();
        noPresence.put("enrolmentId", seat);
        refused(providerApi.put(attendance(cohort, todays), List.of(noPresence)), 400, "[0].present");
        assertThat(jdbc.sql("select count(*) from session_attendance where session_id = :id")
                        .param("id", todays)
                        .query(Long.class)
                        .single())
                .isZero();

        // the coordinator reads but does not record; another provider finds no such register
        assertThat(coordinatorApi
                        .put(attendance(cohort, todays), List.of(mark(seat, true)))
                        .status())
                .isEqualTo(403);
        Api.Response stranger = api.as(Callers.person("provider", UUID.randomUUID()))
                .put(attendance(cohort, todays), List.of(mark(seat, true)));
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(404);
        JsonNode empty = coordinatorApi.get(attendance(cohort, todays)).body();
        assertThat(empty.get("recorded").asBoolean()).isFalse();
        assertThat(empty.get("seats").get(0).get("present").isNull()).isTrue();

        // a register recorded with nobody listed is recorded, every seat absent: the session is then fixed
        JsonNode nobody = register(cohort, todays);
        assertThat(nobody.get("recorded").asBoolean()).isTrue();
        assertThat(nobody.get("seats").get(0).get("present").asBoolean()).isFalse();
        refused(providerApi.delete(sessions(cohort) + "/" + todays), 422, "sessionId");

        // the hours so far: the register of today's session only
        register(cohort, todays, mark(seat, true));
        Api.Response outcome = providerApi.post("/api/enrolments/" + seat + "/outcome", outcome(null));
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(200);
        assertThat(outcome.body().get("outcome").get("attendedHours").decimalValue())
                .isEqualByComparingTo("3");
    }

    @Test
    void aCourseStatesItsLanguageAndPrerequisitesOrIsRefusedNamingThem() {
        Api.Response bad = course().with("language", "xx").draft();
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(field(bad)).isEqualTo("language");
        Api.Response region = course().with("language", "de-CH").draft();
        assertThat(region.status()).as(region.toString()).isEqualTo(201);
        assertThat(region.body().get("language").asString()).isEqualTo("de-CH");
        Api.Response lower = course().with("language", "de-ch").draft();
        assertThat(lower.status()).as(lower.toString()).isEqualTo(400);
        Api.Response blank = course().with("prerequisites", "  ").draft();
        assertThat(blank.status()).as(blank.toString()).isEqualTo(201);
        assertThat(blank.body().get("prerequisites").isNull()).isTrue();
        Api.Response tooLong = course().with("prerequisites", "x".repeat(2001)).draft();
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(field(tooLong)).isEqualTo("prerequisites");
        Api.Response none = course().draft();
        assertThat(none.body().get("language").isNull()).isTrue();
    }

    // ---- helpers ----

    private Curriculum.CourseBuilder course() {
        return curriculum.course(alliance).with("providerId", provider);
    }

    private Curriculum.CohortBuilder cohort(UUID course) {
        return curriculum.cohort(course).with("organiserId", association);
    }

    private UUID enrol(UUID cohort) {
        Api.Response response =
                api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), staff.get(nextStaff++)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    @SafeVarargs
    private JsonNode register(UUID cohort, Object session, Map<String, Object>... marks) {
        Api.Response response = providerApi.put(attendance(cohort, session), List.of(marks));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private Map<String, Object> outcome(BigDecimal hours) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("providerId", provider);
        body.put("outcome", "COMPLETED");
        if (hours != null) {
            body.put("attendedHours", hours);
        }
        body.put("preScore", 30);
        body.put("postScore", 70);
        return body;
    }

    private static Map<String, Object> mark(UUID enrolment, boolean present) {
        return Map.of("enrolmentId", enrolment, "present", present);
    }

    private static Map<String, Object> session(LocalDate date, String start, String end, String place) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date.toString());
        body.put("startTime", start);
        body.put("endTime", end);
        if (place != null) {
            body.put("place", place);
        }
        return body;
    }

    private static LocalDate today() {
        return LocalDate.now();
    }

    private static String sessions(UUID cohort) {
        return "/api/cohorts/" + cohort + "/sessions";
    }

    private static String attendance(UUID cohort, Object session) {
        Object id = session instanceof Api.Response r ? r.id() : session;
        return sessions(cohort) + "/" + id + "/attendance";
    }

    private static UUID created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    private static String field(Api.Response response) {
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        return response.body().get("errors").get(0).get("field").asString();
    }

    private static void refused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(field(response)).as(response.toString()).isEqualTo(field);
    }
}
