package org.skillalliance.reporting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The definitions of {@link RoiFigures} over the worked example of docs/evaluation.md ("The worked example"):
 * cohort X of 9 seats at 100,000 each, employers A (4 seats, 78 h, wage 3,000, grant 200,000, measures A1 and A2), B (3
 * seats, 50 h, wage 2,500, grant 100,000, B1 lower is better with an inexact benefit, B2 worse) and C (2 seats, 20 h,
 * wage 4,000, grant 50,000, no measure).
 */
class RoiFiguresTest {

    static final UUID X = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    static final Measure A1 = measure("1200", "1450", true, 6_000, 60, 80);
    static final Measure A2 = measure("30", "22", false, 5_000, 33, 70);
    static final Measure B1 = measure("4.5", "3.2", false, 250_003, 70, 85);
    static final Measure B2 = measure("92", "90", true, 10_000, 50, 50);

    static final EmployerCohort EMPLOYER_A = pair(X, A, 400_000, "78", 200_000, 3_000L, List.of(A1, A2), 5, 4, 2);
    static final EmployerCohort EMPLOYER_B = pair(X, B, 300_000, "50", 100_000, 2_500L, List.of(B1, B2), 3);
    static final EmployerCohort EMPLOYER_C = pair(X, C, 200_000, "20", 50_000, 4_000L, List.of(), 4);
    static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");
    static final Map<UUID, CohortFacts> COHORTS =
            Map.of(X, new CohortFacts(X, UUID.randomUUID(), "Lean logistics", LocalDate.of(2026, 1, 5), null, "EUR"));

    @Test
    void aMeasuresBenefitIsTheImprovementTimesUnitValueAttributionAndConfidenceExactlyAndNeverBelowZero() {
        assertThat(A1.benefitPerYear()).isEqualByComparingTo("720000"); // 250 x 6,000 x 0.60 x 0.80
        assertThat(A2.benefitPerYear()).isEqualByComparingTo("9240"); // lower is better: 8 x 5,000 x 0.33 x 0.70
        assertThat(B1.benefitPerYear()).isEqualByComparingTo("193377.3205"); // 1.3 x 250,003 x 0.70 x 0.85, exact
        assertThat(B2.benefitPerYear()).isEqualByComparingTo("0"); // got worse: no benefit, not a negative one
    }

    @Test
    void theEmployerViewDeductsTheGrantItReceivedAndIsNeverSuppressed() {
        EmployerRoi a = RoiFigures.employerRoi(A, AS_OF, List.of(EMPLOYER_A), COHORTS);
        EmployerRoi.CohortRoi x = a.cohorts().getFirst();
        assertThat(x.benefitsMinor()).isEqualTo(729_240);
        assertThat(x.trainingCostMinor()).isEqualTo(400_000);
        assertThat(x.wageCostMinor()).isEqualTo(234_000); // 78 h x 3,000
        assertThat(x.grantDisbursedMinor()).isEqualTo(200_000);
        assertThat(x.costsMinor()).isEqualTo(434_000); // 400,000 + 234,000 - 200,000
        assertThat(x.roiPercent()).isEqualByComparingTo("68.0"); // 295,240 / 434,000 = 68.03 %
        assertThat(x.benefitCostRatio()).isEqualByComparingTo("1.68");
        assertThat(x.transferRate()).isEqualByComparingTo("0.6667"); // 5 and 4 of 5, 4, 2
        assertThat(x.reported()).isTrue();
        assertThat(x.measures()).isEqualTo(2);
        assertThat(x.currency()).isEqualTo("EUR");

        EmployerRoi.CohortRoi b = RoiFigures.employerRoi(B, AS_OF, List.of(EMPLOYER_B), COHORTS)
                .cohorts()
                .getFirst();
        assertThat(b.benefitsMinor()).isEqualTo(193_377); // 193,377.3205 rounded once, at the end
        assertThat(b.costsMinor()).isEqualTo(325_000);
        assertThat(b.roiPercent()).isEqualByComparingTo("-40.5");
        assertThat(b.benefitCostRatio()).isEqualByComparingTo("0.60"); // 0.59500..
        assertThat(b.transferRate()).isEqualByComparingTo("0.0000"); // rated 3

        EmployerRoi.CohortRoi c = RoiFigures.employerRoi(C, AS_OF, List.of(EMPLOYER_C), COHORTS)
                .cohorts()
                .getFirst();
        assertThat(c.reported()).isFalse();
        assertThat(c.benefitsMinor()).isZero(); // no measure, no benefit; its costs still count
        assertThat(c.costsMinor()).isEqualTo(230_000);
        assertThat(c.roiPercent()).isEqualByComparingTo("-100.0");
        assertThat(c.benefitCostRatio()).isEqualByComparingTo("0.00");

        EmployerRoi.Total total = a.totals().getFirst();
        assertThat(total.currency()).isEqualTo("EUR");
        assertThat(total.cohorts()).isEqualTo(1);
        assertThat(total.costsMinor()).isEqualTo(434_000);
        assertThat(total.roiPercent()).isEqualByComparingTo("68.0");
    }

