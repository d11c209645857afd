package org.skillalliance.reporting.workplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each definition of the {@code workplaceLearning} figures, and the suppression of its kinds. */
class WorkplaceLearningFiguresTest {

    private static final UUID ALLIANCE = UUID.randomUUID();
    private static final UUID EMPLOYER = UUID.randomUUID();

    private final List<UUID> people = new ArrayList<>();

    @Test
    void countsDistinctLearnersSignOffsExactHoursAndTheMeanLevelOverTheSignOffs() {
        // learner 0 on the job twice and mentored: one learner in the total, in two kinds
        WorkplaceLearning figures = WorkplaceLearningFigures.of(
                List.of(
                        signOff(0, "ON_THE_JOB", 3, "7.25"),
                        signOff(0, "ON_THE_JOB", 4, "12.50"),
                        signOff(0, "MENTORING", 4, "0.75"),
                        signOff(1, "WORKSHOP", 2, "3.33")),
                1);
        assertThat(figures.learners()).isEqualTo(2);
        assertThat(figures.signedOff()).isEqualTo(4);
        assertThat(figures.hours()).isEqualTo(new BigDecimal("23.83"));
        assertThat(figures.meanLevelReached()).isEqualTo(new BigDecimal("3.25")); // 13 / 4
        assertThat(figures.meanLevelReachedSuppressed()).isFalse();
        assertThat(figures.byKind())
                .containsExactly(
                        new WorkplaceLearning.Kind("ON_THE_JOB", false, 1L, 2L, new BigDecimal("19.75")),
                        new WorkplaceLearning.Kind("MENTORING", false, 1L, 1L, new BigDecimal("0.75")),
                        new WorkplaceLearning.Kind("WORKSHOP", false, 1L, 1L, new BigDecimal("3.33")));
    }

    @Test
    void theMeanLevelIsRoundedHalfUpToTwoDecimals() {
        WorkplaceLearning figures = WorkplaceLearningFigures.of(
                List.of(
                        signOff(0, "ON_THE_JOB", 3, "1"),
                        signOff(1, "ON_THE_JOB", 3, "1"),
                        signOff(2, "ON_THE_JOB", 4, "1"),
                        signOff(3, "ON_THE_JOB", 4, "1"),
                        signOff(4, "ON_THE_JOB", 4, "1"),
                        signOff(5, "ON_THE_JOB", 4, "1"),
                        signOff(6, "ON_THE_JOB", 4, "1"),
                        signOff(7, "ON_THE_JOB", 4, "1")),
                1);
        assertThat(figures.meanLevelReached()).isEqualTo(new BigDecimal("3.75")); // 30 / 8
        assertThat(figures.hours()).isEqualTo(new BigDecimal("8.00"));
        WorkplaceLearning thirds = WorkplaceLearningFigures.of(
                List.of(
                        signOff(0, "ON_THE_JOB", 2, "1"),
                        signOff(1, "ON_THE_JOB", 2, "1"),
                        signOff(2, "ON_THE_JOB", 1, "1")),
                1);
        assertThat(thirds.meanLevelReached()).isEqualTo(new BigDecimal("1.67")); // 5 / 3
    }

    @Test
    void withoutSignOffsEveryKindIsListedEmptyAndThereIsNoMean() {
        WorkplaceLearning figures = WorkplaceLearningFigures.of(List.of(), 5);
        assertThat(figures.learners()).isZero();
        assertThat(figures.hours()).isEqualTo(new BigDecimal("0.00"));
        assertThat(figures.meanLevelReached()).isNull();
        assertThat(figures.meanLevelReachedSuppressed()).isFalse();
        assertThat(figures.byKind())
                .extracting(WorkplaceLearning.Kind::kind)
                .containsExactly("ON_THE_JOB", "MENTORING", "WORKSHOP");
        assertThat(figures.byKind()).allMatch(kind -> !kind.suppressed() && kind.learners() == 0);
    }

    @Test
    void aKindUnderKIsSuppressedAndTheSmallestShownKindWithItSoTheTotalDoesNotGiveItAway() {
        // k = 3: mentoring's 2 learners are under k; alone it would be total - on the job - workshop
        List<SignOff> signOffs = new ArrayList<>();
        signOffs.addAll(learners(0, 6, "ON_THE_JOB", "10"));
        signOffs.addAll(learners(10, 2, "MENTORING", "4"));
        signOffs.addAll(learners(20, 4, "WORKSHOP", "2"));
        WorkplaceLearning figures = WorkplaceLearningFigures.of(signOffs, 3);
        assertThat(figures.learners()).isEqualTo(12);
        assertThat(figures.hours()).isEqualTo(new BigDecimal("76.00"));
        assertThat(figures.byKind())
                .containsExactly(
                        new WorkplaceLearning.Kind("ON_THE_JOB", false, 6L, 6L, new BigDecimal("60.00")),
                        WorkplaceLearning.Kind.suppressed("MENTORING"),
                        WorkplaceLearning.Kind.suppressed("WORKSHOP"));
    }

    @Test
    void suppressedKindsHoldingFewerThanKTogetherTakeTheLastShownKindWithThem() {
        // k = 5: mentoring 2 and workshop 2 hold 4 < k together, so on the job goes too
        List<SignOff> signOffs = new ArrayList<>();
        signOffs.addAll(learners(0, 5, "ON_THE_JOB", "1"));
        signOffs.addAll(learners(10, 2, "MENTORING", "1"));
        signOffs.addAll(learners(20, 2, "WORKSHOP", "1"));
        WorkplaceLearning figures = WorkplaceLearningFigures.of(signOffs, 5);
        assertThat(figures.byKind())
                .allMatch(WorkplaceLearning.Kind::suppressed)
                .hasSize(3);
        assertThat(figures.meanLevelReached()).isEqualTo(new BigDecimal("3.00"));
    }

    @Test
    void fewerThanKLearnersInAllWithholdTheKindsAndTheMean() {
        WorkplaceLearning figures = WorkplaceLearningFigures.of(
                List.of(signOff(0, "WORKSHOP", 2, "7.5"), signOff(1, "WORKSHOP", 4, "7.5")), 5);
        assertThat(figures.learners()).isEqualTo(2);
        assertThat(figures.signedOff()).isEqualTo(2);
        assertThat(figures.hours()).isEqualTo(new BigDecimal("15.00"));
        assertThat(figures.byKind()).isEmpty();
        assertThat(figures.meanLevelReached()).isNull();
        assertThat(figures.meanLevelReachedSuppressed()).isTrue();
    }

    /** One sign-off at level 3 of each of {@code count} people numbered from {@code first}. */
    private List<SignOff> learners(int first, int count, String kind, String hours) {
        List<SignOff> signOffs = new ArrayList<>();
        for (int person = first; person < first + count; person++) {
            signOffs.add(signOff(person, kind, 3, hours));
        }
        return signOffs;
    }

    private SignOff signOff(int person, String kind, int level, String hours) {
        while (people.size() <= person) {
            people.add(UUID.randomUUID());
        }
        return new SignOff(
                UUID.randomUUID(),
                people.get(person),
                kind,
                ALLIANCE,
                EMPLOYER,
                level,
                new BigDecimal(hours),
                LocalDate.of(2026, 3, 1),
                true,
                "SMALL",
                "C25.62",
                "DE21");
    }
}
