package org.skillalliance.funding.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.skillalliance.funding.money.Fraction;

/** Properties of the largest-remainder split, for random totals, weights and caps; and the sharing rules by example. */
class AllocationPropertiesTest {

    @Property(tries = 400)
    void partsSumExactlyToTheTotalAndEachIsWithinOneUnitOfItsExactQuota(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long total,
            @ForAll("uncappedClaimants") List<Allocation.Claimant> claimants) {
        Map<String, Long> parts = Allocation.split(total, claimants);

        assertThat(parts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        long totalWeight =
                claimants.stream().mapToLong(Allocation.Claimant::weight).sum();
        for (Allocation.Claimant c : claimants) {
            Fraction exact = totalWeight == 0
                    ? Fraction.of(total, claimants.size())
                    : Fraction.of(
                            BigInteger.valueOf(total).multiply(BigInteger.valueOf(c.weight())),
                            BigInteger.valueOf(totalWeight));
            Fraction part = Fraction.of(parts.get(c.key()));
            assertThat(part.minus(exact).compareTo(Fraction.ONE))
                    .as("part above exact + 1")
                    .isLessThan(0);
            assertThat(exact.minus(part).compareTo(Fraction.ONE))
                    .as("part below exact - 1")
                    .isLessThan(0);
            assertThat(parts.get(c.key())).isGreaterThanOrEqualTo(0);
        }
    }

    @Property(tries = 400)
    void theResultDoesNotDependOnTheOrderOfTheClaimants(
            @ForAll @LongRange(min = 0, max = 10_000_000L) long total,
            @ForAll("cappedClaimants") List<Allocation.Claimant> claimants,
            @ForAll long seed) {
        List<Allocation.Claimant> feasible = feasible(total, claimants);
        List<Allocation.Claimant> shuffled = new ArrayList<>(feasible);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(Allocation.split(total, shuffled)).isEqualTo(Allocation.split(total, feasible));
    }

    @Property(tries = 400)
    void capsHoldAndWhatTheyHoldBackGoesToTheOthers(
            @ForAll @LongRange(min = 0, max = 10_000_000L) long total,
            @ForAll("cappedClaimants") List<Allocation.Claimant> claimants) {
        List<Allocation.Claimant> feasible = feasible(total, claimants);
        Map<String, Long> parts = Allocation.split(total, feasible);

        assertThat(parts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        for (Allocation.Claimant c : feasible) {
            if (c.cap() != null) {
                assertThat(parts.get(c.key())).as("part of %s", c.key()).isLessThanOrEqualTo(c.cap());
            }
        }
    }

    @Property(tries = 200)
    void everySharingRuleSumsExactlyToTheCohortCost(
            @ForAll @LongRange(min = 0, max = 100_000_000L) long total,
            @ForAll("participants") List<Participant> participants,
            @ForAll CostSharingRule rule,
            @ForAll @LongRange(min = 0, max = 1_000_000L) long baseFee) {
        SharingTerms terms = new SharingTerms(rule, rule == CostSharingRule.BASE_PLUS_PER_SEAT ? baseFee : null, null);
        List<ShareLine> lines = terms.split(total, participants);
        assertThat(lines.stream().mapToLong(ShareLine::amountMinor).sum()).isEqualTo(total);
        assertThat(lines).allSatisfy(l -> assertThat(l.amountMinor()).isNotNegative());
    }

    @Example
    void tiesGoToTheSmallerKey() {
        // 100 over three equal weights: 33.33 each; one unit left over goes to the smallest key, "a"
        assertThat(Allocation.split(
                        100,
                        List.of(
                                Allocation.Claimant.of("c", 1),
                                Allocation.Claimant.of("a", 1),
                                Allocation.Claimant.of("b", 1))))
                .containsExactly(Map.entry("a", 34L), Map.entry("b", 33L), Map.entry("c", 33L));
    }

    @Example
    void aBindingCapIsRedistributedInProportion() {
        // 1000 by weights 2:1:1 = 500/250/250; "a" is capped at 400, so 600 is split 1:1 between "b" and "c"
        Map<String, Long> parts = Allocation.split(
                1000,
                List.of(
                        new Allocation.Claimant("a", 2, 400L),
                        Allocation.Claimant.of("b", 1),
                        Allocation.Claimant.of("c", 1)));
        assertThat(parts).containsExactly(Map.entry("a", 400L), Map.entry("b", 300L), Map.entry("c", 300L));
    }

    @Example
    void capsThatCannotCoverTheTotalAreRefused() {
        assertThatThrownBy(() -> Allocation.split(
                        100, List.of(new Allocation.Claimant("a", 1, 40L), new Allocation.Claimant("b", 1, 50L))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void theFourSharingRules() {
        UUID a = new UUID(0, 1);
        UUID b = new UUID(0, 2);
        UUID c = new UUID(0, 3);
        List<Participant> seats =
                List.of(new Participant(a, 3, 8), new Participant(b, 1, 120), new Participant(c, 2, 40));

        // 100.00 equally: 33.34 / 33.33 / 33.33 (the leftover cent to the smallest id)
        assertThat(amounts(new SharingTerms(CostSharingRule.EQUAL, null, null).split(10_000, seats)))
                .containsExactly(3334L, 3333L, 3333L);
        // per seat 3:1:2 of 100.00 = 50.00 / 16.666 / 33.333: 50.00, 16.67, 33.33 (16.666 has the larger remainder)
        assertThat(amounts(SharingTerms.DEFAULT.split(10_000, seats))).containsExactly(5000L, 1667L, 3333L);
        // per headcount 8:120:40 of 10000 cents = 476.19 / 7142.857 / 2380.952: floors 476 + 7142 + 2380 = 9998,
        // the 2 cents left go to the largest remainders .952 and .857 -> 476, 7143, 2381
        assertThat(amounts(new SharingTerms(CostSharingRule.PER_HEADCOUNT, null, null).split(10_000, seats)))
                .containsExactly(476L, 7143L, 2381L);
        // base 10.00 each (30.00), the remaining 70.00 per seat 3:1:2 = 35.00 / 11.666 / 23.333
        // -> 45.00, 21.67, 33.33
        assertThat(amounts(new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, 1_000L, null).split(10_000, seats)))
                .containsExactly(4500L, 2167L, 3333L);
        // per seat with a maximum share of 40.00: a would pay 50.00, pays 40.00; 60.00 split 1:2 = 20.00 / 40.00
        assertThat(amounts(new SharingTerms(CostSharingRule.PER_SEAT, null, 4_000L).split(10_000, seats)))
                .containsExactly(4000L, 2000L, 4000L);
    }

    private static List<Long> amounts(List<ShareLine> lines) {
        return lines.stream().map(ShareLine::amountMinor).toList();
    }

    /** Lifts the caps when they cannot cover the total (a split the caller must not ask for). */
    private static List<Allocation.Claimant> feasible(long total, List<Allocation.Claimant> claimants) {
        boolean allCapped = claimants.stream().allMatch(c -> c.cap() != null);
        long caps =
                claimants.stream().mapToLong(c -> c.cap() == null ? 0 : c.cap()).sum();
        if (allCapped && caps < total) {
            List<Allocation.Claimant> lifted = new ArrayList<>(claimants);
            Allocation.Claimant first = lifted.removeFirst();
            lifted.addFirst(Allocation.Claimant.of(first.key(), first.weight()));
            return lifted;
        }
        return claimants;
    }

    @Provide
    Arbitrary<List<Allocation.Claimant>> uncappedClaimants() {
        return Arbitraries.longs()
                .between(0, 1_000_000)
                .list()
                .ofMinSize(1)
                .ofMaxSize(30)
                .map(weights -> {
                    List<Allocation.Claimant> claimants = new ArrayList<>();
                    for (int i = 0; i < weights.size(); i++) {
                        claimants.add(Allocation.Claimant.of("employer-" + i, weights.get(i)));
                    }
                    return claimants;
                });
    }

    @Provide
    Arbitrary<List<Allocation.Claimant>> cappedClaimants() {
        Arbitrary<long[]> weightAndCap = Combinators.combine(
                        Arbitraries.longs().between(0, 10_000),
                        Arbitraries.longs().between(0, 5_000_000).injectNull(0.4))
                .as((weight, cap) -> new long[] {weight, cap == null ? -1 : cap});
        return weightAndCap.list().ofMinSize(1).ofMaxSize(20).map(pairs -> {
            List<Allocation.Claimant> claimants = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                long[] pair = pairs.get(i);
                claimants.add(new Allocation.Claimant(
                        UUID.nameUUIDFromBytes(("k" + i).getBytes()).toString(),
                        pair[0],
                        pair[1] < 0 ? null : pair[1]));
            }
            return claimants;
        });
    }

    @Provide
    Arbitrary<List<Participant>> participants() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 12),
                        Arbitraries.integers().between(0, 5_000).injectNull(0.1))
                .as((seats, headcount) -> new Participant(UUID.randomUUID(), seats, headcount))
                .list()
                .ofMinSize(1)
                .ofMaxSize(15)
                .filter(list -> list.stream().anyMatch(p -> p.seats() > 0));
    }
}
