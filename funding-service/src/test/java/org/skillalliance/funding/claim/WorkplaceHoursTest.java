package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.facts.WorkplaceLearningKind;
import org.skillalliance.funding.programme.OnTheJobRule;

/** The lines of signed-off learning at work, by hand-computed examples. */
class WorkplaceHoursTest {

    static final OnTheJobRule RULE = new OnTheJobRule(1333, new BigDecimal("12.5"), false);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final UUID ANNA = new UUID(0, 1);
    static final UUID BEN = new UUID(0, 2);

    @Test
    void fourSessionsOf14AndAHalfHoursCountTheCapOf12AndAHalfRoundedHalfUpOncePerLine() {
        // 3.5 + 4 + 2.25 + 4.75 = 14.5 h; 1333 x 12.5 = 16662.5 -> 16663
        WorkplaceHours.Result result =
                WorkplaceHours.claim(RULE, List.of(learning(ANNA, "14.5")), null, TODAY, Map.of(), Set.of(), null, 0);
        assertThat(result.lines()).hasSize(1);
        assertThat(result.lines().getFirst().hours()).isEqualByComparingTo("12.5");
        assertThat(result.lines().getFirst().loggedHours()).isEqualByComparingTo("14.5");
        assertThat(result.lines().getFirst().amountMinor()).isEqualTo(16663);
        assertThat(result.amountMinor()).isEqualTo(16663);
    }

    @Test
    void aParticipantsLaterLearningGetsOnlyTheHoursLeftInThisClaimAndAcrossClaims() {
        // Ben counted 4 h in another claim: 8.5 left; 6 h counted in full (7998), then 2.5 of 5 h (3332.5 -> 3333)
        WorkplaceHours.Result result = WorkplaceHours.claim(
                RULE,
                List.of(learning(BEN, "6"), learning(BEN, "5"), learning(BEN, "1")),
                null,
                TODAY,
                Map.of(BEN, new BigDecimal("4")),
                Set.of(),
                null,
                0);
        assertThat(result.lines())
                .extracting(WorkplaceHours.Line::hours)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("6"), new BigDecimal("2.5"));
        assertThat(result.lines()).extracting(WorkplaceHours.Line::amountMinor).containsExactly(7998L, 3333L);
        assertThat(result.excluded())
                .extracting(ExcludedLearning::reason)
                .containsExactly("the participant's 12.5 h under the programme are used up");
        assertThat(result.amountMinor()).isEqualTo(7998 + 3333);
    }

    @Test
    void requiresOffTheJobPaysOnlyParticipantsWithACompletedSeat() {
        OnTheJobRule combined = new OnTheJobRule(1333, new BigDecimal("12.5"), true);
        WorkplaceHours.Result result = WorkplaceHours.claim(
                combined,
                List.of(learning(ANNA, "2"), learning(BEN, "3")),
                null,
                TODAY,
                Map.of(),
                Set.of(ANNA),
                null,
                0);
        assertThat(result.lines()).extracting(WorkplaceHours.Line::staffId).containsExactly(ANNA);
        assertThat(result.excluded()).extracting(ExcludedLearning::staffId).containsExactly(BEN);
        assertThat(result.amountMinor()).isEqualTo(2666);
    }

    @Test
    void theEmployerCapCutsTheLineThatReachesItSoTheLinesSumToTheClaim() {
        // 10 h x 1333 = 13330, but the cap of 20000 has 20000 - 15000 = 5000 left: the line is paid 5000, its 10 h
        // stay counted
        WorkplaceHours.Result result = WorkplaceHours.claim(
                RULE, List.of(learning(ANNA, "10")), null, TODAY, Map.of(), Set.of(), 20_000L, 15_000);
        assertThat(result.lines()).extracting(WorkplaceHours.Line::amountMinor).containsExactly(5000L);
        assertThat(result.lines().getFirst().hours()).isEqualByComparingTo("10");
        assertThat(result.amountMinor()).isEqualTo(5000);
        // the employer already claimed more than the cap: nothing is paid, the learning is excluded with the reason
        WorkplaceHours.Result overTheCap = WorkplaceHours.claim(
                RULE, List.of(learning(ANNA, "10")), null, TODAY, Map.of(), Set.of(), 20_000L, 25_000);
        assertThat(overTheCap.amountMinor()).isZero();
        assertThat(overTheCap.lines()).isEmpty();
        assertThat(overTheCap.excluded())
                .extracting(ExcludedLearning::reason)
                .containsExactly("the employer's cap of 20000 minor units under the programme is used up");
    }

    @Test
    void theEmployerCapCutsTheLastLinesFirstInSignOffOrder() {
        // cap 30000, 10000 claimed elsewhere: 20000 left. Anna 6 h = 7998 (left 12002), Ben 8 h = 10664 (left 1338),
        // Anna 4 h = 5332 cut to the 1338 left (her 4 h counted), Ben 2 h excluded: 7998 + 10664 + 1338 = 20000
        WorkplaceHours.Result result = WorkplaceHours.claim(
                RULE,
                List.of(learning(ANNA, "6"), learning(BEN, "8"), learning(ANNA, "4"), learning(BEN, "2")),
                null,
                TODAY,
                Map.of(),
                Set.of(),
                30_000L,
                10_000);
        assertThat(result.lines())
                .extracting(WorkplaceHours.Line::staffId, WorkplaceHours.Line::amountMinor)
                .containsExactly(tuple(ANNA, 7998L), tuple(BEN, 10664L), tuple(ANNA, 1338L));
        assertThat(result.lines())
                .extracting(WorkplaceHours.Line::hours)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("6"), new BigDecimal("8"), new BigDecimal("4"));
        assertThat(result.excluded())
                .extracting(ExcludedLearning::staffId, ExcludedLearning::reason)
                .containsExactly(tuple(BEN, "the employer's cap of 30000 minor units under the programme is used up"));
        assertThat(result.amountMinor())
                .isEqualTo(20_000)
                .isEqualTo(result.lines().stream()
                        .mapToLong(WorkplaceHours.Line::amountMinor)
                        .sum());
    }

    @Test
    void learningSignedOffBeforeTheClaimWindowIsNoLongerClaimed() {
        // a 30-day window: signed off 30 days ago is claimable today, 31 days ago no longer
        WorkplaceHours.Result result = WorkplaceHours.claim(
                RULE,
                List.of(learning(ANNA, "2", TODAY.minusDays(31)), learning(BEN, "2", TODAY.minusDays(30))),
                30,
                TODAY,
                Map.of(),
                Set.of(),
                null,
                0);
        assertThat(result.lines()).extracting(WorkplaceHours.Line::staffId).containsExactly(BEN);
        assertThat(result.excluded())
                .extracting(ExcludedLearning::reason)
                .containsExactly("signed off on " + TODAY.minusDays(31) + ": the claim window of 30 days closed on "
                        + TODAY.minusDays(1));
    }

    private static WorkplaceHours.Learning learning(UUID staff, String hours) {
        return learning(staff, hours, TODAY);
    }

    private static WorkplaceHours.Learning learning(UUID staff, String hours, LocalDate signedOffOn) {
        return new WorkplaceHours.Learning(
                UUID.randomUUID(), WorkplaceLearningKind.ON_THE_JOB, staff, new BigDecimal(hours), signedOffOn);
    }
}
