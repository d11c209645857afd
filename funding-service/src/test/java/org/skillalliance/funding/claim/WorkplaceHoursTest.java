package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
    static final UUID ANNA = new UUID(0, 1);
    static final UUID BEN = new UUID(0, 2);

    @Test
    void fourSessionsOf14AndAHalfHoursCountTheCapOf12AndAHalfRoundedHalfUpOncePerLine() {
        // 3.5 + 4 + 2.25 + 4.75 = 14.5 h; 1333 x 12.5 = 16662.5 -> 16663
        WorkplaceHours.Result result =
                WorkplaceHours.claim(RULE, List.of(learning(ANNA, "14.5")), Map.of(), Set.of(), null, 0);
        assertThat(result.lines()).hasSize(1);
        assertThat(result.lines().getFirst().hours()).isEqualByComparingTo("12.5");
        assertThat(result.lines().getFirst().loggedHours()).isEqualByComparingTo("14.5");
        assertThat(result.lines().getFirst().amountMinor()).isEqualTo(16663);
        assertThat(result.sumMinor()).isEqualTo(16663);
        assertThat(result.amountMinor()).isEqualTo(16663);
    }

    @Test
    void aParticipantsLaterLearningGetsOnlyTheHoursLeftInThisClaimAndAcrossClaims() {
        // Ben counted 4 h in another claim: 8.5 left; 6 h counted in full (7998), then 2.5 of 5 h (3332.5 -> 3333)
        WorkplaceHours.Result result = WorkplaceHours.claim(
                RULE,
                List.of(learning(BEN, "6"), learning(BEN, "5"), learning(BEN, "1")),
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
        assertThat(result.sumMinor()).isEqualTo(7998 + 3333);
    }

    @Test
    void requiresOffTheJobPaysOnlyParticipantsWithACompletedSeat() {
        OnTheJobRule combined = new OnTheJobRule(1333, new BigDecimal("12.5"), true);
        WorkplaceHours.Result result = WorkplaceHours.claim(
                combined, List.of(learning(ANNA, "2"), learning(BEN, "3")), Map.of(), Set.of(ANNA), null, 0);
        assertThat(result.lines()).extracting(WorkplaceHours.Line::staffId).containsExactly(ANNA);
        assertThat(result.excluded()).extracting(ExcludedLearning::staffId).containsExactly(BEN);
        assertThat(result.amountMinor()).isEqualTo(2666);
    }

    @Test
    void theEmployerCapCutsTheClaimNotTheLines() {
        WorkplaceHours.Result result =
                WorkplaceHours.claim(RULE, List.of(learning(ANNA, "10")), Map.of(), Set.of(), 20_000L, 15_000);
        assertThat(result.sumMinor()).isEqualTo(13330);
        assertThat(result.amountMinor()).isEqualTo(5000);
        assertThat(WorkplaceHours.claim(RULE, List.of(learning(ANNA, "10")), Map.of(), Set.of(), 20_000L, 25_000)
                        .amountMinor())
                .isZero();
    }

    private static WorkplaceHours.Learning learning(UUID staff, String hours) {
        return new WorkplaceHours.Learning(
                UUID.randomUUID(), WorkplaceLearningKind.ON_THE_JOB, staff, new BigDecimal(hours));
    }
}
