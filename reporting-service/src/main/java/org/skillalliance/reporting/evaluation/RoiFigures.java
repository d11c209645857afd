package org.skillalliance.reporting.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.skillalliance.disclosure.SmallCellSuppression;

/**
 * The definitions of the evaluation's figures (DESIGN section 3, "Evaluation beyond completion"; docs/reporting.md),
 * plain Java over {@link EmployerCohort}s, every amount kept exact until the figure is shown:
 *
 * <ul>
 *   <li>benefits: the sum of the measures' first-year benefits ({@link Measure#benefitPerYear});
 *   <li>training cost: the cost shares over the seats counted; wage cost: attended hours x hourly wage cost (0 where
 *       the employer gave none, and counted in {@code employersWithoutWageCost});
 *   <li>programme, cohort and alliance view: costs = training cost + wage cost (the grant is added back: society
 *       pays it), suppressed where fewer than k employers reported;
 *   <li>employer view: costs = training cost + wage cost - grant disbursed to it, never suppressed;
 *   <li>ROI % = (benefits - costs) / costs x 100, 1 decimal; benefit-cost ratio = benefits / costs, 2 decimals; both
 *       half up, null where costs are 0 or less; money rounded half up to the minor unit once, at the end;
 *   <li>transfer rate = completed seats rated 4 or 5 / completed seats rated, 4 decimals; in the programme, cohort
 *       and alliance view withheld where fewer than k completed seats were rated (and per cohort as many more as
 *       keep a withheld one from being recovered from the total).
 * </ul>
 *
 * Sums are exact ({@link Fraction}, {@link BigInteger}), so no stored amount overflows; a money figure beyond the
 * range of a {@code long} (funding's bounds rule it out: a measure's benefit is at most 10^13 minor units, 50
 * measures at most) is shown capped at that range rather than failing the report.
 */
public final class RoiFigures {

    private RoiFigures() {}

    /**
     * The training cost of {@code seatsCounted} of an employer's seats in a cohort: its share / its seats x the seats
     * counted, exact (a seat's training cost as the impact report computes it); 0 while the shares are not fixed.
     */
    public static Fraction trainingCost(long shareMinor, int shareSeats, long seatsCounted) {
        if (shareSeats == 0) {
            return Fraction.ZERO;
        }
        return Fraction.of(
                BigInteger.valueOf(shareMinor).multiply(BigInteger.valueOf(seatsCounted)),
                BigInteger.valueOf(shareSeats));
    }

    /**
     * The evaluation of a report's seats: transfer rate and ROI over all of them, and per cohort. A cohort's ROI is
     * suppressed where fewer than k of its employers reported, and, where the others' are shown, as many more as
     * keep the suppressed cohorts from being recovered from the total ({@link SmallCellSuppression} over the
     * employers reported per cohort).
     */
    public static Evaluation evaluation(List<EmployerCohort> pairs, Map<UUID, CohortFacts> cohorts, int k) {
        Map<UUID, List<EmployerCohort>> byCohort = new TreeMap<>();
        for (EmployerCohort pair : pairs) {
            byCohort.computeIfAbsent(pair.cohortId(), c -> new ArrayList<>()).add(pair);
        }
        Map<String, Integer> reportedPerCohort = new TreeMap<>();
        byCohort.forEach(
                (cohort, ofCohort) -> reportedPerCohort.put(cohort.toString(), (int) employersReported(ofCohort)));
        // below k (none reported included) each cohort's own figures are withheld by roi(); these are the cohorts to
        // withhold besides, so that the total cannot give a withheld one away
        Set<String> alsoSuppressed = SmallCellSuppression.suppressed(reportedPerCohort, k);
        // the same for the transfer rate over the completed seats rated per cohort, which partition the total's
        Map<String, Integer> ratedPerCohort = new TreeMap<>();
        byCohort.forEach((cohort, ofCohort) ->
                ratedPerCohort.put(cohort.toString(), ratings(ofCohort).size()));
        Set<String> rateSuppressed = SmallCellSuppression.suppressed(ratedPerCohort, k);
        List<Evaluation.CohortEvaluation> perCohort = new ArrayList<>();
        byCohort.forEach((cohort, ofCohort) -> {
            CohortFacts facts = cohorts.get(cohort);
            boolean rateWithheld = rateSuppressed.contains(cohort.toString());
            perCohort.add(new Evaluation.CohortEvaluation(
                    cohort,
                    facts == null ? null : facts.courseId(),
                    facts == null ? null : facts.courseTitle(),
                    facts == null ? null : facts.startDate(),
                    facts == null ? null : facts.endDate(),
                    rateWithheld ? null : transferRate(ratings(ofCohort)),
                    rateWithheld,
                    roi(ofCohort, k, alsoSuppressed.contains(cohort.toString()))));
        });
        perCohort.sort(Comparator.comparing(
                        Evaluation.CohortEvaluation::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Evaluation.CohortEvaluation::cohortId));
        List<Integer> ratings = ratings(pairs);
        boolean rateWithheld = !SmallCellSuppression.showable(ratings.size(), k);
        return new Evaluation(
                ratings.size(),
                rateWithheld ? null : ratedFourOrFive(ratings),
                rateWithheld ? null : transferRate(ratings),
                rateWithheld,
                roi(pairs, k, false),
                perCohort);
    }

