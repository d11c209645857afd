package org.skillalliance.curriculum.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.testsupport.PrometheusScrape;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Who may be enrolled, repeats, withdrawals with promotion under quotas, outcomes and credentials. */
class EnrolmentRulesIT extends ServiceIT {

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    TransactionTemplate transactions;

    private UUID allianceId;
    private MemberEvents.Employer employer;
    private MemberEvents.Employer suspended;
    private UUID active;
    private UUID leaver;
    private UUID staffOfSuspended;

    @BeforeAll
    void memberFacts() {
        wire();
        allianceId = members.alliance("Green building alliance");
        employer = members.activeEmployer(allianceId);
        suspended = members.activeEmployer(allianceId);
        active = members.staff(employer);
        leaver = members.staff(employer);
        staffOfSuspended = members.staff(suspended);
        members.left(leaver, employer, LocalDate.now().minusDays(3));
        members.suspend(suspended);
        members.awaitConsumed();
    }

    @Test
    void refusesWhoMayNotBeEnrolledEachWithAPreciseReason() {
        UUID cohort = curriculum.cohort(curriculum.publishedCourse(allianceId)).open();

        assertRefused(
                api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), leaver)),
                422,
                "staffId",
                "left employer");
        assertRefused(
                api.post("/api/enrolments", Curriculum.enrolment(cohort, suspended.id(), staffOfSuspended)),
                422,
                "employerId",
                "SUSPENDED");
        assertRefused(
                api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), UUID.randomUUID())),
                422,
                "staffId",
                "not registered");
        assertRefused(
                api.post("/api/enrolments", Curriculum.enrolment(cohort, suspended.id(), active)),
                422,
                "staffId",
                "not employed by employer");
        MemberEvents.Employer outsider = members.activeEmployer(members.alliance("Another alliance"));
        UUID outsiderStaff = members.staff(outsider);
        members.awaitConsumed();
        assertRefused(
                api.post("/api/enrolments", Curriculum.enrolment(cohort, outsider.id(), outsiderStaff)),
                422,
                "employerId",
                "not a member of alliance");

        UUID notYetOpen = curriculum
                .cohort(curriculum.publishedCourse(allianceId))
                .with("enrolmentOpens", LocalDate.now().plusDays(2).toString())
                .open();
        assertRefused(
                api.post("/api/enrolments", Curriculum.enrolment(notYetOpen, employer.id(), active)),
                422,
                "cohortId",
                "enrolment window");
        UUID planned = curriculum
                .cohort(curriculum.publishedCourse(allianceId))
                .schedule()
                .id();
        assertRefused(
                api.post("/api/enrolments", Curriculum.enrolment(planned, employer.id(), active)),
                422,
                "cohortId",
                "PLANNED, not open");

        UUID course = curriculum.publishedCourse(allianceId);
        UUID ofRetiredCourse = curriculum.cohort(course).open();
        assertThat(api.post("/api/courses/" + course + "/retire").status()).isEqualTo(200);
        assertRefused(
                api.post("/api/enrolments", Curriculum.enrolment(ofRetiredCourse, employer.id(), active)),
                422,
                "cohortId",
                "retired");
        assertRefused(curriculum.cohort(course).schedule(), 422, "courseId", "RETIRED");

        Api.Response unknownCohort =
                api.post("/api/enrolments", Curriculum.enrolment(UUID.randomUUID(), employer.id(), active));
        assertThat(unknownCohort.status()).isEqualTo(404);
        assertRefused(
                api.post("/api/enrolments", Map.of("cohortId", cohort, "employerId", employer.id())),
                400,
                "staffId",
                "must not be null");
        assertRefused(
                api.post(
                        "/api/enrolments",
                        Map.of("cohortId", cohort, "employerId", employer.id(), "staffId", active, "staffid", active)),
                400,
                "staffid",
                "not a known field");
        assertRefused(
                api.post(
                        "/api/enrolments", Map.of("cohortId", "seven", "employerId", employer.id(), "staffId", active)),
                400,
                "cohortId",
                "UUID");

        assertThat(jdbc.sql("select count(*) from enrolment where cohort_id in (:cohorts)")
                        .param("cohorts", List.of(cohort, notYetOpen, planned, ofRetiredCourse))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRepeatedRequestReturnsTheExistingEnrolment() {
        UUID cohort = curriculum.cohort(curriculum.publishedCourse(allianceId)).open();
        Api.Response first = api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), active));
        Api.Response again = api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), active));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(jdbc.sql("select count(*) from enrolment where cohort_id = :c")
                        .param("c", cohort)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void withdrawingTwoConfirmedPromotesTheEarliestWaitersWhoseEmployersAreUnderQuota() {
        MemberEvents.Employer a = members.activeEmployer(allianceId);
        MemberEvents.Employer b = members.activeEmployer(allianceId);
        MemberEvents.Employer c = members.activeEmployer(allianceId);
        List<UUID> staffA = members.staff(a, 3);
        List<UUID> staffB = members.staff(b, 2);
        List<UUID> staffC = members.staff(c, 2);
        members.awaitConsumed();
        UUID cohort = curriculum
                .cohort(curriculum.publishedCourse(allianceId))
                .capacity(3)
                .quota(2)
                .open();

        UUID a1 = enrol(cohort, a, staffA.get(0), "CONFIRMED", null);
        enrol(cohort, a, staffA.get(1), "CONFIRMED", null);
        UUID b1 = enrol(cohort, b, staffB.get(0), "CONFIRMED", null);
        UUID a3 = enrol(cohort, a, staffA.get(2), "WAITLISTED", 1);
        UUID c1 = enrol(cohort, c, staffC.get(0), "WAITLISTED", 2);
        UUID b2 = enrol(cohort, b, staffB.get(1), "WAITLISTED", 3);
        enrol(cohort, c, staffC.get(1), "WAITLISTED", 4);

        // b1 frees a seat: a3 waits first but employer a holds its quota of 2, so c1 is promoted
        assertRefused(
                api.post("/api/enrolments/" + b1 + "/withdraw", Map.of("employerId", a.id())),
                422,
                "employerId",
                "another employer");
        Api.Response withdrawn = api.post("/api/enrolments/" + b1 + "/withdraw", Map.of("employerId", b.id()));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
        assertThat(status(c1)).isEqualTo("CONFIRMED");
        assertThat(status(a3)).isEqualTo("WAITLISTED");
        assertThat(api.get("/api/enrolments/" + a3)
                        .body()
                        .get("waitlistPosition")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/enrolments/" + b2)
                        .body()
                        .get("waitlistPosition")
                        .asInt())
                .isEqualTo(2);

        // a1 frees a seat and a's quota: a3, the earliest waiter, is promoted
        assertThat(api.post("/api/enrolments/" + a1 + "/withdraw", Map.of("employerId", a.id()))
                        .status())
                .isEqualTo(200);
        assertThat(status(a3)).isEqualTo("CONFIRMED");
        assertThat(status(b2)).isEqualTo("WAITLISTED");
        assertThat(api.get("/api/enrolments/" + b2)
                        .body()
                        .get("waitlistPosition")
                        .asInt())
                .isEqualTo(1);
        assertRefused(
                api.post("/api/enrolments/" + a1 + "/withdraw", Map.of("employerId", a.id())),
                409,
                null,
                "it is WITHDRAWN");

        List<EnrolmentEventView> seatChanges = awaitEvents(cohort, 12).stream()
                .filter(e -> !e.eventType().startsWith("Cohort"))
                .map(EnrolmentEventView::of)
                .toList();
        assertThat(seatChanges.subList(7, 11))
                .containsExactly(
                        new EnrolmentEventView(EventTypes.ENROLMENT_WITHDRAWN, b1, "CONFIRMED"),
                        new EnrolmentEventView(EventTypes.ENROLMENT_PROMOTED, c1, "WAITLISTED"),
                        new EnrolmentEventView(EventTypes.ENROLMENT_WITHDRAWN, a1, "CONFIRMED"),
                        new EnrolmentEventView(EventTypes.ENROLMENT_PROMOTED, a3, "WAITLISTED"));
    }

    @Test
    void outcomesAreCheckedAndACompletedEnrolmentWithACredentialYieldsAnOpenBadge() {
        UUID course = curriculum.course(allianceId).with("hours", 7.5).published();
        UUID providerId = UUID.fromString(api.get("/api/courses/" + course).text("providerId"));
        UUID cohort = curriculum.cohort(course).today().open();
        UUID enrolment = api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), active))
                .id();
        Map<String, Object> outcome = Curriculum.completedWithCredential(providerId, 7.5);
        String path = "/api/enrolments/" + enrolment + "/outcome";

        assertRefused(api.post(path, outcome), 409, null, "it is OPEN");
        assertThat(api.post("/api/cohorts/" + cohort + "/start").status()).isEqualTo(200);
        assertRefused(
                api.post(path, with(outcome, "attendedHours", 8)),
                400,
                "attendedHours",
                "must not exceed the course's 7.50 hours");
        assertRefused(api.post(path, with(outcome, "preScore", 101)), 400, "preScore", "100");
        assertRefused(api.post(path, with(outcome, "postScore", -1)), 400, "postScore", "0");
        assertRefused(api.post(path, with(outcome, "satisfaction", 6)), 400, "satisfaction", "5");
        assertRefused(api.post(path, with(outcome, "outcome", "NOT_COMPLETED")), 400, "credentialAwarded", "COMPLETED");
        assertRefused(
                api.post(path, with(outcome, "outcome", "PASSED")),
                400,
                "outcome",
                "COMPLETED, NOT_COMPLETED, NO_SHOW");
        assertRefused(
                api.post(path, with(outcome, "outcome", "NO_SHOW")), 400, "attendedHours", "must be 0 for a no-show");
        assertRefused(
                api.post(path, with(outcome, "providerId", UUID.randomUUID())), 422, "providerId", "another provider");
        assertThat(api.get("/api/enrolments/" + enrolment + "/credential").status())
                .isEqualTo(404);

        Api.Response recorded = api.post(path, outcome);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.text("status")).isEqualTo("COMPLETED");
        assertThat(recorded.text("credential")).isEqualTo("/api/enrolments/" + enrolment + "/credential");

        // await the outcome's own event: the cohort's earlier events may already count four before it is relayed
        EventEnvelope event = awaitEvent(cohort, EventTypes.ENROLMENT_OUTCOME_RECORDED);
        assertThat(event.payload().get("attendedHours").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(event.payload().get("preScore").asInt()).isEqualTo(40);
        assertThat(event.payload().get("postScore").asInt()).isEqualTo(85);
        assertThat(event.payload().get("satisfaction").asInt()).isEqualTo(5);
        assertThat(event.payload().get("credentialAwarded").asBoolean()).isTrue();
        assertThat(event.payload().get("completedOn").asString())
                .isEqualTo(LocalDate.now().toString());

        Api.Response badge = api.get("/api/enrolments/" + enrolment + "/credential");
        assertThat(badge.status()).isEqualTo(200);
        JsonNode credential = badge.body();
        assertThat(credential.get("@context").get(0).asString()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(credential.get("@context").get(1).asString())
                .startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0");
        assertThat(credential.get("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat(credential.get("issuer").get("id").asString()).isEqualTo("urn:uuid:" + allianceId);
        assertThat(credential.get("issuer").get("name").asString()).isEqualTo("Green building alliance");
        assertThat(credential.get("validFrom").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        JsonNode subject = credential.get("credentialSubject");
        assertThat(subject.get("id").asString()).isEqualTo("urn:uuid:" + active);
        assertThat(subject.get("type").get(0).asString()).isEqualTo("AchievementSubject");
        JsonNode achievement = subject.get("achievement");
        assertThat(achievement.get("type").get(0).asString()).isEqualTo("Achievement");
        assertThat(achievement.get("name").asString()).isEqualTo("CNC Operator Level 1");
        assertThat(achievement.get("criteria").get("narrative").asString()).contains("7.5 hours");
        assertThat(achievement.get("alignment").get(0).get("targetUrl").asString())
                .startsWith("http://data.europa.eu/esco/skill/");
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new java.util.LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /**
     * The enrolment figures on the Prometheus scrape of the management port: each outcome of a request or a seat
     * change counted once, after its transaction committed (a request rolled back after the seat decision counts
     * nothing), and the waitlists, without a label per cohort.
     */
    @Test
    void theScrapeCountsEachOutcomeAfterCommitAndShowsTheWaitlists() {
        MemberEvents.Employer hr = members.activeEmployer(allianceId);
        List<UUID> staff = members.staff(hr, 4);
        members.awaitConsumed();
        UUID cohort = curriculum
                .cohort(curriculum.publishedCourse(allianceId))
                .capacity(1)
                .open();
        PrometheusScrape before = scrape();

        UUID first = enrol(cohort, hr, staff.get(0), "CONFIRMED", null);
        enrol(cohort, hr, staff.get(1), "WAITLISTED", 1);
        enrol(cohort, hr, staff.get(2), "WAITLISTED", 2);
        assertRefused(
                api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), leaver)),
                422,
                "staffId",
                "left employer");
        // the seat decision made, its event in the outbox, then the transaction rolled back: it never happened
        transactions.executeWithoutResult(status -> {
            enrolments.enrol(
                    new Caller("metrics-test", null, Set.of(Role.ALLIANCE_ADMIN)),
                    new EnrolmentManagement.EnrolRequest(cohort, staff.get(3), hr.id()));
            status.setRollbackOnly();
        });
        PrometheusScrape requested = scrape();
        assertThat(increase(before, requested, "confirmed")).isEqualTo(1);
        assertThat(increase(before, requested, "waitlisted")).isEqualTo(2);
        assertThat(increase(before, requested, "refused")).isEqualTo(1);
        // the gauges' query is shared by the gauges of one scrape for 250 ms
        double waitingBefore = value(before, "skillalliance_waitlist_people");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(value(scrape(), "skillalliance_waitlist_people") - waitingBefore)
                        .isEqualTo(2));
        assertThat(value(scrape(), "skillalliance_waitlist_longest")).isGreaterThanOrEqualTo(2);

        assertThat(api.post("/api/enrolments/" + first + "/withdraw", Map.of("employerId", hr.id()))
                        .status())
                .isEqualTo(200);
        PrometheusScrape withdrawn = scrape();
        assertThat(increase(requested, withdrawn, "withdrawn")).isEqualTo(1);
        assertThat(increase(requested, withdrawn, "promoted")).isEqualTo(1);
        assertThat(increase(requested, withdrawn, "confirmed")).isZero();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(value(scrape(), "skillalliance_waitlist_people") - waitingBefore)
                        .isEqualTo(1));
        assertThat(withdrawn.samples("skillalliance_waitlist_people"))
                .singleElement()
                .satisfies(sample -> assertThat(sample.labels()).containsOnlyKeys("application"));
        assertThat(withdrawn.samples("skillalliance_enrolments_total"))
                .extracting(sample -> sample.labels().get("outcome"))
                .containsExactlyInAnyOrder("confirmed", "waitlisted", "refused", "promoted", "withdrawn", "cancelled");
        withdrawn
                .body()
                .lines()
                .filter(line -> line.startsWith("skillalliance_"))
                .forEach(System.out::println);
    }

    private PrometheusScrape scrape() {
        PrometheusScrape scrape = PrometheusScrape.of(managementPort);
        assertThat(scrape.status()).as(scrape.body()).isEqualTo(200);
        return scrape;
    }

    private static double increase(PrometheusScrape before, PrometheusScrape after, String outcome) {
        return value(after, "skillalliance_enrolments_total", "outcome", outcome)
                - value(before, "skillalliance_enrolments_total", "outcome", outcome);
    }

    private static double value(PrometheusScrape scrape, String name, String... labels) {
        return scrape.value(name, labels)
                .orElseThrow(() -> new AssertionError(name + " " + List.of(labels) + " is not on the scrape"));
    }

    private UUID enrol(UUID cohort, MemberEvents.Employer employer, UUID staff, String status, Integer position) {
        Api.Response response = api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), staff));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.text("status")).isEqualTo(status);
        JsonNode waitlistPosition = response.body().get("waitlistPosition");
        assertThat(waitlistPosition.isNull() ? null : waitlistPosition.asInt()).isEqualTo(position);
        return response.id();
    }

    private String status(UUID enrolment) {
        return api.get("/api/enrolments/" + enrolment).text("status");
    }

    static void assertRefused(Api.Response response, int status, String field, String reasonPart) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.body().get("detail").asString())
                .as(response.toString())
                .contains(reasonPart);
        if (field != null) {
            assertThat(response.body().get("errors").get(0).get("field").asString())
                    .as(response.toString())
                    .isEqualTo(field);
        }
    }

    /** The facts of an enrolment event the tests compare. */
    record EnrolmentEventView(String type, UUID enrolmentId, String previousStatus) {
        static EnrolmentEventView of(EventEnvelope e) {
            JsonNode previous = e.payload().get("previousStatus");
            return new EnrolmentEventView(
                    e.eventType(),
                    UUID.fromString(e.payload().get("enrolmentId").asString()),
                    previous == null || previous.isNull() ? null : previous.asString());
        }
    }
}
