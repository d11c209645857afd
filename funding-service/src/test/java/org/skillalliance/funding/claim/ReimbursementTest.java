package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.programme.BandRule;
import org.skillalliance.funding.shared.SizeBand;

/**
 * Worked examples of DESIGN section 3, the figures written out by hand. Money is in minor units (cents): 100000 =
 * EUR 1,000.00. Seat cost = the employer's share divided by its seats, an exact fraction.
 */
class ReimbursementTest {

    private static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID CARLA = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Test
    void costRateTimesSeatCostPlusWageSubsidyTimesHours() {
        // share EUR 1,000.00 for 3 seats: a seat costs 100000/3 = 33333.33... cents
        // rate 60%, minimum employer share 10%: min(0.6, 1 - 0.1) = 0.6
        // cost part: 100000/3 x 0.6 = 20000.00; wage 5.00/h x 7.5 h = 500 x 7.5 = 3750.00
        // per seat 23750.00; two completed seats = 47500.00 -> EUR 475.00
        Reimbursement.Terms terms = terms(rule("0.6", 500, "0.1"), null, null);
        Fraction seatCost = Fraction.of(100_000).dividedBy(3);

        Reimbursement.Result result = Reimbursement.claim(
                terms, List.of(seat(ANNA, seatCost, "7.5"), seat(BEN, seatCost, "7.5")), Map.of(), Fraction.ZERO);

        assertThat(result.seats())
                .extracting(Reimbursement.SeatAmount::exactMinor)
                .containsExactly(Fraction.of(23_750), Fraction.of(23_750));
        assertThat(result.amountMinor()).isEqualTo(47_500);
    }

    @Test
    void theMinimumEmployerShareLimitsTheCostRate() {
        // rate 90% but the employer must keep 25%: min(0.9, 1 - 0.25) = 0.75
        // seat cost 100000/3 x 0.75 = 25000.00; no wage subsidy -> 25000 = EUR 250.00 (not 30000 at 90%)
        Reimbursement.Result result = Reimbursement.claim(
                terms(rule("0.9", 0, "0.25"), null, null),
                List.of(seat(ANNA, Fraction.of(100_000).dividedBy(3), "10")),
                Map.of(),
                Fraction.ZERO);

        assertThat(result.amountMinor()).isEqualTo(25_000);
    }

    @Test
    void onlyTheClaimIsRoundedDownNeverTheSeats() {
        // share 10.00 for 3 seats: a seat costs 1000/3 = 333.333... cents; at 50%: 500/3 = 166.666... per seat
        // two seats: 1000/3 = 333.333... -> 333 cents. Rounding each seat first would give 166 + 166 = 332 (down)
        // or 167 + 167 = 334 (half up): both wrong.
        Reimbursement.Result result = Reimbursement.claim(
                terms(rule("0.5", 0, "0"), null, null),
                List.of(
                        seat(ANNA, Fraction.of(1_000).dividedBy(3), "0"),
                        seat(BEN, Fraction.of(1_000).dividedBy(3), "0")),
                Map.of(),
                Fraction.ZERO);

        assertThat(result.exactSum()).isEqualTo(Fraction.of(1_000).dividedBy(3));
        assertThat(result.amountMinor()).isEqualTo(333);
    }

    @Test
    void fractionalHoursAreExact() {
        // wage subsidy 3.33/h x 7.25 h = 333 x 7.25 = 2414.25 cents -> 2414; no cost part (rate 0)
        Reimbursement.Result result = Reimbursement.claim(
                terms(rule("0", 333, "0"), null, null),
                List.of(seat(ANNA, Fraction.of(50_000), "7.25")),
                Map.of(),
                Fraction.ZERO);

        assertThat(result.exactSum()).isEqualTo(Fraction.parse("2414.25"));
        assertThat(result.amountMinor()).isEqualTo(2_414);
    }

