package org.skillalliance.curriculum.skillsneeds.skillrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.shared.RuleBroken;

class SkillLevelsTest {

    static final UUID STAFF = UUID.randomUUID();
    static final UUID EMPLOYER = UUID.randomUUID();
    static final UUID SKILL = UUID.randomUUID();
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void theStrongestSourceCountsEvenWhenAWeakerOneIsNewerOrHigher() {
        SkillRecord self = record(SkillSource.SELF, 5, DAY.plusDays(9));
        SkillRecord manager = record(SkillSource.MANAGER, 2, DAY);
        assertThat(SkillLevels.effective(List.of(self, manager)).get(SKILL)).isEqualTo(manager);
        SkillRecord course = course(3, DAY.minusDays(30));
        assertThat(SkillLevels.effective(List.of(self, manager, course)).get(SKILL))
                .isEqualTo(course);
    }

    @Test
    void learningSignedOffAtWorkIsAsStrongAsACourseSoTheNewestOfTheTwoCounts() {
        SkillRecord course = course(4, DAY);
        SkillRecord onTheJob = SkillRecord.signedOff(STAFF, EMPLOYER, SKILL, 2, DAY.plusDays(1), Instant.now());
        assertThat(SkillLevels.effective(List.of(course, onTheJob)).get(SKILL)).isEqualTo(onTheJob);
        assertThat(SkillLevels.effective(List.of(onTheJob, course)).get(SKILL)).isEqualTo(onTheJob);
        SkillRecord laterCourse = course(3, DAY.plusDays(2));
        assertThat(SkillLevels.effective(List.of(onTheJob, laterCourse, course)).get(SKILL))
                .isEqualTo(laterCourse);
        SkillRecord newerManager = record(SkillSource.MANAGER, 5, DAY.plusDays(9));
        assertThat(SkillLevels.effective(List.of(newerManager, onTheJob)).get(SKILL))
                .isEqualTo(onTheJob);
    }

    @Test
    void withinOneSourceTheNewestCountsWhateverItsLevel() {
        SkillRecord older = record(SkillSource.MANAGER, 4, DAY);
        SkillRecord newer = record(SkillSource.MANAGER, 2, DAY.plusDays(1));
        assertThat(SkillLevels.effective(List.of(newer, older)).get(SKILL)).isEqualTo(newer);
        assertThat(SkillLevels.effective(List.of(older, newer)).get(SKILL)).isEqualTo(newer);

        // courses too: a refresher proving level 2 after a level-4 course is the newest COURSE record, so 2 counts
        SkillRecord advanced = course(4, DAY);
        SkillRecord refresher = course(2, DAY.plusDays(60));
        assertThat(SkillLevels.effective(List.of(refresher, advanced)).get(SKILL))
                .isEqualTo(refresher);
        assertThat(SkillLevels.effective(List.of(advanced, refresher)).get(SKILL))
                .isEqualTo(refresher);
        SkillRecord again = course(4, DAY.plusDays(90));
        assertThat(SkillLevels.effective(List.of(advanced, again, refresher)).get(SKILL))
                .isEqualTo(again);

        // the same day: the one recorded later counts
        SkillRecord morning = new SkillRecord(
                UUID.randomUUID(),
                STAFF,
                EMPLOYER,
                SKILL,
                3,
                SkillSource.SELF,
                DAY,
                Instant.parse("2026-03-02T08:00:00Z"),
                null,
                null);
        SkillRecord evening = new SkillRecord(
                UUID.randomUUID(),
                STAFF,
                EMPLOYER,
                SKILL,
                1,
                SkillSource.SELF,
                DAY,
                Instant.parse("2026-03-02T18:00:00Z"),
                null,
                null);
        assertThat(SkillLevels.effective(List.of(evening, morning)).get(SKILL)).isEqualTo(evening);
        assertThat(SkillLevels.effective(List.of(morning, evening)).get(SKILL)).isEqualTo(evening);
    }

    @Test
    void aCompletionProvesLevelsOnlyWhenThePostAssessmentReachesThePassMark() {
        assertThat(new CourseCompletion("COMPLETED", 60).passed(60)).isTrue();
        assertThat(new CourseCompletion("COMPLETED", 59).passed(60)).isFalse();
        assertThat(new CourseCompletion("COMPLETED", null).passed(60)).isFalse();
        assertThat(new CourseCompletion("NOT_COMPLETED", 95).passed(60)).isFalse();
    }

    @Test
    void employersRecordOnlyRatingsAndSelfAssessmentsOfPastDays() {
        assertThatThrownBy(() -> SkillRecord.assessed(
                        UUID.randomUUID(), STAFF, EMPLOYER, SKILL, 3, SkillSource.COURSE, DAY, DAY, Instant.now()))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("source"));
        assertThatThrownBy(() -> SkillRecord.assessed(
                        UUID.randomUUID(),
                        STAFF,
                        EMPLOYER,
                        SKILL,
                        3,
                        SkillSource.SELF,
                        DAY.plusDays(1),
                        DAY,
                        Instant.now()))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("assessedOn"));
        assertThatThrownBy(() -> SkillRecord.assessed(
                        UUID.randomUUID(), STAFF, EMPLOYER, SKILL, 6, SkillSource.SELF, DAY, DAY, Instant.now()))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("level"));
        assertThat(SkillRecord.assessed(
                                UUID.randomUUID(),
                                STAFF,
                                EMPLOYER,
                                SKILL,
                                3,
                                SkillSource.SELF,
                                null,
                                DAY,
                                Instant.now())
                        .assessedOn())
                .isEqualTo(DAY);
    }

    static SkillRecord record(SkillSource source, int level, LocalDate on) {
        return new SkillRecord(
                UUID.randomUUID(),
                STAFF,
                EMPLOYER,
                SKILL,
                level,
                source,
                on,
                Instant.parse("2026-03-02T10:00:00Z"),
                null,
                null);
    }

    static SkillRecord course(int level, LocalDate on) {
        return new SkillRecord(
                UUID.randomUUID(),
                STAFF,
                EMPLOYER,
                SKILL,
                level,
                SkillSource.COURSE,
                on,
                Instant.parse("2026-03-02T10:00:00Z"),
                UUID.randomUUID(),
                UUID.randomUUID());
    }
}