    @Test
    void theProgrammeViewAddsTheGrantBackAsACost() {
        Evaluation evaluation = RoiFigures.evaluation(List.of(EMPLOYER_A, EMPLOYER_B, EMPLOYER_C), COHORTS, 2);
        Roi roi = evaluation.roi();
        assertThat(roi.suppressed()).isFalse();
        assertThat(roi.minimumEmployers()).isEqualTo(2);
        assertThat(roi.employersInScope()).isEqualTo(3);
        assertThat(roi.employersReported()).isEqualTo(2);
        assertThat(roi.reportedShare()).isEqualByComparingTo("0.6667");
        assertThat(roi.employersWithoutWageCost()).isZero();
        assertThat(roi.benefitsMinor()).isEqualTo(922_617); // 922,617.3205
        assertThat(roi.trainingCostMinor()).isEqualTo(900_000);
        assertThat(roi.wageCostMinor()).isEqualTo(439_000);
        assertThat(roi.allGrantsDisbursedMinor()).isEqualTo(350_000);
        assertThat(roi.costsMinor()).isEqualTo(1_339_000); // the grant is not deducted
        assertThat(roi.roiPercent()).isEqualByComparingTo("-31.1"); // -31.0965..
        assertThat(roi.benefitCostRatio()).isEqualByComparingTo("0.69"); // 0.68903..
        // completed seats rated: 5, 4, 2 (A), 3 (B), 4 (C): 3 of 5 rated 4 or 5
        assertThat(evaluation.followUpsRecorded()).isEqualTo(5);
        assertThat(evaluation.followUpsRatedFourOrFive()).isEqualTo(3);
        assertThat(evaluation.transferRate()).isEqualByComparingTo("0.6000");
        Evaluation.CohortEvaluation x = evaluation.cohorts().getFirst();
        assertThat(x.courseTitle()).isEqualTo("Lean logistics");
        assertThat(x.roi()).isEqualTo(roi);
        assertThat(x.transferRate()).isEqualByComparingTo("0.6000");
    }

    @Test
    void fewerThanKEmployersReportedWithholdsTheBenefitsButNotTheCostsAndCounts() {
        Roi roi = RoiFigures.evaluation(List.of(EMPLOYER_A, EMPLOYER_B, EMPLOYER_C), COHORTS, 3)
                .roi();
        assertThat(roi.suppressed()).isTrue();
        assertThat(roi.benefitsMinor()).isNull();
        assertThat(roi.roiPercent()).isNull();
        assertThat(roi.benefitCostRatio()).isNull();
        assertThat(roi.employersReported()).isEqualTo(2);
        assertThat(roi.costsMinor()).isEqualTo(1_339_000);
        assertThat(roi.allGrantsDisbursedMinor()).isEqualTo(350_000);
    }

