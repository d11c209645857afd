package org.skillalliance.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.skillalliance.curriculum.support.Problems.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.testsupport.Callers;
import tools.jackson.databind.JsonNode;

/**
 * Evaluation beyond completion through the HTTP API with real tokens (docs/curriculum.md, "Evaluation: reaction
 * comments and follow-ups"): the employer's HR rates its staff's completed seats inside the window (60 to 180 days
 * after the cohort ended), every refusal precise and writing nothing, each rating a {@code FollowUpRecorded} on the
 * topic; a cohort's reaction comments reach its provider and coordinator only as anonymous feedback from k
 * respondents on, and never an enrolment's answer or an event. The cohorts ran in the past (history import), so that
 * today falls before, inside and after their windows.
 */
class EvaluationIT extends ServiceIT {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private UUID association;
    private UUID alliance;
    private UUID provider;
    private UUID course;
    private MemberEvents.Employer employer;
    private MemberEvents.Employer otherEmployer;
    private MemberEvents.Employer feedbackEmployer;
    private Api hr;
    private Api otherHr;

    private UUID dueCohort;
    private UUID upcomingCohort;
    private UUID overdueCohort;
    private UUID due;
    private UUID notCompleted;
    private UUID othersDue;
    private UUID upcoming;
    private UUID overdue;

    @BeforeAll
    void pastCohorts() {
        wire();
        association = UUID.randomUUID();
        provider = UUID.randomUUID();
        alliance = members.alliance("Evaluation alliance", association);
        employer = members.activeEmployer(alliance);
        otherEmployer = members.activeEmployer(alliance);
        feedbackEmployer = members.activeEmployer(alliance);
        List<UUID> staff = members.staff(employer, 4);
        UUID othersStaff = members.staff(otherEmployer);
        members.awaitConsumed();
        course = curriculum
                .course(alliance)
                .with("title", "Lean shop floor")
                .with("providerId", provider)
                .published();
        hr = api.as(Callers.person("member-admin", employer.id()));
        otherHr = api.as(Callers.person("member-admin", otherEmployer.id()));

        LocalDate dueEnd = today.minusDays(100);
        LocalDate upcomingEnd = today.minusDays(30);
        LocalDate overdueEnd = today.minusDays(200);
        List<UUID> cohorts = importHistory(
                cohort(
                        dueEnd,
                        seat(staff.get(0), employer, "COMPLETED", 5, null),
                        seat(staff.get(1), employer, "NOT_COMPLETED", 2, null),
                        seat(othersStaff, otherEmployer, "COMPLETED", 4, null)),
                cohort(upcomingEnd, seat(staff.get(2), employer, "COMPLETED", 4, null)),
                cohort(overdueEnd, seat(staff.get(3), employer, "COMPLETED", 3, null)));
        dueCohort = cohorts.get(0);
        upcomingCohort = cohorts.get(1);
        overdueCohort = cohorts.get(2);
        due = enrolment(dueCohort, staff.get(0));
        notCompleted = enrolment(dueCohort, staff.get(1));
        othersDue = enrolment(dueCohort, othersStaff);
        upcoming = enrolment(upcomingCohort, staff.get(2));
        overdue = enrolment(overdueCohort, staff.get(3));
    }

