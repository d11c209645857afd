package org.skillalliance.reporting.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One employer's seats counted in one cohort, with what the evaluation needs of them, every amount exact.
 *
 * @param trainingCost        the employer's share of the cohort over the seats counted: share / the employer's seats
 *                            x seats counted, as the impact report computes a seat's training cost (0 while shares
 *                            are not fixed)
 * @param attendedHours       attended hours of the seats counted that have an outcome
 * @param grantDisbursedMinor what every programme paid for the employer's seats in the cohort
 * @param hourlyWageCostMinor the employer's hourly wage cost reported for the cohort; null if none
 * @param measures            the business measures it reported for the cohort (in the report's currency)
 * @param completedRatings    the follow-up ratings (1 to 5) of its completed seats counted that were rated
 */
@ValueObject
public record EmployerCohort(
        UUID cohortId,
        UUID employerId,
        Fraction trainingCost,
        BigDecimal attendedHours,
        BigInteger grantDisbursedMinor,
        Long hourlyWageCostMinor,
        List<Measure> measures,
        List<Integer> completedRatings) {

    public EmployerCohort {
        measures = List.copyOf(measures);
        completedRatings = List.copyOf(completedRatings);
    }

    /** Whether the employer reported at least one measure for the cohort. */
    public boolean reported() {
        return !measures.isEmpty();
    }

    /** The first-year benefits of its measures, exact; none reported: 0. */
    public Fraction benefits() {
        return Fraction.of(measures.stream().map(Measure::benefitPerYear).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Attended hours x the hourly wage cost, exact; 0 when the employer reported no wage cost. */
    public Fraction wageCost() {
        return hourlyWageCostMinor == null
                ? Fraction.ZERO
                : Fraction.of(attendedHours.multiply(BigDecimal.valueOf(hourlyWageCostMinor)));
    }
}