    /**
     * The programme view over the pairs: costs = training cost + wage cost, the grant shown for information;
     * benefits, ROI % and ratio withheld where fewer than k employers reported or {@code alsoSuppressed}.
     */
    static Roi roi(Collection<EmployerCohort> pairs, int k, boolean alsoSuppressed) {
        Set<UUID> inScope = new HashSet<>();
        Set<UUID> withoutWageCost = new HashSet<>();
        Fraction benefits = Fraction.ZERO;
        Fraction trainingCost = Fraction.ZERO;
        Fraction wageCost = Fraction.ZERO;
        BigInteger grants = BigInteger.ZERO;
        for (EmployerCohort pair : pairs) {
            inScope.add(pair.employerId());
            if (pair.hourlyWageCostMinor() == null) {
                withoutWageCost.add(pair.employerId());
            }
            benefits = benefits.plus(pair.benefits());
            trainingCost = trainingCost.plus(pair.trainingCost());
            wageCost = wageCost.plus(pair.wageCost());
            grants = grants.add(pair.grantDisbursedMinor());
        }
        long reported = employersReported(pairs);
        boolean suppressed = reported < k || alsoSuppressed;
        Fraction costs = trainingCost.plus(wageCost);
        return new Roi(
                k,
                inScope.size(),
                reported,
                rate(reported, inScope.size()),
                withoutWageCost.size(),
                suppressed,
                suppressed ? null : minor(benefits),
                minor(trainingCost),
                minor(wageCost),
                minor(Fraction.of(grants)),
                minor(costs),
                suppressed ? null : roiPercent(benefits, costs),
                suppressed ? null : benefitCostRatio(benefits, costs));
    }

    /**
     * The employer's own view of its cohorts: costs = training cost + wage cost - the grant disbursed to it; totals
     * per currency from the exact sums. Cohorts in start date order.
     */
    public static EmployerRoi employerRoi(
            UUID employerId, Instant currentAsOf, List<EmployerCohort> pairs, Map<UUID, CohortFacts> cohorts) {
        List<EmployerCohort> ordered = new ArrayList<>(pairs);
        ordered.sort(Comparator.comparing(
                        (EmployerCohort pair) -> startDate(cohorts.get(pair.cohortId())),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EmployerCohort::cohortId));
        List<EmployerRoi.CohortRoi> rows = new ArrayList<>();
        Map<String, EmployerTotal> totals = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (EmployerCohort pair : ordered) {
            CohortFacts facts = cohorts.get(pair.cohortId());
            String currency = facts == null ? null : facts.currency();
            Fraction benefits = pair.benefits();
            Fraction costs = employerCosts(pair.trainingCost(), pair.wageCost(), pair.grantDisbursedMinor());
            rows.add(new EmployerRoi.CohortRoi(
                    pair.cohortId(),
                    facts == null ? null : facts.courseId(),
                    facts == null ? null : facts.courseTitle(),
                    facts == null ? null : facts.startDate(),
                    facts == null ? null : facts.endDate(),
                    currency,
                    pair.reported(),
                    pair.measures().size(),
                    pair.hourlyWageCostMinor(),
                    minor(benefits),
                    minor(pair.trainingCost()),
                    minor(pair.wageCost()),
                    minor(Fraction.of(pair.grantDisbursedMinor())),
                    minor(costs),
                    roiPercent(benefits, costs),
                    benefitCostRatio(benefits, costs),
                    transferRate(pair.completedRatings())));
            totals.computeIfAbsent(currency, c -> new EmployerTotal()).add(pair);
        }
        List<EmployerRoi.Total> totalRows = new ArrayList<>();
        totals.forEach((currency, total) -> totalRows.add(total.shown(currency)));
        return new EmployerRoi(employerId, currentAsOf, rows, totalRows);
    }

