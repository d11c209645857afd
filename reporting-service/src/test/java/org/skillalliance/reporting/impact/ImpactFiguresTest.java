package org.skillalliance.reporting.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.reporting.evaluation.EmployerCohort;
import org.skillalliance.reporting.evaluation.RoiFigures;
import org.skillalliance.reporting.workplace.WorkplaceLearningFigures;

/**
 * The impact report's definitions (DESIGN section 3, docs/reporting.md) on hand-made seats, without Spring or a
 * database: rates over the seats with an outcome, participants as distinct people, training cost from the fixed cost
 * shares, the money disbursed and its split by milestone, the employers' contribution and leverage, cost per
 * participant, completion and credential, retention, and small breakdown cells suppressed. {@code ImpactReportScenarioIT} checks the same figures end-to-end from the topics.
 */
class ImpactFiguresTest {

    static final UUID PROGRAMME = UUID.randomUUID();
    static final UUID OTHER_PROGRAMME = UUID.randomUUID();
    static final UUID COHORT = UUID.randomUUID();
    static final UUID EMPLOYER = UUID.randomUUID();
    static final UUID OTHER_EMPLOYER = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    @Test
    void ratesCountOnlySeatsWithAnOutcomeAndParticipantsArePeopleNotSeats() {
        UUID twice = UUID.randomUUID();
        List<CoveredSeat> seats = List.of(
                seat().staff(twice).outcome("COMPLETED").credential().build(),
                seat().staff(twice).outcome("COMPLETED").build(),
                seat().outcome("NO_SHOW").build(),
                seat().build());

        ImpactReport report = report(seats, List.of(), List.of());

        assertThat(report.enrolments()).isEqualTo(4);
        assertThat(report.participants()).isEqualTo(3);
        assertThat(report.outcomesRecorded()).isEqualTo(3);
        assertThat(report.completionRate()).isEqualByComparingTo("0.6667");
        assertThat(report.credentialRate()).isEqualByComparingTo("0.3333");
        assertThat(report.noShowRate()).isEqualByComparingTo("0.3333");
    }

    @Test
    void withoutAnyOutcomeTheRatesHaveNoDenominatorAndAreNull() {
        ImpactReport report = report(List.of(seat().build()), List.of(), List.of());

        assertThat(report.completionRate()).isNull();
        assertThat(report.credentialRate()).isNull();
        assertThat(report.costPerCompletionMinor()).isNull();
        assertThat(report.leverage()).isNull();
    }

    @Test
    void aSeatCostsItsEmployersShareOverTheEmployersSeatsAndASeatWithoutAShareIsCountedApart() {
        List<CoveredSeat> seats = List.of(
                seat().outcome("COMPLETED").build(),
                seat().outcome("NOT_COMPLETED").build(),
                seat().employer(OTHER_EMPLOYER).build());
        // the employer fixed 90,000 for three seats, two of which the programme covers
        List<JdbcImpactFacts.Share> shares = List.of(new JdbcImpactFacts.Share(COHORT, EMPLOYER, 3, 90_000));

        ImpactReport report = report(seats, shares, List.of());

        assertThat(report.totalTrainingCostMinor()).isEqualTo(60_000);
        assertThat(report.seatsWithoutCostShares()).isEqualTo(1);
        assertThat(report.employerContributionMinor()).isEqualTo(60_000);
    }

    @Test
    void leverageIsWhatEmployersPaidPerUnitOfThisProgrammesMoneyNeverCreditingThemWithOtherGrants() {
        List<CoveredSeat> seats = List.of(
                seat().outcome("COMPLETED").build(), seat().outcome("COMPLETED").build());
        List<JdbcImpactFacts.Share> shares = List.of(new JdbcImpactFacts.Share(COHORT, EMPLOYER, 2, 60_000));
        List<JdbcImpactFacts.Disbursement> paid = List.of(
                paid(PROGRAMME, 20_000, "EUR", "COMPLETION"),
                paid(OTHER_PROGRAMME, 10_000, "EUR", "COMPLETION"),
                // another currency cannot be added to the programme's and is left out
                paid(OTHER_PROGRAMME, 5_000, "USD", "COMPLETION"));

        ImpactReport report = report(seats, shares, paid);

        assertThat(report.grantDisbursedMinor()).isEqualTo(20_000);
        assertThat(report.otherGrantsDisbursedMinor()).isEqualTo(10_000);
        assertThat(report.employerContributionMinor()).isEqualTo(30_000);
        assertThat(report.leverage()).isEqualByComparingTo("1.5000");
    }

