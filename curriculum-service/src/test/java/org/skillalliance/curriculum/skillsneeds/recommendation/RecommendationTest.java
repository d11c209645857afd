package org.skillalliance.curriculum.skillsneeds.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortCost;
import org.skillalliance.curriculum.cohort.CohortStatus;
import org.skillalliance.curriculum.cohort.Pricing;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseDefinition;
import org.skillalliance.curriculum.course.CourseStatus;
import org.skillalliance.curriculum.course.DeliveryMode;
import org.skillalliance.curriculum.course.SkillTarget;
import org.skillalliance.curriculum.shared.Money;
import org.skillalliance.curriculum.skill.SkillCategory;
import org.skillalliance.curriculum.skillsneeds.gap.SkillGap;
import org.skillalliance.curriculum.skillsneeds.gap.StaffGaps;

class RecommendationTest {

    static final UUID S1 = UUID.randomUUID();
    static final UUID S2 = UUID.randomUUID();
    static final UUID S3 = UUID.randomUUID();
    static final UUID ALLIANCE = UUID.randomUUID();

    @Test
    void coursesRankByGapClosedPerHourThenByTheLargerGapClosed() {
        // gaps: S1 target 4 current 1 (gap 3), S2 target 3 current 2 (gap 1), S3 target 2 current 2 (gap 0)
        StaffGaps staff = staff(gap(S1, 4, 1), gap(S2, 3, 2), gap(S3, 2, 2));
        CourseOffer a =
                offer("A", "16", skill(S1, 3), skill(S2, 3)); // S1 min(3, 3-1) = 2, S2 min(1, 3-2) = 1: 3 / 16 = 0.1875
        CourseOffer b = offer("B", "8", skill(S1, 2)); // S1 min(3, 2-1) = 1: 1 / 8 = 0.125
        CourseOffer c = offer("C", "4", skill(S3, 4)); // S3 has no gap: closes nothing, left out
        CourseOffer d = offer("D", "24", skill(S1, 5), skill(S2, 3)); // S1 min(3, 5-1) = 3, S2 1: 4 / 24 = 0.1667
        CourseOffer e = offer("E", "12", skill(S1, 3)); // S1 2: 2 / 12 = 0.1667, ties with D: D closes more

        List<Recommendation> ranked = Recommendation.rank(List.of(staff), List.of(a, b, c, d, e), Map.of());

        assertThat(ranked)
                .extracting(r -> r.offer().course().definition().code())
                .containsExactly("A", "D", "E", "B");
        assertThat(ranked).extracting(Recommendation::gapClosed).containsExactly(3, 4, 2, 1);
        assertThat(ranked)
                .extracting(Recommendation::gapClosedPerHour)
                .containsExactly(
                        new BigDecimal("0.1875"),
                        new BigDecimal("0.1667"),
                        new BigDecimal("0.1667"),
                        new BigDecimal("0.1250"));
        assertThat(ranked.getFirst().closesByStaff().get(staff.staffId()))
                .containsExactly(new SkillClosure(S1, "S1", 1, 3, 2), new SkillClosure(S2, "S2", 2, 3, 1));
    }

    @Test
    void forATeamTrainingHoursAreCourseHoursTimesStaffHelpedAndLiveSeatsAreLeftOut() {
        StaffGaps first = staff(gap(S1, 3, 1)); // gap 2
        StaffGaps second = staff(gap(S1, 3, 2)); // gap 1
        StaffGaps third = staff(gap(S1, 3, 0)); // gap 3, but already holds a seat in course A
        CourseOffer a = offer("A", "10", skill(S1, 3));

        List<Recommendation> ranked = Recommendation.rank(
                List.of(first, second, third),
                List.of(a),
                Map.of(third.staffId(), Set.of(a.course().id())));

        Recommendation team = ranked.getFirst();
        assertThat(team.staffHelped()).isEqualTo(2);
        assertThat(team.gapClosed()).isEqualTo(3); // 2 + 1
        assertThat(team.trainingHours()).isEqualByComparingTo("20"); // 10 h x 2 staff
        assertThat(team.gapClosedPerHour()).isEqualByComparingTo("0.1500"); // 3 / 20
        assertThat(team.closesByStaff()).containsOnlyKeys(first.staffId(), second.staffId());
    }

    static StaffGaps staff(SkillGap... gaps) {
        return new StaffGaps(UUID.randomUUID(), UUID.randomUUID(), "7223", "SMALL", null, List.of(gaps));
    }

    static SkillGap gap(UUID skill, int target, int current) {
        return new SkillGap(
                skill,
                code(skill),
                code(skill),
                SkillCategory.TECHNICAL,
                target,
                current,
                null,
                null,
                Math.max(0, target - current));
    }

    static SkillTarget skill(UUID skill, int level) {
        return new SkillTarget(skill, code(skill), code(skill), SkillCategory.TECHNICAL, level);
    }

    static String code(UUID skill) {
        return skill.equals(S1) ? "S1" : skill.equals(S2) ? "S2" : "S3";
    }

    static CourseOffer offer(String code, String hours, SkillTarget... skills) {
        Course course = Course.restore(
                UUID.randomUUID(),
                ALLIANCE,
                new CourseDefinition(
                        code,
                        "Course " + code,
                        null,
                        UUID.randomUUID(),
                        DeliveryMode.ONLINE,
                        new BigDecimal(hours),
                        List.of(skills),
                        List.of(),
                        null),
                CourseStatus.PUBLISHED);
        LocalDate start = LocalDate.of(2026, 5, 4);
        Cohort cohort = Cohort.restore(
                UUID.randomUUID(),
                course.id(),
                ALLIANCE,
                UUID.randomUUID(),
                UUID.randomUUID(),
                start,
                start,
                start.minusDays(20),
                start.minusDays(1),
                10,
                1,
                null,
                new CohortCost(Pricing.PER_SEAT, new Money(40_000, "EUR")),
                CohortStatus.OPEN);
        return new CourseOffer(course, cohort);
    }
}
