package org.skillalliance.curriculum.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.cohort.CohortManagement;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seat counters (V10__seat_counters.sql) stay equal to a recount of the enrolments after every kind of seat change:
 * enrolment to full, waitlisting at the quota, bulk import, withdrawal with promotion, a history seat, the cohort's
 * start (waiters cancelled), outcomes and a cohort's cancellation.
 */
class SeatCountersIT extends ServiceIT {

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    CohortManagement cohorts;

    @Autowired
    TransactionTemplate transactions;

    private UUID allianceId;
    private MemberEvents.Employer a;
    private MemberEvents.Employer b;
    private MemberEvents.Employer c;
    private List<UUID> staffA;
    private List<UUID> staffB;
    private List<UUID> staffC;

    @BeforeAll
    void members() {
        wire();
        allianceId = members.alliance("Seat counters alliance");
        a = members.activeEmployer(allianceId);
        b = members.activeEmployer(allianceId);
        c = members.activeEmployer(allianceId);
        staffA = members.staff(a, 4);
        staffB = members.staff(b, 3);
        staffC = members.staff(c, 3);
        members.awaitConsumed();
    }

    @Test
    void countersEqualARecountAfterEveryKindOfSeatChange() {
        UUID course = curriculum.course(allianceId).with("hours", 7.5).published();
        UUID providerId = UUID.fromString(api.get("/api/courses/" + course).text("providerId"));
        UUID cohort = curriculum.cohort(course).today().capacity(3).quota(2).open();

        UUID a1 = enrol(cohort, a, staffA.get(0), "CONFIRMED");
        enrol(cohort, a, staffA.get(1), "CONFIRMED");
        UUID b1 = enrol(cohort, b, staffB.get(0), "CONFIRMED");
        enrol(cohort, a, staffA.get(2), "WAITLISTED");
        UUID c1 = enrol(cohort, c, staffC.get(0), "WAITLISTED");
        UUID b2 = enrol(cohort, b, staffB.get(1), "WAITLISTED");
        assertCountersEqualRecount();

        Api.Response imported = api.upload(
                "/api/enrolments/imports",
                "staff.csv",
                Curriculum.enrolmentFile(
                        List.of(List.of(c.id(), staffC.get(1), cohort), List.of(b.id(), staffB.get(2), cohort))));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertCountersEqualRecount();

        withdraw(b1, b);
        assertThat(status(c1)).isEqualTo("CONFIRMED");
        withdraw(b2, b);
        assertCountersEqualRecount();

        assertThat(api.post("/api/cohorts/" + cohort + "/start").status()).isEqualTo(200);
        assertCountersEqualRecount();
        Api.Response outcome =
                api.post("/api/enrolments/" + a1 + "/outcome", Curriculum.completedWithCredential(providerId, 7.5));
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(200);
        Api.Response corrected = api.post(
                "/api/enrolments/" + a1 + "/outcome",
                Map.of("providerId", providerId, "outcome", "NO_SHOW", "attendedHours", 0));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        Api.Response another = api.post(
                "/api/enrolments/" + c1 + "/outcome",
                Map.of("providerId", providerId, "outcome", "NOT_COMPLETED", "attendedHours", 2));
        assertThat(another.status()).as(another.toString()).isEqualTo(200);
        assertCountersEqualRecount();
        assertThat(api.get("/api/cohorts/" + cohort).body().get("seatsLeft").asInt())
                .isZero();

        UUID past = curriculum.cohort(course).capacity(2).open();
        transactions.executeWithoutResult(tx -> enrolments.seatInPast(
                cohorts.lockForSeats(past), staffA.get(3), a.id(), Instant.now().minus(Duration.ofDays(1))));
        assertCountersEqualRecount();

        UUID cancelled = curriculum.cohort(course).capacity(1).open();
        enrol(cancelled, b, staffB.get(0), "CONFIRMED");
        enrol(cancelled, c, staffC.get(2), "WAITLISTED");
        assertThat(api.post("/api/cohorts/" + cancelled + "/cancel").status()).isEqualTo(200);
        assertCountersEqualRecount();
    }

    /** Every cohort's counters and every (cohort, employer) counter against a count of the enrolment rows. */
    private void assertCountersEqualRecount() {
        List<Map<String, Object>> cohortsOff = jdbc.sql("""
                        select c.id, c.seats_confirmed, c.seats_held, c.requests_waiting, r.*
                        from cohort c
                        left join (select cohort_id,
                                          count(*) filter (where status = 'CONFIRMED') as confirmed,
                                          count(*) filter (where status in ('CONFIRMED', 'COMPLETED', 'NOT_COMPLETED',
                                                                            'NO_SHOW')) as held,
                                          count(*) filter (where status = 'WAITLISTED') as waiting
                                   from enrolment group by cohort_id) r on r.cohort_id = c.id
                        where c.seats_confirmed <> coalesce(r.confirmed, 0)
                           or c.seats_held <> coalesce(r.held, 0)
                           or c.requests_waiting <> coalesce(r.waiting, 0)
                        """).query().listOfRows();
        List<Map<String, Object>> employersOff = jdbc.sql("""
                        select *
                        from (select cohort_id, employer_id, count(*) as confirmed
                              from enrolment where status = 'CONFIRMED' group by cohort_id, employer_id) r
                        full join cohort_employer_seats s using (cohort_id, employer_id)
                        where coalesce(r.confirmed, 0) <> coalesce(s.confirmed, 0)
                        """).query().listOfRows();
        assertThat(cohortsOff).as("cohort counters unlike a recount").isEmpty();
        assertThat(employersOff).as("employer counters unlike a recount").isEmpty();
    }

    private UUID enrol(UUID cohort, MemberEvents.Employer employer, UUID staff, String status) {
        Api.Response response = api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), staff));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.text("status")).isEqualTo(status);
        return response.id();
    }

    private void withdraw(UUID enrolment, MemberEvents.Employer employer) {
        Api.Response withdrawn =
                api.post("/api/enrolments/" + enrolment + "/withdraw", Map.of("employerId", employer.id()));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    }

    private String status(UUID enrolment) {
        return api.get("/api/enrolments/" + enrolment).text("status");
    }
}
