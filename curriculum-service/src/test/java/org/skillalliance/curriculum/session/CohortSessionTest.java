package org.skillalliance.curriculum.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortCost;
import org.skillalliance.curriculum.cohort.CohortStatus;
import org.skillalliance.curriculum.cohort.Pricing;
import org.skillalliance.curriculum.shared.Money;
import org.skillalliance.curriculum.shared.RuleBroken;

class CohortSessionTest {

    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final BigDecimal COURSE_HOURS = new BigDecimal("16");

    @Test
    void hoursAreExactWithTwoDecimals() {
        assertThat(session("09:00", "12:00").hours()).isEqualByComparingTo("3");
        assertThat(session("13:00", "15:30").hours()).isEqualByComparingTo("2.5");
        assertThat(session("16:00", "17:45").hours()).isEqualByComparingTo("1.75");
        assertThat(session("10:00", "10:03").hours()).isEqualByComparingTo("0.05");
    }

    @Test
    void aSessionLastsAMultipleOfThreeMinutes() {
        assertRefused(() -> session("09:00", "10:20"), "endTime");
        assertRefused(() -> session("09:00", "09:00"), "endTime");
    }

    @Test
    void sessionsOfACohortDoNotOverlapButMayTouch() {
        Cohort cohort = cohort(CohortStatus.OPEN);
        CohortSession morning = session("09:00", "12:00");
        assertRefused(
                () -> CohortSession.plan(
                        UUID.randomUUID(), cohort, plan(START, "11:57", "13:00"), List.of(morning), COURSE_HOURS),
                "startTime");
        assertThat(CohortSession.plan(
                                UUID.randomUUID(),
                                cohort,
                                plan(START, "12:00", "13:00"),
                                List.of(morning),
                                COURSE_HOURS)
                        .hours())
                .isEqualByComparingTo("1");
        assertThat(CohortSession.plan(
                                UUID.randomUUID(),
                                cohort,
                                plan(START.plusDays(1), "09:00", "12:00"),
                                List.of(morning),
                                COURSE_HOURS)
                        .hours())
                .isEqualByComparingTo("3");
    }

    @Test
    void sessionsStayInsideTheCohortsDatesAndTheCoursesHours() {
        Cohort cohort = cohort(CohortStatus.OPEN);
        assertRefused(
                () -> CohortSession.plan(
                        UUID.randomUUID(), cohort, plan(START.minusDays(1), "09:00", "10:00"), List.of(), COURSE_HOURS),
                "date");
        assertRefused(
                () -> CohortSession.plan(
                        UUID.randomUUID(), cohort, plan(START.plusDays(3), "09:00", "10:00"), List.of(), COURSE_HOURS),
                "date");
        assertRefused(
                () -> CohortSession.plan(
                        UUID.randomUUID(), cohort, plan(START, "09:00", "18:00"), List.of(), new BigDecimal("8.95")),
                "endTime");
    }

    @Test
    void aCancelledOrCompletedCohortsSessionsDoNotChange() {
        for (CohortStatus status : List.of(CohortStatus.CANCELLED, CohortStatus.COMPLETED)) {
            assertRefused(
                    () -> CohortSession.plan(
                            UUID.randomUUID(), cohort(status), plan(START, "09:00", "10:00"), List.of(), COURSE_HOURS),
                    "cohortId");
        }
    }

    @Test
    void aSessionIsHeldAtAPlaceOrBehindAnHttpsLink() {
        Cohort cohort = cohort(CohortStatus.PLANNED);
        assertRefused(
                () -> CohortSession.plan(
                        UUID.randomUUID(),
                        cohort,
                        new SessionPlan(START, LocalTime.of(9, 0), LocalTime.of(10, 0), null, " ", null),
                        List.of(),
                        COURSE_HOURS),
                "place");
        assertRefused(
                () -> CohortSession.plan(
                        UUID.randomUUID(),
                        cohort,
                        new SessionPlan(
                                START, LocalTime.of(9, 0), LocalTime.of(10, 0), "Hall", "https://x.example", null),
                        List.of(),
                        COURSE_HOURS),
                "onlineLink");
        for (String bad : List.of("http://x.example", "https:///nohost", "not a url", "ftp://x.example")) {
            assertRefused(
                    () -> CohortSession.plan(
                            UUID.randomUUID(),
                            cohort,
                            new SessionPlan(START, LocalTime.of(9, 0), LocalTime.of(10, 0), null, bad, null),
                            List.of(),
                            COURSE_HOURS),
                    "onlineLink");
        }
        assertThat(CohortSession.plan(
                                UUID.randomUUID(),
                                cohort,
                                new SessionPlan(
                                        START,
                                        LocalTime.of(9, 0),
                                        LocalTime.of(10, 0),
                                        null,
                                        "https://meet.example.org/room?x=1",
                                        null),
                                List.of(),
                                COURSE_HOURS)
                        .onlineLink())
                .isEqualTo("https://meet.example.org/room?x=1");
    }

    private static CohortSession session(String start, String end) {
        return CohortSession.plan(
                UUID.randomUUID(), cohort(CohortStatus.OPEN), plan(START, start, end), List.of(), COURSE_HOURS);
    }

    private static SessionPlan plan(LocalDate date, String start, String end) {
        return new SessionPlan(date, LocalTime.parse(start), LocalTime.parse(end), "Hall 1", null, null);
    }

    private static Cohort cohort(CohortStatus status) {
        return Cohort.restore(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                START,
                START.plusDays(2),
                START.minusDays(20),
                START.minusDays(1),
                10,
                0,
                null,
                new CohortCost(Pricing.PER_SEAT, new Money(10_000, "EUR")),
                status);
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        RuleBroken.class,
                        e -> assertThat(e.field()).as(e.reason()).isEqualTo(field));
    }
}
