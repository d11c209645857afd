package org.skillalliance.funding.claim;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.Service;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.programme.BandRule;

/**
 * The reimbursement of one employer's completed, covered seats in one cohort, computed exactly (fractions of minor
 * units) and rounded down once at the end, as DESIGN section 3 defines it:
 *
 * <pre>
 * seat      = training cost of the seat x min(cost rate, 1 - minimum employer share)
 *             + wage subsidy per hour x attended hours
 * seat'     = min(seat, cap per participant - what the participant already received under the programme)
 * claim     = sum of seat' over the employer's seats in the cohort
 * claim'    = min(claim, cap per employer - what the employer already claimed under the programme)
 * amount    = floor(claim')            (the funder never pays a fraction of a cent too much)
 * </pre>
 *
 * Plain Java: no Spring, no SQL.
 */
@Service
public final class Reimbursement {

    /**
     * The programme's terms for the employer's size band.
     *
     * @param rule                   cost rate, wage subsidy per hour and minimum employer share of the band
     * @param capPerParticipantMinor most one participant may receive under the programme, or null
     * @param capPerEmployerMinor    most one employer may receive under the programme over its period, or null
     */
    public record Terms(BandRule rule, Long capPerParticipantMinor, Long capPerEmployerMinor) {
        public Terms {
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** A completed, covered seat: its exact training cost (minor units) and the hours attended. */
    public record Seat(UUID enrolmentId, UUID staffId, Fraction trainingCostMinor, BigDecimal attendedHours) {}

    /** What one seat earns, exactly, after the participant cap. */
    public record SeatAmount(UUID enrolmentId, UUID staffId, BigDecimal attendedHours, Fraction exactMinor) {}

    /**
     * The result: each seat's exact amount, the exact sum, the exact sum after the employer cap, and the amount
     * rounded down.
     */
    public record Result(List<SeatAmount> seats, Fraction exactSum, Fraction exactAfterEmployerCap, long amountMinor) {}

    private Reimbursement() {}

    /**
     * Computes a claim.
     *
     * @param alreadyPerParticipant exact amounts the participants already received under the programme in other
     *                              claims (absent = nothing)
     * @param alreadyForEmployer    what the employer already claimed under the programme in other claims
     */
    public static Result claim(
            Terms terms, List<Seat> seats, Map<UUID, Fraction> alreadyPerParticipant, Fraction alreadyForEmployer) {
        Fraction rate = terms.rule().effectiveCostRate();
        Fraction wage = Fraction.of(terms.rule().wageSubsidyPerHourMinor());
        Map<UUID, Fraction> received = new HashMap<>(alreadyPerParticipant);
        List<SeatAmount> amounts = new ArrayList<>();
        Fraction sum = Fraction.ZERO;
        for (Seat seat : seats) {
            Fraction amount = seat.trainingCostMinor().times(rate).plus(wage.times(Fraction.of(seat.attendedHours())));
            if (terms.capPerParticipantMinor() != null) {
                Fraction left = Fraction.of(terms.capPerParticipantMinor())
                        .minus(received.getOrDefault(seat.staffId(), Fraction.ZERO))
                        .max(Fraction.ZERO);
                amount = amount.min(left);
            }
            received.merge(seat.staffId(), amount, Fraction::plus);
            amounts.add(new SeatAmount(seat.enrolmentId(), seat.staffId(), seat.attendedHours(), amount));
            sum = sum.plus(amount);
        }
        Fraction capped = sum;
        if (terms.capPerEmployerMinor() != null) {
            capped = capped.min(Fraction.of(terms.capPerEmployerMinor())
                    .minus(alreadyForEmployer)
                    .max(Fraction.ZERO));
        }
        BigInteger floor = capped.floor();
        return new Result(List.copyOf(amounts), sum, capped, floor.longValueExact());
    }
}