    @Test
    void aCohortWhoseBenefitsTheTotalWouldGiveAwayIsSuppressedToo() {
        UUID y = UUID.fromString("00000000-0000-0000-0000-0000000000bb");
        UUID d = UUID.randomUUID();
        // X: A and B reported (2 >= k); Y: only D reported (1 < k). The programme shows 3 reporters, so Y's benefits
        // would be the total minus X's: X is suppressed too
        EmployerCohort yd = pair(y, d, 100_000, "10", 0, 1_000L, List.of(A1));
        Evaluation evaluation = RoiFigures.evaluation(List.of(EMPLOYER_A, EMPLOYER_B, yd), COHORTS, 2);
        assertThat(evaluation.roi().suppressed()).isFalse();
        assertThat(evaluation.cohorts())
                .allSatisfy(cohort -> assertThat(cohort.roi().suppressed()).isTrue());
    }

    @Test
    void aMissingWageCostCountsZeroAndIsCountedAndNoCostsGiveNoRoi() {
        EmployerCohort withoutWage = pair(X, C, 200_000, "20", 50_000, null, List.of(), 4);
        Roi roi = RoiFigures.evaluation(List.of(EMPLOYER_A, withoutWage), COHORTS, 1)
                .roi();
        assertThat(roi.employersWithoutWageCost()).isEqualTo(1);
        assertThat(roi.wageCostMinor()).isEqualTo(234_000); // A's only
        // a grant above cost and wages: the employer's costs are below 0, its ROI is not defined
        EmployerCohort overfunded = pair(X, A, 100_000, "10", 200_000, 1_000L, List.of(A1));
        EmployerRoi.CohortRoi row = RoiFigures.employerRoi(A, AS_OF, List.of(overfunded), COHORTS)
                .cohorts()
                .getFirst();
        assertThat(row.costsMinor()).isEqualTo(-90_000);
        assertThat(row.roiPercent()).isNull();
        assertThat(row.benefitCostRatio()).isNull();
        assertThat(RoiFigures.roiPercent(Fraction.of(1, 1), Fraction.ZERO)).isNull();
    }

    @Test
    void aSeatsTrainingCostIsItsEmployersShareOverItsSeats() {
        assertThat(RoiFigures.trainingCost(100_000, 3, 2)).isEqualTo(Fraction.of(200_000, 3)); // exact, not 66,666.67
        assertThat(RoiFigures.trainingCost(100_000, 0, 2)).isEqualTo(Fraction.ZERO);
    }

    @Test
    void trainingCostsStayExactFractionsUntilTheOneRoundingAtTheEnd() {
        // 1/3 + 1/3 + 5/6 = 1.5 exactly, rounded half up: 2; decimals of any precision (0.333.. + 0.333.. + 0.833..)
        // stay below 1.5 and would round to 1
        Evaluation evaluation = RoiFigures.evaluation(
                List.of(
                        withTrainingCost(A, RoiFigures.trainingCost(1, 3, 1)),
                        withTrainingCost(B, RoiFigures.trainingCost(1, 3, 1)),
                        withTrainingCost(C, RoiFigures.trainingCost(5, 6, 1))),
                COHORTS,
                1);
        assertThat(evaluation.roi().trainingCostMinor()).isEqualTo(2);
        assertThat(evaluation.roi().costsMinor()).isEqualTo(2);
        // ROI % and ratio divide the exact values: benefits 1.5 (one measure of 1.5 units at 1) over costs 1.5
        EmployerCohort even = new EmployerCohort(
                X,
                A,
                Fraction.of(3, 2),
                BigDecimal.ZERO,
                BigInteger.ZERO,
                null,
                List.of(measure("0", "1.5", true, 1, 100, 100)),
                List.of());
        EmployerRoi.CohortRoi row = RoiFigures.employerRoi(A, AS_OF, List.of(even), COHORTS)
                .cohorts()
                .getFirst();
        assertThat(row.roiPercent()).isEqualByComparingTo("0.0");
        assertThat(row.benefitCostRatio()).isEqualByComparingTo("1.00");
        assertThat(RoiFigures.roiPercent(Fraction.of(1, 3), Fraction.of(2, 3))).isEqualByComparingTo("-50.0");
        assertThat(RoiFigures.benefitCostRatio(Fraction.of(1, 3), Fraction.of(2, 3)))
                .isEqualByComparingTo("0.50");
    }

