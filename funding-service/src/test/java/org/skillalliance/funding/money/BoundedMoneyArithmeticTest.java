package org.skillalliance.funding.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.allocation.Allocation;
import org.skillalliance.funding.allocation.CostSharingRule;
import org.skillalliance.funding.allocation.Participant;
import org.skillalliance.funding.allocation.ShareLine;
import org.skillalliance.funding.allocation.SharingTerms;
import org.skillalliance.funding.claim.Reimbursement;
import org.skillalliance.funding.programme.BandRule;
import org.skillalliance.funding.programme.ProgrammeRequest;
import org.skillalliance.funding.shared.SizeBand;
import org.skillalliance.web.MinorUnits;

/**
 * The arithmetic on money at the API's bounds (docs/api.md, "Input policy"): every amount at most {@link
 * MinorUnits#MAX} = 10^13 minor units, a cohort at most 10^4 seats, a course at most 2,000 hours, a wage subsidy at
 * most 10^9 an hour. Cost shares, seat costs and claims computed from the largest inputs the API takes stay exact and
 * inside a long; nothing overflows, wraps or throws.
 */
class BoundedMoneyArithmeticTest {

    private static final long MAX = MinorUnits.MAX;
    private static final int MAX_SEATS = 10_000;

    @Test
    void everySharingRuleSplitsTheLargestCohortTotalExactly() {
        // PER_SEAT pricing: the largest seat price times the largest cohort is the largest total funding computes
        long total = Math.multiplyExact(MAX, MAX_SEATS);
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            participants.add(new Participant(new UUID(0, i + 1), MAX_SEATS / 100, i % 2 == 0 ? 10_000_000 : null));
        }
        for (SharingTerms terms : List.of(
                SharingTerms.DEFAULT,
                new SharingTerms(CostSharingRule.EQUAL, null, MAX),
                new SharingTerms(CostSharingRule.PER_HEADCOUNT, null, MAX),
                new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, MAX, MAX),
                new SharingTerms(CostSharingRule.BASE_PLUS_PER_SEAT, MAX, null))) {
            List<ShareLine> lines = terms.split(total, participants);
            assertThat(lines.stream()
                            .map(l -> BigInteger.valueOf(l.amountMinor()))
                            .reduce(BigInteger.ZERO, BigInteger::add))
                    .as(terms.toString())
                    .isEqualTo(BigInteger.valueOf(total));
            assertThat(lines).allSatisfy(l -> assertThat(l.amountMinor()).isBetween(0L, total));
        }
    }

    @Test
    void capsWhoseSumExceedsALongAreComparedExactly() {
        // three capped claimants whose caps together exceed Long.MAX_VALUE: the caps can cover the total
        Map<String, Long> parts = Allocation.split(
                Long.MAX_VALUE - 1,
                List.of(
                        new Allocation.Claimant("a", 1, Long.MAX_VALUE / 2),
                        new Allocation.Claimant("b", 1, Long.MAX_VALUE / 2),
                        new Allocation.Claimant("c", 1, Long.MAX_VALUE / 2)));
        assertThat(parts.values().stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add))
                .isEqualTo(BigInteger.valueOf(Long.MAX_VALUE - 1));
    }

    @Test
    void theLargestClaimAndQuoteStayInsideALong() {
        BandRule rule = new BandRule(
                SizeBand.MICRO, BigDecimal.ONE, ProgrammeRequest.MAX_WAGE_SUBSIDY_PER_HOUR_MINOR, BigDecimal.ZERO);
        Fraction seatCost = Fraction.of(MAX);
        BigDecimal hours = new BigDecimal("2000.00");
        List<Reimbursement.Seat> seats = new ArrayList<>();
        for (int i = 0; i < MAX_SEATS; i++) {
            seats.add(new Reimbursement.Seat(new UUID(1, i), new UUID(2, i), seatCost, hours));
        }
        Reimbursement.Result claim =
                Reimbursement.claim(new Reimbursement.Terms(rule, null, null), seats, Map.of(), Fraction.ZERO);
        // 10^4 seats * (10^13 + 10^9 * 2,000) = 1.2 * 10^17
        assertThat(claim.amountMinor()).isEqualTo(120_000_000_000_000_000L);

        Reimbursement.Result quote = Reimbursement.claim(
                new Reimbursement.Terms(rule, MAX, MAX),
                List.of(new Reimbursement.Seat(new UUID(0, 0), new UUID(0, 0), seatCost, hours)),
                Map.of(),
                Fraction.of(MAX));
        assertThat(quote.amountMinor()).isZero();
    }
}
