package org.skillalliance.curriculum.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.testsupport.Callers;
import tools.jackson.databind.JsonNode;

/**
 * The history import through the HTTP API as the alliance's coordinator (a real Keycloak token): past cohorts become
 * completed cohorts with their seats and outcomes, announced by the same events as live ones and dated in the past;
 * the same import again changes nothing; any bad row refuses the whole import, naming the row and the field.
 */
class HistoryImportIT extends ServiceIT {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private UUID association;
    private UUID alliance;
    private MemberEvents.Employer employer;
    private MemberEvents.Employer suspended;
    private List<UUID> staff;
    private UUID leftLastYear;
    private UUID leftLastMonth;
    private UUID suspendedStaff;
    private UUID course;
    private Api coordinator;

    @BeforeAll
    void members() {
        wire();
        association = UUID.randomUUID();
        alliance = members.alliance("History alliance", association);
        employer = members.activeEmployer(alliance);
        suspended = members.activeEmployer(alliance);
        staff = members.staff(employer, 4);
        leftLastYear = members.staff(employer);
        leftLastMonth = members.staff(employer);
        suspendedStaff = members.staff(suspended);
        members.left(leftLastYear, employer, today.minusYears(1));
        members.left(leftLastMonth, employer, today.minusMonths(1));
        members.suspend(suspended);
        members.awaitConsumed();
        course = curriculum.course(alliance).with("hours", 20).published();
        coordinator = api.as(Callers.person("coordinator", association));
    }