    /** The exact sums of one currency's cohorts of the employer view. */
    private static final class EmployerTotal {
        int cohorts;
        Fraction benefits = Fraction.ZERO;
        Fraction trainingCost = Fraction.ZERO;
        Fraction wageCost = Fraction.ZERO;
        BigInteger grants = BigInteger.ZERO;

        void add(EmployerCohort pair) {
            cohorts++;
            benefits = benefits.plus(pair.benefits());
            trainingCost = trainingCost.plus(pair.trainingCost());
            wageCost = wageCost.plus(pair.wageCost());
            grants = grants.add(pair.grantDisbursedMinor());
        }

        EmployerRoi.Total shown(String currency) {
            Fraction costs = employerCosts(trainingCost, wageCost, grants);
            return new EmployerRoi.Total(
                    currency,
                    cohorts,
                    minor(benefits),
                    minor(trainingCost),
                    minor(wageCost),
                    minor(Fraction.of(grants)),
                    minor(costs),
                    roiPercent(benefits, costs),
                    benefitCostRatio(benefits, costs));
        }
    }

    private static Fraction employerCosts(Fraction trainingCost, Fraction wageCost, BigInteger grants) {
        return trainingCost.plus(wageCost).minus(Fraction.of(grants));
    }

    /** (benefits - costs) / costs x 100, 1 decimal half up; null where costs are 0 or less (never infinite). */
    static BigDecimal roiPercent(Fraction benefits, Fraction costs) {
        if (costs.signum() <= 0) {
            return null;
        }
        return benefits.minus(costs).dividedBy(costs, 3).movePointRight(2);
    }

    /** benefits / costs, 2 decimals half up; null where costs are 0 or less. */
    static BigDecimal benefitCostRatio(Fraction benefits, Fraction costs) {
        if (costs.signum() <= 0) {
            return null;
        }
        return benefits.dividedBy(costs, 2);
    }

    /** Completed seats rated 4 or 5 / completed seats rated, 4 decimals; null without a rating. */
    static BigDecimal transferRate(List<Integer> ratings) {
        return rate(ratedFourOrFive(ratings), ratings.size());
    }

    private static long ratedFourOrFive(List<Integer> ratings) {
        return ratings.stream().filter(rating -> rating >= 4).count();
    }

    private static List<Integer> ratings(Collection<EmployerCohort> pairs) {
        return pairs.stream().flatMap(pair -> pair.completedRatings().stream()).toList();
    }

    private static long employersReported(Collection<EmployerCohort> pairs) {
        return pairs.stream()
                .filter(EmployerCohort::reported)
                .map(EmployerCohort::employerId)
                .distinct()
                .count();
    }

    private static LocalDate startDate(CohortFacts facts) {
        return facts == null ? null : facts.startDate();
    }

    /** Rounded half up to the minor unit, once; beyond a {@code long}'s range capped at it (see above). */
    private static long minor(Fraction exact) {
        BigInteger rounded = exact.roundHalfUp();
        return rounded.max(BigInteger.valueOf(Long.MIN_VALUE))
                .min(BigInteger.valueOf(Long.MAX_VALUE))
                .longValueExact();
    }

    private static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0
                ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }
}