    @Test
    void theMoneyDisbursedIsSplitByMilestoneIntoPartsAddingUpToItExactly() {
        List<CoveredSeat> seats = List.of(seat().outcome("COMPLETED").build());
        List<JdbcImpactFacts.Disbursement> paid = List.of(
                paid(PROGRAMME, 142_100, "EUR", "START"),
                paid(PROGRAMME, 106_575, "EUR", "COMPLETION"),
                paid(PROGRAMME, 106_575, "EUR", "OUTCOME"),
                // paid before milestones existed: projected as COMPLETION's
                paid(PROGRAMME, 44_750, "EUR", "COMPLETION"),
                // other programmes' payments are other grants, not this programme's milestones
                paid(OTHER_PROGRAMME, 10_000, "EUR", "START"));

        ImpactReport report = report(seats, List.of(), paid);

        assertThat(report.grantDisbursedMinor()).isEqualTo(400_000);
        assertThat(report.disbursedByMilestone())
                .containsExactly(
                        Map.entry("START", 142_100L),
                        Map.entry("COMPLETION", 151_325L),
                        Map.entry("OUTCOME", 106_575L));
        assertThat(report.otherGrantsDisbursedMinor()).isEqualTo(10_000);
    }

    @Test
    void theReportsGrantIsItsProgrammesWhileTheEvaluationShowsEveryProgrammesForTheSameSeats() {
        // two programmes paid for the same seat; a payment in another currency cannot be added up with the report's
        ImpactReport report = report(
                List.of(seat().outcome("COMPLETED").build()),
                List.of(),
                List.of(
                        paid(PROGRAMME, 30_000, "EUR", "COMPLETION"),
                        paid(OTHER_PROGRAMME, 20_000, "EUR", "COMPLETION"),
                        paid(OTHER_PROGRAMME, 5_000, "USD", "COMPLETION")));

        assertThat(report.grantDisbursedMinor()).isEqualTo(30_000);
        assertThat(report.otherGrantsDisbursedMinor()).isEqualTo(20_000);
        assertThat(report.evaluation().roi().allGrantsDisbursedMinor()).isEqualTo(50_000);
    }

    @Test
    void withoutPaymentsEveryMilestoneIsListedWithNothing() {
        ImpactReport report = report(List.of(seat().build()), List.of(), List.of());

        assertThat(report.disbursedByMilestone())
                .containsExactly(Map.entry("START", 0L), Map.entry("COMPLETION", 0L), Map.entry("OUTCOME", 0L));
    }

    @Test
    void aMilestoneTheReportDoesNotKnowIsListedAfterTheThreeSoThatThePartsStillAddUp() {
        ImpactReport report = report(
                List.of(seat().build()),
                List.of(),
                List.of(paid(PROGRAMME, 1_000, "EUR", "START"), paid(PROGRAMME, 500, "EUR", "RETENTION")));

        assertThat(report.grantDisbursedMinor()).isEqualTo(1_500);
        assertThat(report.disbursedByMilestone())
                .containsExactly(
                        Map.entry("START", 1_000L),
                        Map.entry("COMPLETION", 0L),
                        Map.entry("OUTCOME", 0L),
                        Map.entry("RETENTION", 500L));
    }

    @Test
    void costPerParticipantCompletionAndCredentialDivideTheTrainingCostRoundedToMinorUnits() {
        List<CoveredSeat> seats = List.of(
                seat().outcome("COMPLETED").credential().build(),
                seat().outcome("COMPLETED").build(),
                seat().outcome("NOT_COMPLETED").build());
        List<JdbcImpactFacts.Share> shares = List.of(new JdbcImpactFacts.Share(COHORT, EMPLOYER, 3, 100_000));

        ImpactReport report = report(seats, shares, List.of());

        assertThat(report.totalTrainingCostMinor()).isEqualTo(100_000);
        assertThat(report.costPerParticipantMinor()).isEqualTo(33_333);
        assertThat(report.costPerCompletionMinor()).isEqualTo(50_000);
        assertThat(report.costPerCredentialMinor()).isEqualTo(100_000);
    }