    @Test
    void pastCohortsBecomeCompletedCohortsWithTheirOutcomesAnnouncedInThePastAndOnlyOnce() {
        LocalDate start = today.minusMonths(6);
        // the staff member who left a month ago and the suspended employer's took part: known, not active today
        Map<String, Object> spring = cohort(
                "spring-" + UUID.randomUUID(),
                start,
                start.plusDays(2),
                3,
                List.of(
                        seat(staff.get(0), employer, start.minusDays(20), "COMPLETED", 20, 40, 70, 5, true),
                        seat(leftLastMonth, employer, start.minusDays(10), "NOT_COMPLETED", 8, 35, null, 2, false),
                        seat(suspendedStaff, suspended, start.minusDays(5), "NO_SHOW", 0, null, null, null, false)));
        Map<String, Object> autumn = cohort(
                "autumn-" + UUID.randomUUID(),
                start.plusMonths(2),
                start.plusMonths(2).plusDays(1),
                2,
                List.of(seat(staff.get(1), employer, start.plusMonths(1), "COMPLETED", 18.5, 50, 55, 4, false)));
        Api.Response imported = coordinator.post("/api/cohorts/history", body(spring, autumn));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.body().path("created").asInt()).isEqualTo(2);
        assertThat(imported.body().path("rulesSkipped").toString())
                .contains("enrolment window", "waitlist", "minimum participants", "24 h");
        assertThat(imported.body().path("rulesKept").toString())
                .contains("capacity", "course published", "scores 0-100");
        UUID springCohort = UUID.fromString(
                imported.body().path("cohorts").get(0).path("cohortId").asString());
        JsonNode cohort = api.get("/api/cohorts/" + springCohort).body();
        assertThat(cohort.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(cohort.path("startDate").asString()).isEqualTo(start.toString());
        assertThat(cohort.path("enrolmentOpens").asString())
                .isEqualTo(start.minusDays(20).toString());
        assertThat(cohort.path("minParticipants").asInt()).isZero();
        assertThat(cohort.path("seatsLeft").asInt()).isZero();
        List<JsonNode> seats = new ArrayList<>();
        api.get("/api/enrolments?cohortId=" + springCohort).body().path("items").forEach(seats::add);
        assertThat(seats)
                .extracting(s -> s.path("status").asString())
                .containsExactly("COMPLETED", "NOT_COMPLETED", "NO_SHOW");
        assertThat(seats.getFirst().path("outcome").path("completedOn").asString())
                .isEqualTo(start.plusDays(2).toString());
        assertThat(api.get("/api/enrolments/" + seats.getFirst().path("id").asString() + "/credential")
                        .status())
                .isEqualTo(200);

        // the same events as a live cohort, in the same order, each dated when it happened
        List<EventEnvelope> events = awaitEvents(springCohort, 10);
        assertThat(events)
                .extracting(EventEnvelope::eventType)
                .containsExactly(
                        "CohortScheduled",
                        "CohortStatusChanged",
                        "EnrolmentConfirmed",
                        "EnrolmentConfirmed",
                        "EnrolmentConfirmed",
                        "CohortStatusChanged",
                        "EnrolmentOutcomeRecorded",
                        "EnrolmentOutcomeRecorded",
                        "EnrolmentOutcomeRecorded",
                        "CohortStatusChanged");
        assertThat(events)
                .extracting(e -> e.payload().path("status").asString())
                .containsExactly(
                        "PLANNED", "OPEN", "CONFIRMED", "CONFIRMED", "CONFIRMED", "RUNNING", "", "", "", "COMPLETED");
        assertThat(events.get(5).payload().path("confirmedSeats").asInt()).isEqualTo(3);
        assertThat(events.get(0).occurredAt()).isEqualTo(day(start.minusDays(20)));
        assertThat(events.get(5).occurredAt()).isEqualTo(day(start));
        assertThat(events.get(9).occurredAt())
                .isAfter(day(start.plusDays(2)).minusNanos(1))
                .isBefore(day(start.plusDays(3)));
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).occurredAt()).isAfter(events.get(i - 1).occurredAt());
        }
        // nothing here is news: every event is older than member-service's 24 hours for notifications
        assertThat(events).allMatch(e -> e.occurredAt().isBefore(Instant.now().minusSeconds(86_400)));

        // the same import again: UNCHANGED, no new cohort, no new event
        long cohortsBefore = cohortsOfCourse();
        Api.Response again = coordinator.post("/api/cohorts/history", body(spring, autumn));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.body().path("unchanged").asInt()).isEqualTo(2);
        assertThat(again.body().path("cohorts").get(0).path("cohortId").asString())
                .isEqualTo(springCohort.toString());
        assertThat(cohortsOfCourse()).isEqualTo(cohortsBefore);
        // other content under a key already imported is a conflict, not a second history
        Map<String, Object> changed = new LinkedHashMap<>(spring);
        changed.put("capacity", 4);
        Api.Response conflict = coordinator.post("/api/cohorts/history", body(changed));
        assertProblem(conflict, 409, "cohorts[0].importKey", "imported before");
        assertThat(eventsOf(springCohort.toString(), e -> true)).hasSize(10);
    }

    @Test
    void anyBadRowRefusesTheWholeImportNamingTheRowAndTheField() {
        LocalDate start = today.minusYears(1);
        Map<String, Object> good = cohort(
                "good-" + UUID.randomUUID(),
                start,
                start.plusDays(1),
                2,
                List.of(seat(staff.get(2), employer, start, "COMPLETED", 20, 10, 90, 5, true)));
        long before = cohortsOfCourse();

        assertProblem(
                coordinator.post(
                        "/api/cohorts/history",
                        body(
                                good,
                                cohort(
                                        "x",
                                        start,
                                        start,
                                        2,
                                        List.of(seat(
                                                staff.get(0), employer, start, "COMPLETED", 20, 10, 101, 5, false))))),
                400,
                "cohorts[1].seats[0].postScore",
                "less than or equal to 100");
        assertProblem(
                coordinator.post(
                        "/api/cohorts/history",
                        body(
                                good,
                                cohort(
                                        "x",
                                        start,
                                        start,
                                        1,
                                        List.of(
                                                seat(staff.get(0), employer, start, "COMPLETED", 20, 10, 20, 5, false),
                                                seat(
                                                        staff.get(1),
                                                        employer,
                                                        start,
                                                        "COMPLETED",
                                                        20,
                                                        10,
                                                        20,
                                                        5,
                                                        false))))),
                422,
                "cohorts[1].seats[1].employerId",
                "capacity of 1 seats");
        assertProblem(
                coordinator.post(
                        "/api/cohorts/history",
                        body(
                                good,
                                cohort(
                                        "x",
                                        start,
                                        start,
                                        2,
                                        List.of(seat(
                                                UUID.randomUUID(),
                                                employer,
                                                start,
                                                "COMPLETED",
                                                20,
                                                10,
                                                20,
                                                5,
                                                false))))),
                422,
                "cohorts[1].seats[0].staffId",
                "not registered");
        // left a year ago today: a cohort that started ten days later is after the staff member had gone
        assertProblem(
                coordinator.post(
                        "/api/cohorts/history",
                        body(
                                good,
                                cohort(
                                        "x",
                                        start.plusDays(10),
                                        start.plusDays(10),
                                        2,
                                        List.of(seat(
                                                leftLastYear,
                                                employer,
                                                start.minusDays(30),
                                                "COMPLETED",
                                                20,
                                                10,
                                                20,
                                                5,
                                                false))))),
                422,
                "cohorts[1].seats[0].staffId",
                "before the cohort started");
        assertProblem(
                coordinator.post(
                        "/api/cohorts/history",
                        body(
                                good,
                                cohort(
                                        "x",
                                        start,
                                        start,
                                        2,
                                        List.of(seat(
                                                staff.get(0),
                                                employer,
                                                start,
                                                "NOT_COMPLETED",
                                                20,
                                                10,
                                                20,
                                                5,
                                                true))))),
                400,
                "cohorts[1].seats[0].credentialAwarded",
                "only a COMPLETED enrolment");
        assertProblem(
                coordinator.post(
                        "/api/cohorts/history",
                        body(
                                good,
                                cohort(
                                        "x",
                                        start,
                                        start,
                                        2,
                                        List.of(seat(
                                                staff.get(0), employer, start, "COMPLETED", 20.5, 10, 20, 5, false))))),
                400,
                "cohorts[1].seats[0].attendedHours",
                "must not exceed the course's 20");
        assertProblem(
                coordinator.post(
                        "/api/cohorts/history",
                        body(
                                good,
                                cohort(
                                        "x",
                                        start,
                                        start,
                                        2,
                                        List.of(seat(
                                                staff.get(0),
                                                employer,
                                                start.plusDays(1),
                                                "COMPLETED",
                                                20,
                                                10,
                                                20,
                                                5,
                                                false))))),
                400,
                "cohorts[1].seats[0].enrolledOn",
                "must not be after the cohort's start date");
        assertProblem(
                coordinator.post(
                        "/api/cohorts/history",
                        body(
                                good,
                                cohort(
                                        "x",
                                        today.minusDays(1),
                                        today,
                                        2,
                                        List.of(seat(
                                                staff.get(0),
                                                employer,
                                                today.minusDays(2),
                                                "COMPLETED",
                                                20,
                                                10,
                                                20,
                                                5,
                                                false))))),
                400,
                "cohorts[1].endDate",
                "must be in the past");
        LocalDate ancient = LocalDate.of(1899, 12, 30);
        assertProblem(
                coordinator.post(
                        "/api/cohorts/history",
                        body(
                                good,
                                cohort(
                                        "x",
                                        ancient,
                                        ancient.plusDays(1),
                                        2,
                                        List.of(seat(
                                                staff.get(0), employer, ancient, "COMPLETED", 20, 10, 20, 5, false))))),
                400,
                "cohorts[1].startDate",
                "must not be before 1900-01-01");
        assertProblem(
                coordinator.post(
                        "/api/cohorts/history",
                        body(
                                good,
                                cohort(
                                        "x",
                                        start,
                                        start,
                                        2,
                                        List.of(seat(
                                                staff.get(0),
                                                employer,
                                                LocalDate.of(-4000, 1, 1),
                                                "COMPLETED",
                                                20,
                                                10,
                                                20,
                                                5,
                                                false))))),
                400,
                "cohorts[1].seats[0].enrolledOn",
                "must not be before 1900-01-01");
        assertProblem(
                coordinator.post("/api/cohorts/history", body(good, good)),
                400,
                "cohorts[1].importKey",
                "repeats the importKey of cohorts[0]");
        // a course of another alliance (or none) is not a course of this one
        UUID otherAlliance = members.alliance("Another alliance");
        members.awaitConsumed();
        Map<String, Object> foreign = new LinkedHashMap<>(good);
        foreign.put("courseId", curriculum.course(otherAlliance).published());
        assertProblem(
                coordinator.post("/api/cohorts/history", body(foreign)),
                422,
                "cohorts[0].courseId",
                "is not a course of alliance " + alliance);
        // nothing of the good cohort was written by any of them
        assertThat(cohortsOfCourse()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from history_import where import_key = :k")
                        .param("k", good.get("importKey"))
                        .query(Long.class)
                        .single())
                .isZero();

        // a coordinator imports only into an alliance it coordinates, as its own organisation
        Api other = api.as(Callers.person("coordinator", UUID.randomUUID()));
        assertThat(other.post("/api/cohorts/history", body(good)).status()).isEqualTo(403);
        Map<String, Object> asOther = new LinkedHashMap<>(body(good));
        asOther.put("organiserId", UUID.randomUUID());
        assertThat(coordinator.post("/api/cohorts/history", asOther).status()).isEqualTo(403);
        assertThat(coordinator.post("/api/cohorts/history", body(good)).status())
                .isEqualTo(200);
    }

    private long cohortsOfCourse() {
        return jdbc.sql("select count(*) from cohort where alliance_id = :a")
                .param("a", alliance)
                .query(Long.class)
                .single();
    }

    private static Instant day(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @SafeVarargs
    private Map<String, Object> body(Map<String, Object>... cohorts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allianceId", alliance);
        body.put("organiserId", association);
        body.put("cohorts", List.of(cohorts));
        return body;
    }

    private Map<String, Object> cohort(
            String key, LocalDate start, LocalDate end, int capacity, List<Map<String, Object>> seats) {
        Map<String, Object> cohort = new LinkedHashMap<>();
        cohort.put("importKey", key);
        cohort.put("courseId", course);
        cohort.put("startDate", start.toString());
        cohort.put("endDate", end.toString());
        cohort.put("capacity", capacity);
        cohort.put("cost", Map.of("pricing", "TOTAL", "amountMinor", 300_000, "currency", "EUR"));
        cohort.put("seats", seats);
        return cohort;
    }

    private static Map<String, Object> seat(
            UUID staffId,
            MemberEvents.Employer employer,
            LocalDate enrolledOn,
            String outcome,
            double hours,
            Integer pre,
            Integer post,
            Integer satisfaction,
            boolean credential) {
        Map<String, Object> seat = new LinkedHashMap<>();
        seat.put("staffId", staffId);
        seat.put("employerId", employer.id());
        seat.put("enrolledOn", enrolledOn.toString());
        seat.put("outcome", outcome);
        seat.put("attendedHours", hours);
        seat.put("preScore", pre);
        seat.put("postScore", post);
        seat.put("satisfaction", satisfaction);
        seat.put("credentialAwarded", credential);
        return seat;
    }

    static void assertProblem(Api.Response response, int status, String field, String reasonPart) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.raw()).as(response.toString()).contains(reasonPart);
        assertThat(response.body().get("errors").get(0).get("field").asString())
                .as(response.toString())
                .isEqualTo(field);
    }
}