    @Test
    void hrRatesADueFollowUpWhichBecomesDoneAndCorrectsItInsideTheWindowEachRatingAnEvent() {
        LocalDate end = today.minusDays(100);
        List<JsonNode> listed = items(hr.get("/api/follow-ups?cohortId=" + dueCohort));
        // its own completed seat only: not the seat that did not complete, not the other employer's
        assertThat(listed).hasSize(1);
        JsonNode item = listed.getFirst();
        assertThat(item.path("enrolmentId").asString()).isEqualTo(due.toString());
        assertThat(item.path("cohortId").asString()).isEqualTo(dueCohort.toString());
        assertThat(item.path("courseId").asString()).isEqualTo(course.toString());
        assertThat(item.path("courseTitle").asString()).isEqualTo("Lean shop floor");
        assertThat(item.path("cohortEndDate").asString()).isEqualTo(end.toString());
        assertThat(item.path("windowOpens").asString())
                .isEqualTo(end.plusDays(60).toString());
        assertThat(item.path("windowCloses").asString())
                .isEqualTo(end.plusDays(180).toString());
        assertThat(item.path("status").asString()).isEqualTo("DUE");
        assertThat(item.path("rating").isNull()).isTrue();
        assertThat(item.path("recordedOn").isNull()).isTrue();

        Api.Response rated = hr.put("/api/follow-ups/" + due, Map.of("rating", 4));
        assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
        assertThat(rated.text("status")).isEqualTo("DONE");
        assertThat(rated.body().path("rating").asInt()).isEqualTo(4);
        assertThat(rated.text("recordedOn")).isEqualTo(today.toString());
        assertThat(rated.text("staffId")).isEqualTo(item.path("staffId").asString());

        EventEnvelope recorded = awaitEvent(dueCohort, "FollowUpRecorded");
        assertThat(recorded.payload().path("enrolmentId").asString()).isEqualTo(due.toString());
        assertThat(recorded.payload().path("cohortId").asString()).isEqualTo(dueCohort.toString());
        assertThat(recorded.payload().path("employerId").asString())
                .isEqualTo(employer.id().toString());
        assertThat(recorded.payload().path("rating").asInt()).isEqualTo(4);
        assertThat(recorded.payload().path("recordedOn").asString()).isEqualTo(today.toString());

        // a correction inside the window: the new rating, and a second event
        Api.Response corrected = hr.put("/api/follow-ups/" + due, Map.of("rating", 2));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.body().path("rating").asInt()).isEqualTo(2);
        List<EventEnvelope> followUps = awaitFollowUpEvents(dueCohort, 2);
        assertThat(followUps)
                .extracting(e -> e.payload().path("rating").asInt())
                .containsExactly(4, 2);
        assertThat(jdbc.sql("select rating from follow_up where enrolment_id = :id")
                        .param("id", due)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(items(hr.get("/api/follow-ups?cohortId=" + dueCohort)))
                .extracting(i ->
                        i.path("status").asString() + " " + i.path("rating").asInt())
                .containsExactly("DONE 2");
    }

    @Test
    void hrListsItsOwnFollowUpsByStatusInTheOrderTheirWindowsClose() {
        assertThat(ids(hr.get("/api/follow-ups?status=UPCOMING"))).containsExactly(upcoming.toString());
        assertThat(ids(hr.get("/api/follow-ups?status=OVERDUE"))).containsExactly(overdue.toString());
        assertThat(ids(hr.get("/api/follow-ups?status=DUE&cohortId=" + upcomingCohort)))
                .isEmpty();
        // every completed seat of the employer, the window closing first first
        assertThat(ids(hr.get("/api/follow-ups")))
                .containsExactly(overdue.toString(), due.toString(), upcoming.toString());
        // the other employer sees its own seat only
        assertThat(ids(otherHr.get("/api/follow-ups"))).containsExactly(othersDue.toString());

        Api.Response unknownParameter = hr.get("/api/follow-ups?staus=DUE");
        assertProblem(unknownParameter, 400, "staus", "is not a parameter of this request");
        assertProblem(hr.get("/api/follow-ups?status=LATE"), 400, "status", "");
        Api.Response asProvider = api.as(Callers.person("provider", provider)).get("/api/follow-ups");
        assertThat(asProvider.status()).as(asProvider.toString()).isEqualTo(403);
    }

