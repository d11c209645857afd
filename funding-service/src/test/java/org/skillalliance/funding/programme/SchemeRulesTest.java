package org.skillalliance.funding.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheme rules' dates, seat refusals and payments, by hand-computed examples. */
class SchemeRulesTest {

    static final LocalDate START = LocalDate.of(2026, 5, 31);
    static final LocalDate END = LocalDate.of(2026, 6, 4);

    @Test
    void noRuleMeansNoPlanNoWindowNoSeatRefusalAndTheWholeClaimAtCompletion() {
        SchemeRules none = SchemeRules.NONE;
        assertThat(none.requiresPlan()).isFalse();
        assertThat(none.planDueOn(START)).isEmpty();
        assertThat(none.hasClaimWindow()).isFalse();
        assertThat(none.claimDeadline(END)).isEmpty();
        assertThat(none.seatRefusal(new BigDecimal("0.5"), null)).isEmpty();
        assertThat(none.payments()).containsExactly(new MilestoneShare(Milestone.COMPLETION, BigDecimal.ONE));
    }

    @Test
    void thePlanIsDueLeadDaysBeforeTheStartAndClaimsCloseWindowDaysAfterTheEnd() {
        SchemeRules rules = new SchemeRules(30, null, null, 60, List.of(), List.of());
        assertThat(rules.planDueOn(START)).contains(LocalDate.of(2026, 5, 1));
        assertThat(rules.claimDeadline(END)).contains(LocalDate.of(2026, 8, 3));
        assertThat(new SchemeRules(0, null, null, null, List.of(), List.of()).planDueOn(START))
                .contains(START);
    }

    @Test
    void aSeatIsRefusedBelowTheMinimumHoursOrTheAttendanceThresholdAndCountsAtExactlyEither() {
        SchemeRules rules =
                new SchemeRules(null, new BigDecimal("10"), new BigDecimal("0.8"), null, List.of(), List.of());
        BigDecimal planned = new BigDecimal("20");
        assertThat(rules.seatRefusal(new BigDecimal("9.5"), planned))
                .contains("attended 9.5 h, fewer than the 10 h the programme requires");
        // 15 / 20 = 75% < 80%
        assertThat(rules.seatRefusal(new BigDecimal("15"), planned))
                .contains("attended 15 of 20 planned hours (75%), below the 80% attendance the programme requires");
        // exactly 16 / 20 = 80% and exactly 10 h count
        assertThat(rules.seatRefusal(new BigDecimal("16"), planned)).isEmpty();
        SchemeRules hoursOnly = new SchemeRules(null, new BigDecimal("10"), null, null, List.of(), List.of());
        assertThat(hoursOnly.seatRefusal(new BigDecimal("10.00"), null)).isEmpty();
        // 2 of 3 hours = 66.66...% shown rounded down, never rounded up past the threshold
        SchemeRules twoThirds = new SchemeRules(null, null, new BigDecimal("0.67"), null, List.of(), List.of());
        assertThat(twoThirds.seatRefusal(new BigDecimal("2"), new BigDecimal("3")))
                .contains("attended 2 of 3 planned hours (66.6%), below the 67% attendance the programme requires");
        assertThat(twoThirds.seatRefusal(new BigDecimal("2"), null))
                .contains("the course's planned hours are not known, so attendance cannot be checked");
    }

    @Test
    void milestonesAreKeptInMilestoneOrderAndMustSumToExactlyOne() {
        SchemeRules rules = new SchemeRules(
                null,
                null,
                null,
                null,
                List.of(
                        new MilestoneShare(Milestone.OUTCOME, new BigDecimal("0.3")),
                        new MilestoneShare(Milestone.START, new BigDecimal("0.4")),
                        new MilestoneShare(Milestone.COMPLETION, new BigDecimal("0.3"))),
                List.of());
        assertThat(rules.payments())
                .extracting(MilestoneShare::milestone)
                .containsExactly(Milestone.START, Milestone.COMPLETION, Milestone.OUTCOME);
        assertThatThrownBy(() -> new SchemeRules(
                        null,
                        null,
                        null,
                        null,
                        List.of(new MilestoneShare(Milestone.START, new BigDecimal("0.4"))),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MilestoneShare(Milestone.START, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchemeRules(-1, null, null, null, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchemeRules(null, null, null, 0, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequirementBlocksItsMilestoneOrEveryPaymentFromItsDueDate() {
        Requirement beforeOutcome =
                new Requirement("outcome-report", RequirementKind.OUTCOME_REPORT, null, Milestone.OUTCOME);
        assertThat(beforeOutcome.blocks(Milestone.OUTCOME, START)).isTrue();
        assertThat(beforeOutcome.blocks(Milestone.COMPLETION, START)).isFalse();
        assertThat(beforeOutcome.due()).isEqualTo("due before the OUTCOME payment");

        Requirement byDate =
                new Requirement("progress-report", RequirementKind.PROGRESS_REPORT, LocalDate.of(2026, 6, 30), null);
        assertThat(byDate.blocks(Milestone.START, LocalDate.of(2026, 6, 29))).isFalse();
        assertThat(byDate.blocks(Milestone.START, LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(byDate.blocks(Milestone.OUTCOME, LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(byDate.due()).isEqualTo("due by 2026-06-30");

        assertThatThrownBy(() -> new Requirement("both", RequirementKind.PROGRESS_REPORT, START, Milestone.START))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Requirement("neither", RequirementKind.PROGRESS_REPORT, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
