package org.skillalliance.curriculum.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.member.MembershipRole;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import tools.jackson.databind.JsonNode;

/** Scheduling and the cohort lifecycle through the HTTP API, with its events and its effect on enrolments. */
class CohortLifecycleIT extends ServiceIT {

    private UUID alliance;
    private MemberEvents.Employer employer;
    private List<UUID> staff;

    @BeforeAll
    void members() {
        wire();
        alliance = members.alliance("Logistics alliance");
        employer = members.activeEmployer(alliance);
        staff = members.staff(employer, 4);
        members.awaitConsumed();
    }

    @Test
    void onlyPublishedCoursesGetCohortsAndThePlanIsChecked() {
        UUID draft = curriculum.course(alliance).draft().id();
        assertProblem(
                curriculum.cohort(draft).schedule(), 422, "courseId", "is DRAFT; only published courses get cohorts");
        assertProblem(curriculum.cohort(UUID.randomUUID()).schedule(), 404, null, "does not exist");

        UUID course = curriculum.publishedCourse(alliance);
        LocalDate today = LocalDate.now();
        assertProblem(
                curriculum
                        .cohort(course)
                        .with("endDate", today.plusDays(1).toString())
                        .schedule(),
                400,
                "endDate",
                "must not be before startDate");
        assertProblem(
                curriculum
                        .cohort(course)
                        .with("enrolmentCloses", today.plusDays(30).toString())
                        .schedule(),
                400,
                "enrolmentCloses",
                "must not be after startDate");
        assertProblem(
                curriculum
                        .cohort(course)
                        .with("startDate", today.minusDays(1).toString())
                        .schedule(),
                400,
                "startDate",
                "in the past");
        assertProblem(
                curriculum.cohort(course).capacity(5).quota(6).schedule(), 400, "seatQuotaPerEmployer", "capacity 5");
        assertProblem(
                curriculum.cohort(course).capacity(5).with("minParticipants", 6).schedule(),
                400,
                "minParticipants",
                "capacity 5");
        assertProblem(curriculum.cohort(course).capacity(0).schedule(), 400, "capacity", "greater than or equal to 1");
        assertProblem(
                curriculum
                        .cohort(course)
                        .with("cost", Map.of("pricing", "TOTAL", "amountMinor", 100, "currency", "EUX"))
                        .schedule(),
                400,
                "cost.currency",
                "ISO 4217");
        assertProblem(
                curriculum
                        .cohort(course)
                        .with("cost", Map.of("pricing", "TOTAL", "amountMinor", -1, "currency", "EUR"))
                        .schedule(),
                400,
                "cost.amountMinor",
                "minor units from 0 to 10000000000000");
        assertProblem(
                curriculum
                        .cohort(course)
                        .with("cost", Map.of("pricing", "TOTAL", "amountMinor", 10.5, "currency", "EUR"))
                        .schedule(),
                400,
                "cost.amountMinor",
                "whole number");
        assertProblem(curriculum.cohort(course).with("startDate", "2025-02-30").schedule(), 400, "startDate", "date");
        assertThat(jdbc.sql("select count(*) from cohort where course_id = :c")
                        .param("c", course)
                        .query(Long.class)
                        .single())
                .isZero();
        // who teaches: the course's provider, or a provider member of the alliance; nobody else, since the provider
        // is handed the names on the cohort's roster
        UUID stranger = UUID.randomUUID();
        assertProblem(
                curriculum.cohort(course).with("providerId", stranger).schedule(),
                422,
                "providerId",
                "neither the course's provider nor a training provider member");
        UUID secondProvider = UUID.randomUUID();
        members.activeMembership(alliance, secondProvider, MembershipRole.PROVIDER);
        members.awaitConsumed();
        Api.Response taughtByMember =
                curriculum.cohort(course).with("providerId", secondProvider).schedule();
        assertThat(taughtByMember.status()).as(taughtByMember.toString()).isEqualTo(201);
        assertThat(taughtByMember.text("providerId")).isEqualTo(secondProvider.toString());
    }