    @Test
    void eachBadFollowUpIsRefusedPreciselyAndWritesNothing() {
        long rows = followUpRows();
        long events = followUpEventsInOutbox();

        assertProblem(hr.put("/api/follow-ups/" + due, Map.of("rating", 0)), 400, "rating", "1");
        assertProblem(hr.put("/api/follow-ups/" + due, Map.of("rating", 6)), 400, "rating", "5");
        assertProblem(hr.put("/api/follow-ups/" + due, Map.of()), 400, "rating", "");
        assertProblem(
                hr.put("/api/follow-ups/" + notCompleted, Map.of("rating", 3)),
                422,
                "enrolmentId",
                "is NOT_COMPLETED; only a COMPLETED seat has a follow-up");
        LocalDate upcomingEnd = today.minusDays(30);
        assertProblem(
                hr.put("/api/follow-ups/" + upcoming, Map.of("rating", 3)),
                422,
                "enrolmentId",
                "follow-up window is " + upcomingEnd.plusDays(60) + " to " + upcomingEnd.plusDays(180));
        LocalDate overdueEnd = today.minusDays(200);
        assertProblem(
                hr.put("/api/follow-ups/" + overdue, Map.of("rating", 3)),
                422,
                "enrolmentId",
                "follow-up window is " + overdueEnd.plusDays(60) + " to " + overdueEnd.plusDays(180));

        // another employer's enrolment is as unknown as one that does not exist
        UUID unknown = UUID.randomUUID();
        Api.Response others = hr.put("/api/follow-ups/" + othersDue, Map.of("rating", 3));
        Api.Response none = hr.put("/api/follow-ups/" + unknown, Map.of("rating", 3));
        assertThat(others.status()).as(others.toString()).isEqualTo(404);
        assertThat(others.raw().replace(othersDue.toString(), "<id>"))
                .isEqualTo(none.raw().replace(unknown.toString(), "<id>"));
        // roles that never rate
        Api.Response asCoordinator = api.as(Callers.person("coordinator", association))
                .put("/api/follow-ups/" + othersDue, Map.of("rating", 3));
        assertThat(asCoordinator.status()).as(asCoordinator.toString()).isEqualTo(403);

        assertThat(followUpRows()).isEqualTo(rows);
        assertThat(followUpEventsInOutbox()).isEqualTo(events);
        assertThat(items(otherHr.get("/api/follow-ups")))
                .extracting(i -> i.path("status").asString())
                .containsExactly("DUE");
    }

    @Test
    void commentsReachTheProviderAndCoordinatorAnonymouslyFromKRespondentsOnAndNowhereElse() {
        List<UUID> staff = members.staff(feedbackEmployer, 7);
        members.awaitConsumed();
        LocalDate end = today.minusDays(300);
        List<UUID> cohorts = importHistory(
                cohort(
                        end,
                        seat(staff.get(0), feedbackEmployer, "COMPLETED", 5, "very practical"),
                        seat(staff.get(1), feedbackEmployer, "COMPLETED", 4, "  Too fast  "),
                        seat(staff.get(2), feedbackEmployer, "NOT_COMPLETED", 3, "clear examples"),
                        seat(staff.get(3), feedbackEmployer, "COMPLETED", 4, "   "),
                        seat(staff.get(4), feedbackEmployer, "COMPLETED", 5, null)),
                cohort(
                        end,
                        seat(staff.get(5), feedbackEmployer, "COMPLETED", 5, "my manager made me come"),
                        seat(staff.get(6), feedbackEmployer, "COMPLETED", 4, "fine")));
        UUID enough = cohorts.get(0);
        UUID few = cohorts.get(1);

        Api providerApi = api.as(Callers.person("provider", provider));
        Api coordinator = api.as(Callers.person("coordinator", association));
        for (Api reader : List.of(providerApi, coordinator, api)) {
            Api.Response feedback = reader.get("/api/cohorts/" + enough + "/feedback");
            assertThat(feedback.status()).as(feedback.toString()).isEqualTo(200);
            assertThat(feedback.raw())
                    .isEqualTo(feedbackJson(enough, 5, "4.20", null, "clear examples", "Too fast", "very practical"));
        }
        Api.Response suppressed = providerApi.get("/api/cohorts/" + few + "/feedback");
        assertThat(suppressed.raw()).isEqualTo(feedbackJson(few, 2, "4.50", "FEWER_THAN_K_RESPONDENTS"));

        // who may not see it: another provider and another alliance's coordinator as if the cohort did not exist,
        // the employer's HR, a funder and a learner not at all
        UUID unknown = UUID.randomUUID();
        for (Api outsider : List.of(
                api.as(Callers.person("provider", UUID.randomUUID())),
                api.as(Callers.person("coordinator", UUID.randomUUID())))) {
            Api.Response refused = outsider.get("/api/cohorts/" + enough + "/feedback");
            Api.Response none = outsider.get("/api/cohorts/" + unknown + "/feedback");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.raw().replace(enough.toString(), "<id>"))
                    .isEqualTo(none.raw().replace(unknown.toString(), "<id>"));
        }
        for (String role : List.of("member-admin", "funder", "learner")) {
            Api.Response refused =
                    api.as(Callers.person(role, feedbackEmployer.id())).get("/api/cohorts/" + enough + "/feedback");
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
        }