    @Test
    void theCapPerParticipantCountsWhatTheParticipantAlreadyReceived() {
        // seat cost 2000.00 x min(0.8, 0.9) = 1600.00; wage 10.00/h x 40 h = 400.00; seat = 2000.00
        // cap per participant 1500.00: Anna (nothing before) gets 1500.00;
        // Ben received 1000.00 in an earlier claim, so only 500.00 is left for him
        // claim = 1500.00 + 500.00 = 2000.00
        Reimbursement.Terms terms = terms(rule("0.8", 1_000, "0.1"), 150_000L, null);
        Reimbursement.Result result = Reimbursement.claim(
                terms,
                List.of(seat(ANNA, Fraction.of(200_000), "40"), seat(BEN, Fraction.of(200_000), "40")),
                Map.of(BEN, Fraction.of(100_000)),
                Fraction.ZERO);

        assertThat(result.seats())
                .extracting(Reimbursement.SeatAmount::exactMinor)
                .containsExactly(Fraction.of(150_000), Fraction.of(50_000));
        assertThat(result.amountMinor()).isEqualTo(200_000);
    }

    @Test
    void theCapPerEmployerAppliesToTheSumBeforeRounding() {
        // three seats at 1500.00 each (participant cap 1500.00 binds on 2000.00) = 4500.00
        // cap per employer 10000.00, of which 7000.00 was claimed before: 3000.00 left -> claim 3000.00
        Reimbursement.Terms terms = terms(rule("0.8", 1_000, "0.1"), 150_000L, 1_000_000L);
        Reimbursement.Result result = Reimbursement.claim(
                terms,
                List.of(
                        seat(ANNA, Fraction.of(200_000), "40"),
                        seat(BEN, Fraction.of(200_000), "40"),
                        seat(CARLA, Fraction.of(200_000), "40")),
                Map.of(),
                Fraction.of(700_000));

        assertThat(result.exactSum()).isEqualTo(Fraction.of(450_000));
        assertThat(result.amountMinor()).isEqualTo(300_000);

        // the employer cap leaves a fraction: seats of 1000/3 x 0.5 = 500/3 each, cap 1000.00 with 999.00 claimed:
        // min(3 x 500/3 = 500, 100) = 100 cents exactly; with 999.50 claimed: min(500, 50) = 50
        Reimbursement.Result nearlyCapped = Reimbursement.claim(
                terms(rule("0.5", 0, "0"), null, 100_000L),
                List.of(
                        seat(ANNA, Fraction.of(1_000).dividedBy(3), "0"),
                        seat(BEN, Fraction.of(1_000).dividedBy(3), "0"),
                        seat(CARLA, Fraction.of(1_000).dividedBy(3), "0")),
                Map.of(),
                Fraction.of(99_950));
        assertThat(nearlyCapped.amountMinor()).isEqualTo(50);
    }

    @Test
    void anEmployerAtItsCapGetsNothingMore() {
        Reimbursement.Result result = Reimbursement.claim(
                terms(rule("1", 1_000, "0"), null, 50_000L),
                List.of(seat(ANNA, Fraction.of(10_000), "8")),
                Map.of(),
                Fraction.of(50_000));
        assertThat(result.amountMinor()).isZero();
    }

    private static Reimbursement.Seat seat(UUID staff, Fraction cost, String hours) {
        return new Reimbursement.Seat(
                UUID.nameUUIDFromBytes(staff.toString().getBytes()), staff, cost, new BigDecimal(hours));
    }

    private static BandRule rule(String rate, long wagePerHour, String minimumShare) {
        return new BandRule(SizeBand.SMALL, new BigDecimal(rate), wagePerHour, new BigDecimal(minimumShare));
    }

    private static Reimbursement.Terms terms(BandRule rule, Long capPerParticipant, Long capPerEmployer) {
        return new Reimbursement.Terms(rule, capPerParticipant, capPerEmployer);
    }
}