    @Test
    void largeStoredAmountsGiveFiguresNotAnOverflow() {
        // far beyond funding's bounds (10^13 a measure): the sums stay exact and the report is still answered
        EmployerCohort huge = new EmployerCohort(
                X,
                A,
                Fraction.of(Long.MAX_VALUE, 1),
                new BigDecimal("1000000000000"),
                BigInteger.valueOf(Long.MAX_VALUE),
                Long.MAX_VALUE,
                List.of(measure("0", "1000000000000000000000", true, Long.MAX_VALUE, 100, 100)),
                List.of(5));
        EmployerCohort alsoHuge = new EmployerCohort(
                X,
                B,
                Fraction.of(Long.MAX_VALUE, 1),
                BigDecimal.ZERO,
                BigInteger.valueOf(Long.MAX_VALUE),
                null,
                List.of(measure("0", "1", true, 1, 100, 100)),
                List.of(4));
        Roi roi = RoiFigures.evaluation(List.of(huge, alsoHuge), COHORTS, 1).roi();
        assertThat(roi.allGrantsDisbursedMinor()).isEqualTo(Long.MAX_VALUE); // 2 x (2^63 - 1), capped
        assertThat(roi.benefitsMinor()).isEqualTo(Long.MAX_VALUE);
        assertThat(roi.costsMinor()).isEqualTo(Long.MAX_VALUE);
        assertThat(roi.benefitCostRatio()).isPositive(); // from the exact values, not the capped ones
        EmployerRoi own = RoiFigures.employerRoi(A, AS_OF, List.of(huge), COHORTS);
        assertThat(own.totals().getFirst().wageCostMinor()).isEqualTo(Long.MAX_VALUE);
        assertThat(own.cohorts().getFirst().roiPercent()).isPositive();
    }

    @Test
    void fewerThanKRatedSeatsWithholdTheTransferRateInTheProgrammeViewButNotInTheEmployers() {
        // one rated seat: its rate would be one person's job rating
        Evaluation evaluation = RoiFigures.evaluation(List.of(EMPLOYER_B), COHORTS, 2);
        assertThat(evaluation.followUpsRecorded()).isEqualTo(1);
        assertThat(evaluation.transferRateSuppressed()).isTrue();
        assertThat(evaluation.transferRate()).isNull();
        assertThat(evaluation.followUpsRatedFourOrFive()).isNull();
        assertThat(evaluation.cohorts().getFirst().transferRateSuppressed()).isTrue();
        assertThat(evaluation.cohorts().getFirst().transferRate()).isNull();
        // the employer's own view is its own data
        assertThat(RoiFigures.employerRoi(B, AS_OF, List.of(EMPLOYER_B), COHORTS)
                        .cohorts()
                        .getFirst()
                        .transferRate())
                .isEqualByComparingTo("0.0000");
        // k rated seats: shown
        Evaluation shown = RoiFigures.evaluation(List.of(EMPLOYER_A, EMPLOYER_B, EMPLOYER_C), COHORTS, 5);
        assertThat(shown.transferRateSuppressed()).isFalse();
        assertThat(shown.transferRate()).isEqualByComparingTo("0.6000");
        assertThat(shown.followUpsRatedFourOrFive()).isEqualTo(3);
    }

    @Test
    void aCohortWhoseTransferRateTheTotalWouldGiveAwayIsSuppressedToo() {
        UUID y = UUID.fromString("00000000-0000-0000-0000-0000000000bb");
        // X: 5 seats rated (>= k); Y: one (< k). The total's 6 ratings minus X's 5 would give Y's one rating away
        EmployerCohort yd = pair(y, UUID.randomUUID(), 100_000, "10", 0, 1_000L, List.of(), 2);
        Evaluation evaluation = RoiFigures.evaluation(List.of(EMPLOYER_A, EMPLOYER_B, EMPLOYER_C, yd), COHORTS, 2);
        assertThat(evaluation.transferRateSuppressed()).isFalse();
        assertThat(evaluation.transferRate()).isEqualByComparingTo("0.5000"); // 3 of 6
        assertThat(evaluation.cohorts()).hasSize(2).allSatisfy(cohort -> {
            assertThat(cohort.transferRateSuppressed()).isTrue();
            assertThat(cohort.transferRate()).isNull();
        });
    }