        // the comments are stored with the outcomes, but no enrolment answer and no event carries them
        assertThat(jdbc.sql(
                                "select outcome_comment from enrolment where cohort_id = :c and outcome_comment is not null")
                        .param("c", enough)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("very practical", "Too fast", "clear examples");
        for (Api reader : List.of(api, providerApi, api.as(Callers.person("member-admin", feedbackEmployer.id())))) {
            Api.Response enrolments = reader.get("/api/enrolments?cohortId=" + enough);
            assertThat(enrolments.status()).as(enrolments.toString()).isEqualTo(200);
            assertThat(enrolments.raw()).doesNotContain("very practical", "Too fast", "comment");
            String one = enrolments.body().path("items").get(0).path("id").asString();
            assertThat(reader.get("/api/enrolments/" + one).raw()).doesNotContain("comment");
        }
        List<EventEnvelope> events = awaitEvents(enough, 14);
        assertThat(events).extracting(EventEnvelope::eventType).contains("EnrolmentOutcomeRecorded");
        assertThat(events.toString()
                        + events.stream().map(e -> e.payload().toString()).toList())
                .doesNotContain("very practical", "Too fast", "clear examples", "comment");
    }

    @Test
    void theProviderRecordsAnOutcomeWithACommentTrimmedAndATooLongOneIsRefusedWritingNothing() {
        UUID seat = runningCohortWithSeats(1).getLast();
        Api providerApi = api.as(Callers.person("provider", provider));
        String path = "/api/enrolments/" + seat + "/outcome";

        assertProblem(
                providerApi.post(path, outcome("x".repeat(1001))),
                400,
                "comment",
                "must be at most 1000 characters after trimming, got 1001");
        assertThat(storedComment(seat)).isNull();
        assertThat(jdbc.sql("select status from enrolment where id = :id")
                        .param("id", seat)
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED");

        Api.Response recorded = providerApi.post(path, outcome("  Good pace, useful exercises.  "));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.raw()).doesNotContain("comment", "Good pace");
        assertThat(storedComment(seat)).isEqualTo("Good pace, useful exercises.");
        // blank is none: a correction without words clears it
        assertThat(providerApi.post(path, outcome(" ")).status()).isEqualTo(200);
        assertThat(storedComment(seat)).isNull();
    }