    @Test
    void aCohortRunsFromPlannedToCompletedAnnouncingEachStep() {
        UUID course = curriculum.publishedCourse(alliance);
        Api.Response scheduled = curriculum
                .cohort(course)
                .today()
                .capacity(2)
                .with("minParticipants", 2)
                .with("cost", Map.of("pricing", "TOTAL", "amountMinor", 1_250_000, "currency", "EUR"))
                .schedule();
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        assertThat(scheduled.text("status")).isEqualTo("PLANNED");
        assertThat(scheduled.text("providerId"))
                .isEqualTo(api.get("/api/courses/" + course).text("providerId"));
        UUID cohort = scheduled.id();

        assertProblem(api.post("/api/cohorts/" + cohort + "/start"), 409, null, "cannot start cohort");
        assertThat(api.post("/api/cohorts/" + cohort + "/open").text("status")).isEqualTo("OPEN");
        enrol(cohort, staff.get(0));
        assertProblem(api.post("/api/cohorts/" + cohort + "/start"), 422, "minParticipants", "needs at least 2");
        enrol(cohort, staff.get(1));
        UUID waiter = enrol(cohort, staff.get(2));
        assertThat(api.get("/api/enrolments/" + waiter).text("status")).isEqualTo("WAITLISTED");

        assertThat(api.post("/api/cohorts/" + cohort + "/start").text("status")).isEqualTo("RUNNING");
        assertThat(api.get("/api/enrolments/" + waiter).text("status")).isEqualTo("CANCELLED");
        assertFill(api.get("/api/cohorts/" + cohort).body(), 0, 0);
        assertProblem(
                api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), staff.get(3))),
                422,
                "cohortId",
                "is RUNNING, not open");
        assertThat(api.post("/api/cohorts/" + cohort + "/complete").text("status"))
                .isEqualTo("COMPLETED");
        assertProblem(api.post("/api/cohorts/" + cohort + "/cancel"), 409, null, "it is COMPLETED");

        List<EventEnvelope> events = awaitEvents(cohort, 8);
        assertThat(events)
                .extracting(EventEnvelope::eventType)
                .containsExactly(
                        EventTypes.COHORT_SCHEDULED,
                        EventTypes.COHORT_STATUS_CHANGED,
                        EventTypes.ENROLMENT_CONFIRMED,
                        EventTypes.ENROLMENT_CONFIRMED,
                        EventTypes.ENROLMENT_WAITLISTED,
                        EventTypes.COHORT_STATUS_CHANGED,
                        EventTypes.ENROLMENT_CANCELLED,
                        EventTypes.COHORT_STATUS_CHANGED);
        JsonNode started = events.get(5).payload();
        assertThat(started.get("status").asString()).isEqualTo("RUNNING");
        assertThat(started.get("previousStatus").asString()).isEqualTo("OPEN");
        assertThat(started.get("confirmedSeats").asInt()).isEqualTo(2);
        assertThat(started.get("capacity").asInt()).isEqualTo(2);
        assertThat(started.get("startDate").asString())
                .isEqualTo(LocalDate.now().toString());
        assertThat(started.get("cost").get("amountMinor").asLong()).isEqualTo(1_250_000);
        assertThat(started.get("cost").get("pricing").asString()).isEqualTo("TOTAL");
        assertThat(events.get(6).payload().get("previousStatus").asString()).isEqualTo("WAITLISTED");
    }

    @Test
    void cancellingACohortCancelsItsEnrolments() {
        UUID cohort = curriculum
                .cohort(curriculum.publishedCourse(alliance))
                .capacity(1)
                .open();
        UUID confirmed = enrol(cohort, staff.get(0));
        UUID waiting = enrol(cohort, staff.get(1));

        assertThat(api.post("/api/cohorts/" + cohort + "/cancel").text("status"))
                .isEqualTo("CANCELLED");

        assertThat(api.get("/api/enrolments/" + confirmed).text("status")).isEqualTo("CANCELLED");
        assertThat(api.get("/api/enrolments/" + waiting).text("status")).isEqualTo("CANCELLED");
        assertThat(api.get("/api/enrolments?cohortId=" + cohort + "&status=CANCELLED")
                        .body()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(2);
        List<EventEnvelope> events = awaitEvents(cohort, 7);
        assertThat(events.subList(4, 7))
                .extracting(EventEnvelope::eventType)
                .containsExactly(
                        EventTypes.COHORT_STATUS_CHANGED,
                        EventTypes.ENROLMENT_CANCELLED,
                        EventTypes.ENROLMENT_CANCELLED);
        assertThat(events.get(4).payload().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(events.get(5).payload().get("previousStatus").asString()).isEqualTo("CONFIRMED");
        assertThat(events.get(6).payload().get("previousStatus").asString()).isEqualTo("WAITLISTED");
        assertThat(events.get(6).payload().get("waitlistPosition").asInt()).isEqualTo(1);
        assertProblem(
                api.post("/api/enrolments/" + confirmed + "/withdraw", Map.of("employerId", employer.id())),
                409,
                null,
                "cannot withdraw");
    }

    @Test
    void aCohortShowsItsSeatsLeftAndWaitlistLengthSingleAndListed() {
        UUID course = curriculum.publishedCourse(alliance);
        UUID cohort = curriculum.cohort(course).capacity(2).schedule().id();
        Api.Response opened = api.post("/api/cohorts/" + cohort + "/open");
        assertFill(opened.body(), 2, 0);
        UUID first = enrol(cohort, staff.get(0));
        assertFill(api.get("/api/cohorts/" + cohort).body(), 1, 0);
        UUID second = enrol(cohort, staff.get(1));
        UUID firstWaiter = enrol(cohort, staff.get(2));
        UUID secondWaiter = enrol(cohort, staff.get(3));
        assertFill(api.get("/api/cohorts/" + cohort).body(), 0, 2);
        assertFill(listed(course, cohort), 0, 2);

        withdraw(secondWaiter);
        assertFill(api.get("/api/cohorts/" + cohort).body(), 0, 1);

        withdraw(first);
        assertThat(api.get("/api/enrolments/" + firstWaiter).text("status")).isEqualTo("CONFIRMED");
        assertFill(api.get("/api/cohorts/" + cohort).body(), 0, 0);
        assertFill(listed(course, cohort), 0, 0);

        withdraw(second);
        assertFill(api.get("/api/cohorts/" + cohort).body(), 1, 0);
        assertFill(listed(course, cohort), 1, 0);
    }

    @Test
    void cohortsAreListedWithFilters() {
        UUID course = curriculum.publishedCourse(alliance);
        curriculum.cohort(course).open();
        curriculum.cohort(course).schedule();
        assertThat(api.get("/api/cohorts?courseId=" + course)
                        .body()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(2);
        assertThat(api.get("/api/cohorts?courseId=" + course + "&status=OPEN")
                        .body()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
        assertProblem(api.get("/api/cohorts?startsFrom=tomorrow"), 400, "startsFrom", "is not a date");
    }

    private JsonNode listed(UUID course, UUID cohort) {
        JsonNode page = api.get("/api/cohorts?courseId=" + course).body();
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asString().equals(cohort.toString())) {
                return item;
            }
        }
        throw new AssertionError("cohort " + cohort + " not listed: " + page);
    }

    private void withdraw(UUID enrolment) {
        Api.Response response =
                api.post("/api/enrolments/" + enrolment + "/withdraw", Map.of("employerId", employer.id()));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static void assertFill(JsonNode cohort, int seatsLeft, int waitlistLength) {
        assertThat(cohort.get("seatsLeft").asInt()).as(cohort.toString()).isEqualTo(seatsLeft);
        assertThat(cohort.get("waitlistLength").asInt()).as(cohort.toString()).isEqualTo(waitlistLength);
    }

    private UUID enrol(UUID cohort, UUID staffId) {
        Api.Response response = api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), staffId));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    static void assertProblem(Api.Response response, int status, String field, String reasonPart) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.raw()).as(response.toString()).contains(reasonPart);
        if (field != null) {
            assertThat(response.body().get("errors").get(0).get("field").asString())
                    .as(response.toString())
                    .isEqualTo(field);
        }
    }
}