    @Test
    void aCohortWhereNoEmployerReportedIsSuppressedWhateverK() {
        Evaluation evaluation = RoiFigures.evaluation(List.of(EMPLOYER_C), COHORTS, 1);
        assertThat(evaluation.roi().suppressed()).isTrue();
        assertThat(evaluation.cohorts().getFirst().roi().suppressed()).isTrue();
        assertThat(evaluation.cohorts().getFirst().roi().benefitsMinor()).isNull();
        assertThat(RoiFigures.benefitCostRatio(Fraction.of(1, 1), Fraction.ZERO))
                .isNull();
    }

    @Test
    void cohortsComeInStartDateOrderAndOneNotKnownYetComesLastWithoutCourseOrDates() {
        UUID earlier = UUID.fromString("00000000-0000-0000-0000-0000000000ff");
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-000000000001");
        Map<UUID, CohortFacts> cohorts = Map.of(
                X,
                COHORTS.get(X),
                earlier,
                new CohortFacts(earlier, UUID.randomUUID(), "Forklift safety", LocalDate.of(2025, 3, 1), null, "EUR"));
        List<EmployerCohort> pairs = List.of(
                pair(unknown, A, 0, "0", 0, null, List.of()),
                EMPLOYER_A,
                pair(earlier, A, 50_000, "8", 0, 3_000L, List.of(A2)));

        assertThat(RoiFigures.evaluation(pairs, cohorts, 1).cohorts())
                .extracting(Evaluation.CohortEvaluation::cohortId)
                .containsExactly(earlier, X, unknown);
        EmployerRoi roi = RoiFigures.employerRoi(A, AS_OF, pairs, cohorts);
        assertThat(roi.cohorts()).extracting(EmployerRoi.CohortRoi::cohortId).containsExactly(earlier, X, unknown);
        EmployerRoi.CohortRoi notKnown = roi.cohorts().getLast();
        assertThat(notKnown.courseId()).isNull();
        assertThat(notKnown.courseTitle()).isNull();
        assertThat(notKnown.startDate()).isNull();
        assertThat(notKnown.currency()).isNull();
        assertThat(roi.cohorts().getFirst().courseTitle()).isEqualTo("Forklift safety");
        // one total per currency, the cohort whose currency is not known yet apart
        assertThat(roi.totals()).extracting(EmployerRoi.Total::currency).containsExactly("EUR", null);
        assertThat(roi.totals().getFirst().cohorts()).isEqualTo(2);
        assertThat(roi.totals().getFirst().benefitsMinor()).isEqualTo(729_240 + 9_240);
    }

    private static EmployerCohort withTrainingCost(UUID employer, Fraction trainingCost) {
        return new EmployerCohort(
                X, employer, trainingCost, BigDecimal.ZERO, BigInteger.ZERO, 0L, List.of(A1), List.of());
    }

    private static Measure measure(
            String before, String after, boolean higherIsBetter, long unitValue, int attribution, int confidence) {
        return new Measure(
                new BigDecimal(before), new BigDecimal(after), higherIsBetter, unitValue, attribution, confidence);
    }

    private static EmployerCohort pair(
            UUID cohort,
            UUID employer,
            long trainingCost,
            String hours,
            long grant,
            Long wage,
            List<Measure> measures,
            Integer... ratings) {
        return new EmployerCohort(
                cohort,
                employer,
                Fraction.of(trainingCost, 1),
                new BigDecimal(hours),
                BigInteger.valueOf(grant),
                wage,
                measures,
                List.of(ratings));
    }
}