    @Test
    void retentionMeasuresOnlyCompletionsWhoseAnniversaryHasPassed() {
        List<CoveredSeat> seats = List.of(
                seat().completedOn(LocalDate.of(2026, 6, 1)).build(),
                seat().completedOn(LocalDate.of(2026, 6, 1))
                        .employmentEnd(LocalDate.of(2026, 11, 30))
                        .build(),
                // six months after this one is still to come
                seat().completedOn(LocalDate.of(2027, 1, 2)).build());

        ImpactReport report = report(seats, List.of(), List.of());

        assertThat(report.retention6Months().measured()).isEqualTo(2);
        assertThat(report.retention6Months().retained()).isEqualTo(1);
        assertThat(report.retention6Months().rate()).isEqualByComparingTo("0.5000");
        assertThat(report.retention12Months().measured()).isEqualTo(2);
    }

    @Test
    void aBreakdownCellOfFewerThanKPeopleShowsNoFigures() {
        List<CoveredSeat> seats = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seats.add(seat().sizeBand("SMALL").outcome("COMPLETED").build());
        }
        seats.add(seat().sizeBand("MEDIUM").outcome("COMPLETED").build());
        seats.add(seat().sizeBand("LARGE").build());
        seats.add(seat().sizeBand("LARGE").build());

        ImpactReport report = report(seats, List.of(), List.of());

        var bySize = report.breakdowns().get("sizeBand");
        assertThat(bySize.get("SMALL")).isEqualTo(new ImpactReport.Cell(false, 5L, 5L, 5L, new BigDecimal("1.0000")));
        assertThat(bySize.get("MEDIUM")).isEqualTo(ImpactReport.Cell.suppressedCell());
        assertThat(bySize.get("LARGE")).isEqualTo(ImpactReport.Cell.suppressedCell());
        assertThat(report.participants()).isEqualTo(8);
    }

    private static ImpactReport report(
            List<CoveredSeat> seats,
            List<JdbcImpactFacts.Share> shares,
            List<JdbcImpactFacts.Disbursement> disbursements) {
        JdbcImpactFacts.Programme programme = new JdbcImpactFacts.Programme(
                PROGRAMME,
                UUID.randomUUID(),
                "Digital skills",
                "EUR",
                START,
                START.plusYears(1),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                3);
        return ImpactFigures.report(
                programme,
                START,
                START.plusYears(1),
                new ImpactReport.Filters(null, null, null),
                Instant.parse("2027-06-01T00:00:00Z"),
                BigDecimal.ZERO,
                TODAY,
                seats,
                shares,
                disbursements,
                RoiFigures.evaluation(
                        ImpactFigures.pairCosts(programme, seats, shares, disbursements).stream()
                                .map(costs -> new EmployerCohort(
                                        costs.cohortId(),
                                        costs.employerId(),
                                        costs.trainingCost(),
                                        costs.attendedHours(),
                                        costs.grantDisbursedMinor(),
                                        null,
                                        List.of(),
                                        List.of()))
                                .toList(),
                        Map.of(),
                        programme.suppressionK()),
                WorkplaceLearningFigures.of(List.of(), programme.suppressionK()));
    }

    /** A payment by {@code programme} for {@code EMPLOYER}'s seats in {@code COHORT}. */
    private static JdbcImpactFacts.Disbursement paid(UUID programme, long amount, String currency, String milestone) {
        return new JdbcImpactFacts.Disbursement(programme, EMPLOYER, COHORT, amount, currency, milestone);
    }

    /** A seat in {@code COHORT} of {@code EMPLOYER}. */
    private static CoveredSeatBuilder seat() {
        return CoveredSeatBuilder.seat().in(COHORT, START).employer(EMPLOYER);
    }
}
