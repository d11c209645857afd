package org.skillalliance.reporting.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
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
 *   <li>transfer rate = completed seats rated 4 or 5 / completed seats rated, 4 decimals.
 * </ul>
 */
public final class RoiFigures {

    private static final MathContext EXACT = MathContext.DECIMAL128;

    private RoiFigures() {}

    /**
     * The training cost of {@code seatsCounted} of an employer's seats in a cohort: its share / its seats x the seats
     * counted, exact (a seat's training cost as the impact report computes it); 0 while the shares are not fixed.
     */
    public static BigDecimal trainingCost(long shareMinor, int shareSeats, long seatsCounted) {
        if (shareSeats == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(shareMinor)
                .multiply(BigDecimal.valueOf(seatsCounted))
                .divide(BigDecimal.valueOf(shareSeats), EXACT);
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
        List<Evaluation.CohortEvaluation> perCohort = new ArrayList<>();
        byCohort.forEach((cohort, ofCohort) -> {
            CohortFacts facts = cohorts.get(cohort);
            perCohort.add(new Evaluation.CohortEvaluation(
                    cohort,
                    facts == null ? null : facts.courseId(),
                    facts == null ? null : facts.courseTitle(),
                    facts == null ? null : facts.startDate(),
                    facts == null ? null : facts.endDate(),
                    transferRate(ratings(ofCohort)),
                    roi(ofCohort, k, alsoSuppressed.contains(cohort.toString()))));
        });
        perCohort.sort(Comparator.comparing(
                        Evaluation.CohortEvaluation::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Evaluation.CohortEvaluation::cohortId));
        List<Integer> ratings = ratings(pairs);
        return new Evaluation(
                ratings.size(), ratedFourOrFive(ratings), transferRate(ratings), roi(pairs, k, false), perCohort);
    }

    /**
     * The programme view over the pairs: costs = training cost + wage cost, the grant shown for information;
     * benefits, ROI % and ratio withheld where fewer than k employers reported or {@code alsoSuppressed}.
     */
    static Roi roi(Collection<EmployerCohort> pairs, int k, boolean alsoSuppressed) {
        Set<UUID> inScope = new HashSet<>();
        Set<UUID> withoutWageCost = new HashSet<>();
        BigDecimal benefits = BigDecimal.ZERO;
        BigDecimal trainingCost = BigDecimal.ZERO;
        BigDecimal wageCost = BigDecimal.ZERO;
        long grant = 0;
        for (EmployerCohort pair : pairs) {
            inScope.add(pair.employerId());
            if (pair.hourlyWageCostMinor() == null) {
                withoutWageCost.add(pair.employerId());
            }
            benefits = benefits.add(pair.benefits());
            trainingCost = trainingCost.add(pair.trainingCost());
            wageCost = wageCost.add(pair.wageCost());
            grant += pair.grantDisbursedMinor();
        }
        long reported = employersReported(pairs);
        boolean suppressed = reported < k || alsoSuppressed;
        BigDecimal costs = trainingCost.add(wageCost);
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
                grant,
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
            BigDecimal benefits = pair.benefits();
            BigDecimal costs = employerCosts(pair.trainingCost(), pair.wageCost(), pair.grantDisbursedMinor());
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
                    pair.grantDisbursedMinor(),
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
        BigDecimal benefits = BigDecimal.ZERO;
        BigDecimal trainingCost = BigDecimal.ZERO;
        BigDecimal wageCost = BigDecimal.ZERO;
        long grant;

        void add(EmployerCohort pair) {
            cohorts++;
            benefits = benefits.add(pair.benefits());
            trainingCost = trainingCost.add(pair.trainingCost());
            wageCost = wageCost.add(pair.wageCost());
            grant += pair.grantDisbursedMinor();
        }

        EmployerRoi.Total shown(String currency) {
            BigDecimal costs = employerCosts(trainingCost, wageCost, grant);
            return new EmployerRoi.Total(
                    currency,
                    cohorts,
                    minor(benefits),
                    minor(trainingCost),
                    minor(wageCost),
                    grant,
                    minor(costs),
                    roiPercent(benefits, costs),
                    benefitCostRatio(benefits, costs));
        }
    }

    private static BigDecimal employerCosts(BigDecimal trainingCost, BigDecimal wageCost, long grant) {
        return trainingCost.add(wageCost).subtract(BigDecimal.valueOf(grant));
    }

    /** (benefits - costs) / costs x 100, 1 decimal half up; null where costs are 0 or less (never infinite). */
    static BigDecimal roiPercent(BigDecimal benefits, BigDecimal costs) {
        if (costs.signum() <= 0) {
            return null;
        }
        return benefits.subtract(costs).multiply(BigDecimal.valueOf(100)).divide(costs, 1, RoundingMode.HALF_UP);
    }

    /** benefits / costs, 2 decimals half up; null where costs are 0 or less. */
    static BigDecimal benefitCostRatio(BigDecimal benefits, BigDecimal costs) {
        if (costs.signum() <= 0) {
            return null;
        }
        return benefits.divide(costs, 2, RoundingMode.HALF_UP);
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

    private static long minor(BigDecimal exact) {
        return exact.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0
                ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }
}
