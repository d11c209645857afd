package org.skillalliance.funding.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillalliance.funding.results.BusinessMeasureTest.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.web.RuleRefusal;

/** An employer's results for a cohort: each change returns what happened, raises the revision, and respects the period. */
class CohortResultsTest {

    static final UUID PROGRAMME = UUID.randomUUID();
    /** A programme whose period ended 2026-12-31: its report period closes 365 days later, after 2027-12-31. */
    static final ReportPeriod PERIOD =
            new ReportPeriod(LocalDate.of(2027, 12, 31), PROGRAMME, LocalDate.of(2026, 12, 31));

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    final CohortResults results = CohortResults.none(UUID.randomUUID(), UUID.randomUUID(), "EUR");

    /** Employer A of the worked example: two measures, 720,000 + 9,240, and a wage cost of 3,000 an hour. */
    @Test
    void addCorrectWithdrawAndSetTheWageCostEachRaiseTheRevisionByOneAndSayWhatHappened() {
        BusinessMeasure orders = measure("1200", "1400", true, 6_000, 60, 80);
        BusinessMeasure complaints = measure("30", "22", false, 5_000, 33, 70);
        BusinessMeasure spare = measure("1", "2", true, 1, 1, 1);

        var added = results.addMeasure(orders, "EUR", PERIOD, TODAY, NOW);
        assertThat(added).isEqualTo(new CohortResultsEvent.MeasureAdded(orders, 1, NOW));
        assertThat(results.addMeasure(complaints, "EUR", PERIOD, TODAY, NOW).revision())
                .isEqualTo(2);
        results.addMeasure(spare, "EUR", PERIOD, TODAY, NOW);

        BusinessMeasure correction = new BusinessMeasure(
                orders.id(),
                "orders processed per month",
                "orders",
                new BigDecimal("1200"),
                new BigDecimal("1450"),
                true,
                6_000,
                60,
                80);
        var corrected = results.correctMeasure(correction, "EUR", PERIOD, TODAY, NOW);
        assertThat(corrected.before()).isEqualTo(orders);
        assertThat(corrected.after()).isEqualTo(correction);
        assertThat(corrected.revision()).isEqualTo(4);

        var withdrawn = results.withdrawMeasure(spare.id(), PERIOD, TODAY, NOW);
        assertThat(withdrawn).isEqualTo(new CohortResultsEvent.MeasureWithdrawn(spare, 5, NOW));

        var first = results.setWageCost(2_500, "EUR", PERIOD, TODAY, NOW);
        assertThat(first).isEqualTo(new CohortResultsEvent.WageCostSet(null, 2_500, 6, NOW));
        assertThat(results.setWageCost(3_000, "EUR", PERIOD, TODAY, NOW))
                .isEqualTo(new CohortResultsEvent.WageCostSet(2_500L, 3_000, 7, NOW));

        assertThat(results.revision()).isEqualTo(7);
        assertThat(results.hourlyWageCostMinor()).isEqualTo(3_000);
        // the correction keeps the measure's place
        assertThat(results.measures()).containsExactly(correction, complaints);
        assertThat(results.benefitPerYear()).isEqualTo(Fraction.of(729_240));
        assertThat(ResultsChangeAction.of(corrected)).isEqualTo(ResultsChangeAction.MEASURE_CORRECTED);
    }

    @Test
    void theLastDayOfTheReportPeriodStillCountsTheNextDayIsRefusedNamingTheDate() {
        BusinessMeasure orders = measure("1", "2", true, 1, 1, 1);
        results.addMeasure(orders, "EUR", PERIOD, LocalDate.of(2027, 12, 31), NOW);

        String closed = "the report period closed: results were editable until 2027-12-31 (365 days after programme "
                + PROGRAMME + "'s period ended on 2026-12-31)";
        LocalDate dayAfter = LocalDate.of(2028, 1, 1);
        assertRefused(
                () -> results.addMeasure(measure("1", "2", true, 1, 1, 1), "EUR", PERIOD, dayAfter, NOW),
                "cohortId",
                closed);
        assertRefused(() -> results.correctMeasure(orders, "EUR", PERIOD, dayAfter, NOW), "cohortId", closed);
        assertRefused(() -> results.withdrawMeasure(orders.id(), PERIOD, dayAfter, NOW), "cohortId", closed);
        assertRefused(() -> results.setWageCost(1, "EUR", PERIOD, dayAfter, NOW), "cohortId", closed);
        assertThat(results.revision()).isEqualTo(1);
        assertThat(results.measures()).containsExactly(orders);
    }