    @Test
    void aCorrectionThatLeavesTheCommentOutKeepsItAnEmptyOneClearsItAndTextReplacesIt() {
        UUID seat = runningCohortWithSeats(1).getLast();
        Api providerApi = api.as(Callers.person("provider", provider));
        String path = "/api/enrolments/" + seat + "/outcome";
        assertThat(providerApi.post(path, outcome("Good pace.")).status()).isEqualTo(200);

        // the roster form never has the comment (no answer shows it): a correction without one keeps it
        Map<String, Object> absent = outcome(null);
        absent.remove("comment");
        absent.put("outcome", "NOT_COMPLETED");
        absent.put("attendedHours", 12);
        Api.Response corrected = providerApi.post(path, absent);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.text("status")).isEqualTo("NOT_COMPLETED");
        assertThat(storedComment(seat)).isEqualTo("Good pace.");
        // null is left out too
        assertThat(providerApi.post(path, outcome(null)).status()).isEqualTo(200);
        assertThat(storedComment(seat)).isEqualTo("Good pace.");
        // other words replace it, an empty string clears it
        assertThat(providerApi.post(path, outcome(" Too fast ")).status()).isEqualTo(200);
        assertThat(storedComment(seat)).isEqualTo("Too fast");
        assertThat(providerApi.post(path, outcome("")).status()).isEqualTo(200);
        assertThat(storedComment(seat)).isNull();
    }

    @Test
    void theCommentsAreReleasedAllAtOnceOnlyWhenTheCohortIsCompletedWithEveryOutcomeIn() {
        List<UUID> seats = runningCohortWithSeats(6);
        UUID cohort = jdbc.sql("select cohort_id from enrolment where id = :id")
                .param("id", seats.getFirst())
                .query(UUID.class)
                .single();
        Api providerApi = api.as(Callers.person("provider", provider));
        Api coordinator = api.as(Callers.person("coordinator", association));
        List<String> words = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot");
        for (int i = 0; i < 5; i++) {
            Api.Response recorded =
                    providerApi.post("/api/enrolments/" + seats.get(i) + "/outcome", outcome(words.get(i)));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        }
        // k respondents, but the cohort runs: a comment shown now could be tied to the seat just recorded
        Api.Response running = coordinator.get("/api/cohorts/" + cohort + "/feedback");
        assertThat(running.raw()).isEqualTo(feedbackJson(cohort, 5, "4.00", "COHORT_NOT_COMPLETED"));
        // completed with a seat still awaiting its outcome: still held back
        Api.Response completed = api.post("/api/cohorts/" + cohort + "/complete");
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(coordinator.get("/api/cohorts/" + cohort + "/feedback").raw())
                .isEqualTo(feedbackJson(cohort, 5, "4.00", "COHORT_NOT_COMPLETED"));

        Api.Response last = providerApi.post("/api/enrolments/" + seats.get(5) + "/outcome", outcome(words.get(5)));
        assertThat(last.status()).as(last.toString()).isEqualTo(200);
        Api.Response released = coordinator.get("/api/cohorts/" + cohort + "/feedback");
        assertThat(released.raw()).isEqualTo(feedbackJson(cohort, 6, "4.00", null, words.toArray(String[]::new)));
    }

    @Test
    void anAllianceAdminListsEveryEmployersFollowUpsOneCohortAtATime() {
        assertProblem(api.get("/api/follow-ups"), 400, "cohortId", "is required");
        assertProblem(api.get("/api/follow-ups?status=DUE"), 400, "cohortId", "is required");
        assertThat(ids(api.get("/api/follow-ups?cohortId=" + dueCohort)))
                .containsExactlyInAnyOrder(due.toString(), othersDue.toString());
        // a member-admin still lists all its employer's seats without naming a cohort
        assertThat(ids(otherHr.get("/api/follow-ups"))).containsExactly(othersDue.toString());
    }

    // ---- helpers ----

    /** A one-day cohort of the course today, started, with this many seats of the feedback employer's staff. */
    private List<UUID> runningCohortWithSeats(int count) {
        List<UUID> staff = members.staff(feedbackEmployer, count);
        members.awaitConsumed();
        UUID cohort = curriculum
                .cohort(course)
                .with("organiserId", association)
                .today()
                .with("minParticipants", 0)
                .open();
        List<UUID> seats = new ArrayList<>();
        for (UUID member : staff) {
            Api.Response enrolled =
                    api.post("/api/enrolments", Curriculum.enrolment(cohort, feedbackEmployer.id(), member));
            assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
            seats.add(enrolled.id());
        }
        assertThat(api.post("/api/cohorts/" + cohort + "/start").status()).isEqualTo(200);
        return seats;
    }

    /** A feedback answer exactly as the API writes it, with k = 5; the comments only where none is suppressed. */
    private static String feedbackJson(
            UUID cohort, int respondents, String mean, String suppressedBecause, String... comments) {
        return "{\"cohortId\":\"" + cohort + "\",\"respondents\":" + respondents + ",\"minimumRespondents\":5,"
                + "\"meanSatisfaction\":" + mean + ",\"suppressed\":" + (suppressedBecause != null)
                + ",\"suppressedBecause\":" + (suppressedBecause == null ? "null" : "\"" + suppressedBecause + "\"")
                + ",\"comments\":"
                + Arrays.stream(comments)
                        .map(comment -> "\"" + comment + "\"")
                        .collect(Collectors.joining(",", "[", "]"))
                + "}";
    }

    private Map<String, Object> outcome(String comment) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("providerId", provider);
        outcome.put("outcome", "COMPLETED");
        outcome.put("attendedHours", 16);
        outcome.put("satisfaction", 4);
        outcome.put("comment", comment);
        return outcome;
    }

    private String storedComment(UUID enrolment) {
        // a list, since the comment may be null (single() refuses a null value)
        return jdbc.sql("select outcome_comment from enrolment where id = :id")
                .param("id", enrolment)
                .query(String.class)
                .list()
                .getFirst();
    }

    /** Imports the past cohorts of the alliance's course as its coordinator; their ids, in order. */
    @SafeVarargs
    private List<UUID> importHistory(Map<String, Object>... cohorts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allianceId", alliance);
        body.put("organiserId", association);
        body.put("cohorts", List.of(cohorts));
        Api.Response imported =
                api.as(Callers.person("coordinator", association)).post("/api/cohorts/history", body);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        List<UUID> ids = new ArrayList<>();
        imported.body()
                .path("cohorts")
                .forEach(c -> ids.add(UUID.fromString(c.path("cohortId").asString())));
        return ids;
    }

    /** A past two-day cohort of the course that ended on {@code end}, its seats taken a week before its start. */
    @SafeVarargs
    private Map<String, Object> cohort(LocalDate end, Map<String, Object>... seats) {
        LocalDate start = end.minusDays(1);
        Map<String, Object> cohort = new LinkedHashMap<>();
        cohort.put("importKey", UUID.randomUUID().toString());
        cohort.put("courseId", course);
        cohort.put("startDate", start.toString());
        cohort.put("endDate", end.toString());
        cohort.put("capacity", 10);
        cohort.put("cost", Map.of("pricing", "TOTAL", "amountMinor", 300_000, "currency", "EUR"));
        List<Map<String, Object>> withDates = new ArrayList<>();
        for (Map<String, Object> seat : seats) {
            Map<String, Object> dated = new LinkedHashMap<>(seat);
            dated.put("enrolledOn", start.minusDays(7).toString());
            withDates.add(dated);
        }
        cohort.put("seats", withDates);
        return cohort;
    }

    private static Map<String, Object> seat(
            UUID staffId, MemberEvents.Employer employer, String outcome, int satisfaction, String comment) {
        Map<String, Object> seat = new LinkedHashMap<>();
        seat.put("staffId", staffId);
        seat.put("employerId", employer.id());
        seat.put("outcome", outcome);
        seat.put("attendedHours", outcome.equals("COMPLETED") ? 16 : 6);
        seat.put("satisfaction", satisfaction);
        if (comment != null) {
            seat.put("comment", comment);
        }
        return seat;
    }

    private UUID enrolment(UUID cohort, UUID staff) {
        return jdbc.sql("select id from enrolment where cohort_id = :c and staff_id = :s")
                .param("c", cohort)
                .param("s", staff)
                .query(UUID.class)
                .single();
    }

    private List<EventEnvelope> awaitFollowUpEvents(UUID cohort, int count) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> eventsOf(cohort.toString(), e -> e.eventType().equals("FollowUpRecorded"))
                                .size()
                        >= count);
        return eventsOf(cohort.toString(), e -> e.eventType().equals("FollowUpRecorded"));
    }

    private long followUpRows() {
        return jdbc.sql("select count(*) from follow_up").query(Long.class).single();
    }

    private long followUpEventsInOutbox() {
        return jdbc.sql("select count(*) from outbox_event where event_type = 'FollowUpRecorded'")
                .query(Long.class)
                .single();
    }

    private static List<JsonNode> items(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.body().forEach(items::add);
        return items;
    }

    private static List<String> ids(Api.Response response) {
        return items(response).stream()
                .map(item -> item.path("enrolmentId").asString())
                .toList();
    }
}
