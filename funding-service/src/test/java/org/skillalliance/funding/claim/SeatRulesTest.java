package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.plan.PlanDue;
import org.skillalliance.funding.programme.SchemeRules;

/** Which completed seats count under a programme's scheme rules: plan, minimum hours, attendance threshold. */
class SeatRulesTest {

    private static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final LocalDate START = LocalDate.of(2026, 5, 31);
    private static final BigDecimal TWENTY = new BigDecimal("20");

    /** Plan 30 days ahead, at least 10 hours, at least 80% of the planned hours. */
    private static final SchemeRules SCHEME =
            new SchemeRules(30, new BigDecimal("10"), new BigDecimal("0.8"), null, List.of(), List.of());

    @Test
    void withoutSchemeRulesEveryCompletedSeatCountsAsBefore() {
        SeatRules rules = SeatRules.of(SchemeRules.NONE, null, START, Optional.empty());

        assertThat(rules.refusal(ANNA, BigDecimal.ZERO)).isEmpty();
        assertThat(rules.refusal(BEN, new BigDecimal("0.5"))).isEmpty();
    }

    @Test
    void aSeatOfAParticipantInThePlanWithEnoughHoursCounts() {
        SeatRules rules = planned(Set.of(ANNA));

        // 18 of 20 hours: 90% >= 80%, 18 >= 10
        assertThat(rules.refusal(ANNA, new BigDecimal("18"))).isEmpty();
        // exactly at both limits: 16 h is 80% of 20
        assertThat(rules.refusal(ANNA, new BigDecimal("16"))).isEmpty();
    }

    @Test
    void noPlanFiledRefusesEverySeatNamingTheDueDate() {
        SeatRules rules = new SeatRules(SCHEME, TWENTY, PlanDue.of(SCHEME, START), null);

        assertThat(rules.refusal(ANNA, TWENTY)).contains("no training plan was filed for the cohort by 2026-05-01");
    }

    @Test
    void aParticipantNotInThePlanDoesNotCount() {
        assertThat(planned(Set.of(ANNA)).refusal(BEN, TWENTY))
                .contains("the participant is not in the employer's training plan for the cohort");
    }

    @Test
    void tooFewHoursAndAttendanceBelowTheThresholdAreRefusedWithTheFigures() {
        SeatRules rules = planned(Set.of(ANNA));

        assertThat(rules.refusal(ANNA, new BigDecimal("9")))
                .contains("attended 9 h, fewer than the 10 h the programme requires");
        assertThat(rules.refusal(ANNA, new BigDecimal("15")))
                .contains("attended 15 of 20 planned hours (75%), below the 80% attendance the programme requires");
    }

    @Test
    void aPlanDueDateIsTheStartMinusTheLeadDaysAndAFilingOnItIsInTime() {
        PlanDue due = PlanDue.of(SCHEME, START);

        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(due.openOn(LocalDate.of(2026, 5, 1))).isTrue();
        assertThat(due.openOn(LocalDate.of(2026, 5, 2))).isFalse();
        assertThat(due.missed())
                .isEqualTo("the training plan was due by 2026-05-01 (30 days before the cohort starts on 2026-05-31)");
    }

    private static SeatRules planned(Set<UUID> participants) {
        return new SeatRules(SCHEME, TWENTY, PlanDue.of(SCHEME, START), participants);
    }
}