    @Test
    void anotherCurrencyThanTheCohortsIsRefusedAndANegativeWageCostIsInvalid() {
        assertRefused(
                () -> results.addMeasure(measure("1", "2", true, 1, 1, 1), "USD", PERIOD, TODAY, NOW),
                "currency",
                "must be the cohort's cost currency EUR, not USD");
        assertRefused(
                () -> results.setWageCost(3_000, "USD", PERIOD, TODAY, NOW),
                "currency",
                "must be the cohort's cost currency EUR, not USD");
        assertThatThrownBy(() -> results.setWageCost(-1, "EUR", PERIOD, TODAY, NOW))
                .isInstanceOfSatisfying(RuleBroken.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(RuleRefusal.Kind.INVALID_INPUT);
                    assertThat(refusal.field()).isEqualTo("hourlyWageCostMinor");
                });
        assertThat(results.revision()).isZero();
        assertThat(results.hourlyWageCostMinor()).isNull();
    }

    @Test
    void theReportPeriodClosesFirstForTheProgrammeWhosePeriodEndsFirst() {
        UUID early = UUID.fromString("00000000-0000-0000-0000-000000000002");
        UUID late = UUID.fromString("00000000-0000-0000-0000-000000000001");
        ReportPeriod first = ReportPeriod.closingAfter(early, LocalDate.of(2026, 6, 30));
        assertThat(first).isEqualTo(new ReportPeriod(LocalDate.of(2027, 6, 30), early, LocalDate.of(2026, 6, 30)));
        ReportPeriod second = ReportPeriod.closingAfter(late, LocalDate.of(2026, 12, 31));
        assertThat(ReportPeriod.earliest(java.util.List.of(second, first))).isEqualTo(first);
        ReportPeriod sameDay = ReportPeriod.closingAfter(late, LocalDate.of(2026, 6, 30));
        assertThat(ReportPeriod.earliest(java.util.List.of(first, sameDay))).isEqualTo(sameDay);
        assertThat(first.openOn(LocalDate.of(2027, 6, 30))).isTrue();
        assertThat(first.openOn(LocalDate.of(2027, 7, 1))).isFalse();
    }

    @Test
    void aMeasureIsAddedOnceAndOnlyAReportedOneIsCorrectedOrWithdrawn() {
        BusinessMeasure orders = measure("1", "2", true, 1, 1, 1);
        results.addMeasure(orders, "EUR", PERIOD, TODAY, NOW);
        assertThatThrownBy(() -> results.addMeasure(orders, "EUR", PERIOD, TODAY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        BusinessMeasure unknown = measure("1", "2", true, 1, 1, 1);
        assertThatThrownBy(() -> results.correctMeasure(unknown, "EUR", PERIOD, TODAY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> results.withdrawMeasure(unknown.id(), PERIOD, TODAY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(results.measure(orders.id())).contains(orders);
        assertThat(results.measure(unknown.id())).isEmpty();
        assertThat(results.revision()).isEqualTo(1);
        assertThatThrownBy(() -> results.setWageCost(1_000_000_001, "EUR", PERIOD, TODAY, NOW))
                .isInstanceOf(RuleBroken.class);
        assertThat(results.setWageCost(1_000_000_000, "EUR", PERIOD, TODAY, NOW).after())
                .isEqualTo(1_000_000_000);
        assertThat(results.setWageCost(0, "EUR", PERIOD, TODAY, NOW).after()).isZero();
    }

    @Test
    void fiftyMeasuresAreTheMostAndTheFiftyFirstIsRefusedNamingMeasures() {
        for (int i = 0; i < CohortResults.MAX_MEASURES; i++) {
            results.addMeasure(measure("1", "2", true, 1, 1, 1), "EUR", PERIOD, TODAY, NOW);
        }
        assertThat(CohortResults.MAX_MEASURES).isEqualTo(50);
        assertRefused(
                () -> results.addMeasure(measure("1", "2", true, 1, 1, 1), "EUR", PERIOD, TODAY, NOW),
                "measures",
                "at most 50 measures are reported per employer and cohort: correct or withdraw one instead of adding"
                        + " another");
        assertThat(results.revision()).isEqualTo(50);
        assertThat(results.measures()).hasSize(50);
        // a correction or a withdrawal is still possible, and then one can be added again
        BusinessMeasure first = results.measures().getFirst();
        results.withdrawMeasure(first.id(), PERIOD, TODAY, NOW);
        assertThat(results.addMeasure(measure("1", "2", true, 1, 1, 1), "EUR", PERIOD, TODAY, NOW)
                        .revision())
                .isEqualTo(52);
    }

    @Test
    void withoutACoveringProgrammeNothingCloses() {
        assertThat(ReportPeriod.of(java.util.List.of())).isEqualTo(ReportPeriod.UNBOUNDED);
        assertThat(ReportPeriod.UNBOUNDED.openOn(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(results.setWageCost(1, "EUR", ReportPeriod.UNBOUNDED, LocalDate.of(2999, 1, 1), NOW)
                        .revision())
                .isEqualTo(1);
    }

    private static void assertRefused(Runnable change, String field, String reason) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleBroken.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(RuleRefusal.Kind.RULE);
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.reason()).isEqualTo(reason);
        });
    }
}
