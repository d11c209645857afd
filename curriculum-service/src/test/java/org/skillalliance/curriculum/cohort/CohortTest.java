package org.skillalliance.curriculum.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseDefinition;
import org.skillalliance.curriculum.course.DeliveryMode;
import org.skillalliance.curriculum.course.SkillTarget;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.shared.TransitionRefused;
import org.skillalliance.curriculum.skill.SkillCategory;

class CohortTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void followsItsLifecycleAndSaysWhatChanged() {
        Cohort cohort = Cohort.schedule(UUID.randomUUID(), publishedCourse(), plan(TODAY, 2), TODAY)
                .cohort();
        assertThat(cohort.status()).isEqualTo(CohortStatus.PLANNED);
        assertThatThrownBy(() -> cohort.start(2, TODAY)).isInstanceOf(TransitionRefused.class);

        CohortEvent opened = cohort.open(0);
        assertThat(opened).isEqualTo(new CohortEvent.StatusChanged(cohort, CohortStatus.PLANNED, 0));
        assertThatThrownBy(() -> cohort.start(1, TODAY))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("needs at least 2");
        assertThat(cohort.start(2, TODAY)).isEqualTo(new CohortEvent.StatusChanged(cohort, CohortStatus.OPEN, 2));
        assertThat(cohort.hasRun()).isTrue();
        assertThatThrownBy(() -> cohort.complete(2, TODAY)).hasMessageContaining("before its end date");
        cohort.complete(2, TODAY.plusDays(1));
        assertThatThrownBy(() -> cohort.cancel(2))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("it is COMPLETED");
    }

    @Test
    void cannotStartBeforeItsStartDate() {
        Cohort cohort = Cohort.schedule(UUID.randomUUID(), publishedCourse(), plan(TODAY.plusDays(3), 0), TODAY)
                .cohort();
        cohort.open(0);
        assertThatThrownBy(() -> cohort.start(0, TODAY))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("before its start date");
    }

    @Test
    void acceptsRequestsOnlyWhenOpenAndInsideTheWindow() {
        Cohort cohort = Cohort.schedule(UUID.randomUUID(), publishedCourse(), plan(TODAY.plusDays(10), 0), TODAY)
                .cohort();
        assertThatThrownBy(() -> cohort.checkAcceptsRequestsOn(TODAY)).hasMessageContaining("PLANNED, not open");
        cohort.open(0);
        cohort.checkAcceptsRequestsOn(TODAY);
        assertThatThrownBy(() -> cohort.checkAcceptsRequestsOn(TODAY.plusDays(9)))
                .hasMessageContaining("enrolment window");
    }

    @Test
    void aDraftCourseGetsNoCohort() {
        Course draft = Course.draft(UUID.randomUUID(), UUID.randomUUID(), definition());
        assertThatThrownBy(() -> Cohort.schedule(UUID.randomUUID(), draft, plan(TODAY, 0), TODAY))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("courseId"));
    }

    @Test
    void aPastCohortFromHistoryMustHaveEndedAndKeepsEveryOtherRule() {
        LocalDate start = TODAY.minusYears(1);
        CohortPlan past = new CohortPlan(
                UUID.randomUUID(),
                null,
                start,
                start.plusDays(2),
                start.minusDays(20),
                start,
                6,
                0,
                null,
                Pricing.TOTAL,
                600_000,
                "EUR");
        Cohort cohort = Cohort.schedulePast(UUID.randomUUID(), publishedCourse(), past, TODAY)
                .cohort();
        assertThat(cohort.status()).isEqualTo(CohortStatus.PLANNED);
        cohort.open(0);
        cohort.start(3, TODAY);
        cohort.complete(3, TODAY);
        assertThat(cohort.status()).isEqualTo(CohortStatus.COMPLETED);
        // a live cohort may not start in the past; a past one must have ended before today
        assertThatThrownBy(() -> Cohort.schedule(UUID.randomUUID(), publishedCourse(), past, TODAY))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("startDate"));
        CohortPlan endsToday = new CohortPlan(
                UUID.randomUUID(),
                null,
                TODAY.minusDays(1),
                TODAY,
                TODAY.minusDays(3),
                TODAY.minusDays(1),
                6,
                0,
                null,
                Pricing.TOTAL,
                600_000,
                "EUR");
        assertThatThrownBy(() -> Cohort.schedulePast(UUID.randomUUID(), publishedCourse(), endsToday, TODAY))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("endDate"));
        CohortPlan noCurrency = new CohortPlan(
                UUID.randomUUID(),
                null,
                start,
                start.plusDays(2),
                start,
                start,
                6,
                0,
                null,
                Pricing.TOTAL,
                600_000,
                "EUX");
        assertThatThrownBy(() -> Cohort.schedulePast(UUID.randomUUID(), publishedCourse(), noCurrency, TODAY))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("cost.currency"));
        Course draft = Course.draft(UUID.randomUUID(), UUID.randomUUID(), definition());
        assertThatThrownBy(() -> Cohort.schedulePast(UUID.randomUUID(), draft, past, TODAY))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("courseId"));
    }

    private static CohortPlan plan(LocalDate start, int minParticipants) {
        return new CohortPlan(
                UUID.randomUUID(),
                null,
                start,
                start.plusDays(1),
                TODAY.minusDays(1),
                start.minusDays(2).isBefore(TODAY) ? TODAY : start.minusDays(2),
                10,
                minParticipants,
                null,
                Pricing.PER_SEAT,
                10_000,
                "EUR");
    }

    private static Course publishedCourse() {
        Course course = Course.draft(UUID.randomUUID(), UUID.randomUUID(), definition());
        course.publish();
        return course;
    }

    private static CourseDefinition definition() {
        return new CourseDefinition(
                "C-1",
                "Forklift safety",
                null,
                UUID.randomUUID(),
                DeliveryMode.IN_PERSON,
                new BigDecimal("8"),
                List.of(new SkillTarget(UUID.randomUUID(), "S-1", "Forklift", SkillCategory.SAFETY, 2)),
                List.of(),
                null);
    }
}
