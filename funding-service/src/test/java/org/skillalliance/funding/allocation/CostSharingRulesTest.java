package org.skillalliance.funding.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.funding.CostSharesFixed;
import org.skillalliance.funding.money.Money;
import org.skillalliance.web.IllegalTransitionException;

/**
 * DESIGN section 3, by worked example: every split sums exactly to its total (largest remainder, ties by key, caps
 * redistributed); the four cost-sharing rules; shares are fixed over the seats at the cohort's start.
 */
class CostSharingRulesTest {

    private static final UUID A = new UUID(0, 1);
    private static final UUID B = new UUID(0, 2);
    private static final UUID C = new UUID(0, 3);

    @Test
    void nothingToSplitAmongNobodyIsAnEmptySplitButSomethingIsRefused() {
        assertThat(Allocation.split(0, List.of())).isEmpty();
        assertThatThrownBy(() -> Allocation.split(1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocation.split(-1, List.of(Allocation.Claimant.of("a", 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        Allocation.split(10, List.of(Allocation.Claimant.of("a", 1), Allocation.Claimant.of("a", 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate");
    }

    @Test
    void claimantsAreValidated() {
        assertThatThrownBy(() -> Allocation.Claimant.of("a", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Allocation.Claimant("a", 1, -1L)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Allocation.Claimant("a", 0, 0L).cap()).isZero();
    }

    @Test
    void thePartsComeOrderedByKeyEvenWhenACapBinds() {
        // 900 by 1:1:1, "c" capped at 100: c gets 100, a and b split 800 -> the map still lists a, b, c
        Map<String, Long> parts = Allocation.split(
                900,
                List.of(
                        new Allocation.Claimant("c", 1, 100L),
                        Allocation.Claimant.of("b", 1),
                        Allocation.Claimant.of("a", 1)));
        assertThat(parts).containsExactly(Map.entry("a", 400L), Map.entry("b", 400L), Map.entry("c", 100L));
    }

    @Test
    void capsThatExactlyCoverTheTotalAreEnough() {
        assertThat(Allocation.split(
                        90, List.of(new Allocation.Claimant("a", 1, 40L), new Allocation.Claimant("b", 1, 50L))))
                .containsExactly(Map.entry("a", 40L), Map.entry("b", 50L));
    }

    @Test
    void withoutWeightTheSplitIsEqual() {
        assertThat(Allocation.split(
                        10,
                        List.of(
                                Allocation.Claimant.of("b", 0),
                                Allocation.Claimant.of("a", 0),
                                Allocation.Claimant.of("c", 0))))
                .containsExactly(Map.entry("a", 4L), Map.entry("b", 3L), Map.entry("c", 3L));
    }

    @Test
    void employersWithoutSeatsShareNothing() {
        List<ShareLine> lines = SharingTerms.DEFAULT.split(
                1_000, List.of(new Participant(A, 2, 10), new Participant(B, 0, 10), new Participant(C, 3, 10)));
        assertThat(lines).extracting(ShareLine::employerId).containsExactly(A, C);
        assertThat(lines).extracting(ShareLine::amountMinor).containsExactly(400L, 600L);
        assertThat(SharingTerms.DEFAULT.split(1_000, List.of(new Participant(A, 0, 10))))
                .isEmpty();
    }

    @Test
    void anUnknownHeadcountWeighsAsOne() {
        List<ShareLine> lines = new SharingTerms(CostSharingRule.PER_HEADCOUNT, null, null)
                .split(1_000, List.of(new Participant(A, 1, null), new Participant(B, 1, 3)));
        assertThat(lines).extracting(ShareLine::amountMinor).containsExactly(250L, 750L);
        assertThat(lines).extracting(ShareLine::headcount).containsExactly(null, 3);
    }

    @Test
    void theBaseFeeComesFirstAndTheRestPerSeat() {
        // base 100.00 each of a total of 150.00 for two employers: the base portion is only the 150.00, split equally
        assertThat(new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, 10_000L, null)
                        .split(15_000, List.of(new Participant(A, 1, 5), new Participant(B, 3, 5))))
                .extracting(ShareLine::amountMinor)
                .containsExactly(7_500L, 7_500L);
        // base 10.00 each, 80.00 left per seat 1:3 = 20.00 / 60.00
        assertThat(new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, 1_000L, null)
                        .split(10_000, List.of(new Participant(A, 1, 5), new Participant(B, 3, 5))))
                .extracting(ShareLine::amountMinor)
                .containsExactly(3_000L, 7_000L);
    }

    @Test
    void aMaximumShareHoldsForTheBaseFeeRuleToo() {
        // base 10.00 each, 80.00 per seat 1:3 would be 30.00 / 70.00; the maximum 60.00 moves 10.00 to A
        assertThat(new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, 1_000L, 6_000L)
                        .split(10_000, List.of(new Participant(A, 1, 5), new Participant(B, 3, 5))))
                .extracting(ShareLine::amountMinor)
                .containsExactly(4_000L, 6_000L);
        // a maximum that cannot hold the total (2 x 40.00 < 100.00) is not applied: the plain split stands
        assertThat(new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, 1_000L, 4_000L)
                        .split(10_000, List.of(new Participant(A, 1, 5), new Participant(B, 3, 5))))
                .extracting(ShareLine::amountMinor)
                .containsExactly(3_000L, 7_000L);
        // the caps hold the total exactly (2 x 50.00): A's base 10.00 leaves it 40.00 of room, B's too
        assertThat(new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, 1_000L, 5_000L)
                        .split(10_000, List.of(new Participant(A, 1, 5), new Participant(B, 3, 5))))
                .extracting(ShareLine::amountMinor)
                .containsExactly(5_000L, 5_000L);
        // a base fee above the maximum share: the base portion is the whole total, split equally
        assertThat(new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, 6_000L, 5_000L)
                        .split(10_000, List.of(new Participant(A, 1, 5), new Participant(B, 3, 5))))
                .extracting(ShareLine::amountMinor)
                .containsExactly(5_000L, 5_000L);
    }

    @Test
    void aMaximumShareThatExactlyCoversTheTotalApplies() {
        // per seat 1:3 of 100.00 = 25.00 / 75.00; maximum 50.00 x 2 = 100.00 covers it: 50.00 / 50.00
        assertThat(new SharingTerms(CostSharingRule.PER_SEAT, null, 5_000L)
                        .split(10_000, List.of(new Participant(A, 1, 5), new Participant(B, 3, 5))))
                .extracting(ShareLine::amountMinor)
                .containsExactly(5_000L, 5_000L);
        // a maximum share of 0 is allowed (and, unable to cover anything, not applied)
        assertThat(new SharingTerms(CostSharingRule.PER_SEAT, null, 0L)
                        .split(100, List.of(new Participant(A, 1, 5), new Participant(B, 3, 5))))
                .extracting(ShareLine::amountMinor)
                .containsExactly(25L, 75L);
        // a huge base fee times the employers does not overflow: it is capped by the total
        assertThat(new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, Long.MAX_VALUE / 2 + 1, null)
                        .split(100, List.of(new Participant(A, 1, 5), new Participant(B, 3, 5))))
                .extracting(ShareLine::amountMinor)
                .containsExactly(50L, 50L);
    }

    @Test
    void termsAreValidated() {
        assertThatThrownBy(() -> new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, -1L, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, 0L, null).baseFeeMinor())
                .isZero();
        assertThatThrownBy(() -> new SharingTerms(CostSharingRule.PER_SEAT, 100L, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SharingTerms(CostSharingRule.PER_SEAT, null, -1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflowSafeProducts() {
        assertThat(SharingTerms.BigIntegerMath.timesFits(50, 2, 100)).isTrue();
        assertThat(SharingTerms.BigIntegerMath.timesFits(50, 2, 101)).isFalse();
        assertThat(SharingTerms.BigIntegerMath.timesFits(Long.MAX_VALUE, 2, Long.MAX_VALUE))
                .isTrue();
        assertThat(SharingTerms.BigIntegerMath.saturatedTimes(3, 4)).isEqualTo(12);
        assertThat(SharingTerms.BigIntegerMath.saturatedTimes(Long.MAX_VALUE, 2))
                .isEqualTo(Long.MAX_VALUE);
        // 2^62 x 2 = 2^63 does not fit a long (bit length 64)
        assertThat(SharingTerms.BigIntegerMath.saturatedTimes(1L << 62, 2)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void sharesAreFixedOverTheSeatsAtTheStartAndThenTheRuleCannotChange() {
        UUID cohort = UUID.randomUUID();
        UUID coordinator = UUID.randomUUID();
        CohortCostSharing sharing = CohortCostSharing.byDefault(cohort);
        assertThat(sharing.status()).isEqualTo(CohortCostSharing.Status.PROVISIONAL);
        assertThat(sharing.terms()).isEqualTo(SharingTerms.DEFAULT);
        sharing.choose(new SharingTerms(CostSharingRule.EQUAL, null, null), coordinator);
        assertThat(sharing.chosenBy()).isEqualTo(coordinator);

        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        CostSharesFixed event = CostSharingEventsPublisher.contract(sharing.fix(
                Money.of(10_000, "EUR"), List.of(new Participant(A, 3, 8), new Participant(B, 1, 20)), start));

        assertThat(sharing.status()).isEqualTo(CohortCostSharing.Status.FIXED);
        assertThat(sharing.fixedAt()).isEqualTo(start);
        assertThat(sharing.total()).isEqualTo(Money.of(10_000, "EUR"));
        assertThat(sharing.fixedShares()).extracting(ShareLine::amountMinor).containsExactly(5_000L, 5_000L);
        assertThat(event.cohortId()).isEqualTo(cohort);
        assertThat(event.rule()).isEqualTo(org.skillalliance.contracts.funding.CostSharingRule.EQUAL);
        assertThat(event.totalMinor()).isEqualTo(10_000);
        assertThat(event.currency()).isEqualTo("EUR");
        assertThat(event.shares()).hasSize(2);
        assertThatThrownBy(() -> sharing.choose(SharingTerms.DEFAULT, coordinator))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> sharing.fix(Money.of(10_000, "EUR"), List.of(), start))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(sharing.terms().rule()).isEqualTo(CostSharingRule.EQUAL);
    }

    @Test
    void aCohortThatStartsWithoutSeatsSharesNothing() {
        CohortCostSharing sharing = CohortCostSharing.byDefault(UUID.randomUUID());
        CostSharesFixed event =
                CostSharingEventsPublisher.contract(sharing.fix(Money.of(10_000, "EUR"), List.of(), Instant.EPOCH));
        assertThat(sharing.total()).isEqualTo(Money.zero("EUR"));
        assertThat(event.totalMinor()).isZero();
        assertThat(event.shares()).isEmpty();
    }
}
