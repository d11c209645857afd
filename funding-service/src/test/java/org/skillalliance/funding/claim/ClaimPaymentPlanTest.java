package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.programme.Milestone;
import org.skillalliance.funding.programme.MilestoneShare;
import org.skillalliance.funding.programme.SchemeRules;

/** The split of an approved amount over a programme's milestones: exact, by largest remainder, in milestone order. */
class ClaimPaymentPlanTest {

    @Property(tries = 500)
    void partsSumExactlyToTheAmountAndEachIsWithinOneMinorUnitOfAmountTimesShare(
            @ForAll @LongRange(min = 1, max = 10_000_000_000L) long amountMinor,
            @ForAll("shares") List<MilestoneShare> shares) {
        List<ClaimPayment> plan = ClaimPayment.plan(Money.of(amountMinor, "EUR"), shares);

        assertThat(plan.stream().mapToLong(p -> p.amount().amountMinor()).sum()).isEqualTo(amountMinor);
        Map<Milestone, Long> parts = plan.stream()
                .collect(Collectors.toMap(
                        ClaimPayment::milestone, p -> p.amount().amountMinor()));
        for (MilestoneShare share : shares) {
            BigDecimal exact = BigDecimal.valueOf(amountMinor).multiply(share.share());
            BigDecimal part = BigDecimal.valueOf(parts.getOrDefault(share.milestone(), 0L));
            assertThat(part.subtract(exact).abs()).isLessThan(BigDecimal.ONE);
        }
        assertThat(plan).extracting(ClaimPayment::milestone).isSorted().doesNotHaveDuplicates();
        assertThat(plan).allSatisfy(p -> assertThat(p.isDue()).isTrue());
        assertThat(plan).allSatisfy(p -> assertThat(p.amount().amountMinor()).isPositive());
    }

    @Example
    void fortyThirtyThirtyOfTheWorkedClaim() {
        // 355250 x 0.4 = 142100, x 0.3 = 106575 (twice): exact, nothing left over
        List<ClaimPayment> plan = ClaimPayment.plan(Money.of(355_250, "EUR"), shares("0.4", "0.3", "0.3"));
        assertThat(plan)
                .extracting(ClaimPayment::milestone, p -> p.amount().amountMinor())
                .containsExactly(
                        tuple(Milestone.START, 142_100L),
                        tuple(Milestone.COMPLETION, 106_575L),
                        tuple(Milestone.OUTCOME, 106_575L));
    }

    @Example
    void theUnitLeftOverGoesToTheLargestRemainderAndTiesToTheEarlierMilestone() {
        // 100 x 0.333334 = 33.3334, x 0.333333 = 33.3333 (twice): floors 99, the unit to START's larger remainder
        assertThat(amounts(ClaimPayment.plan(Money.of(100, "EUR"), shares("0.333334", "0.333333", "0.333333"))))
                .containsExactly(34L, 33L, 33L);
        // 101 x 0.5 = 50.5 twice: equal remainders, the unit to the earlier milestone
        assertThat(amounts(ClaimPayment.plan(
                        Money.of(101, "EUR"),
                        List.of(
                                new MilestoneShare(Milestone.START, new BigDecimal("0.5")),
                                new MilestoneShare(Milestone.OUTCOME, new BigDecimal("0.5"))))))
                .containsExactly(51L, 50L);
        // 1001 x 0.25 = 250.25, x 0.25 = 250.25, x 0.5 = 500.5: the largest remainder (OUTCOME's .5) gets the unit
        assertThat(amounts(ClaimPayment.plan(Money.of(1_001, "EUR"), shares("0.25", "0.25", "0.5"))))
                .containsExactly(250L, 250L, 501L);
    }

    @Example
    void withoutMilestonesTheWholeAmountIsOnePaymentAtCompletion() {
        List<ClaimPayment> plan = ClaimPayment.plan(Money.of(355_250, "EUR"), SchemeRules.NONE.payments());
        assertThat(plan).singleElement().satisfies(p -> {
            assertThat(p.milestone()).isEqualTo(Milestone.COMPLETION);
            assertThat(p.amount()).isEqualTo(Money.of(355_250, "EUR"));
        });
    }

    @Example
    void aPartOfNothingIsNoPayment() {
        // 1 cent over 0.4 / 0.3 / 0.3: START 0.4, COMPLETION 0.3, OUTCOME 0.3 -> the unit goes to START
        assertThat(ClaimPayment.plan(Money.of(1, "EUR"), shares("0.4", "0.3", "0.3")))
                .extracting(ClaimPayment::milestone)
                .containsExactly(Milestone.START);
    }

    @Provide
    Arbitrary<List<MilestoneShare>> shares() {
        return Arbitraries.of(Milestone.class)
                .set()
                .ofMinSize(1)
                .ofMaxSize(3)
                .flatMap(milestones -> Arbitraries.integers()
                        .between(1, 999_999)
                        .set()
                        .ofSize(milestones.size() - 1)
                        .map(cuts -> {
                            List<Integer> bounds = new ArrayList<>(cuts);
                            bounds.add(0);
                            bounds.add(1_000_000);
                            bounds.sort(Integer::compareTo);
                            List<Milestone> ordered =
                                    milestones.stream().sorted().toList();
                            List<MilestoneShare> shares = new ArrayList<>();
                            for (int i = 0; i < ordered.size(); i++) {
                                shares.add(new MilestoneShare(
                                        ordered.get(i), BigDecimal.valueOf(bounds.get(i + 1) - bounds.get(i), 6)));
                            }
                            return shares;
                        }));
    }

    private static List<MilestoneShare> shares(String start, String completion, String outcome) {
        return List.of(
                new MilestoneShare(Milestone.START, new BigDecimal(start)),
                new MilestoneShare(Milestone.COMPLETION, new BigDecimal(completion)),
                new MilestoneShare(Milestone.OUTCOME, new BigDecimal(outcome)));
    }

    private static List<Long> amounts(List<ClaimPayment> plan) {
        return plan.stream().map(p -> p.amount().amountMinor()).toList();
    }
}
