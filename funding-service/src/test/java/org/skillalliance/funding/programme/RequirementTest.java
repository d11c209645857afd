package org.skillalliance.funding.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which payments a requirement gates while its report is not accepted. */
class RequirementTest {

    static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @Test
    void aRequirementDueBeforeAMilestoneGatesThatMilestonesPaymentOnAnyDayAndNoOther() {
        Requirement beforeOutcome =
                new Requirement("outcome-report", RequirementKind.OUTCOME_REPORT, null, Milestone.OUTCOME);

        assertThat(beforeOutcome.blocks(Milestone.OUTCOME, LocalDate.of(2020, 1, 1)))
                .isTrue();
        assertThat(beforeOutcome.blocks(Milestone.OUTCOME, LocalDate.of(2030, 1, 1)))
                .isTrue();
        assertThat(beforeOutcome.blocks(Milestone.START, DUE)).isFalse();
        assertThat(beforeOutcome.blocks(Milestone.COMPLETION, DUE)).isFalse();
        assertThat(beforeOutcome.due()).isEqualTo("due before the OUTCOME payment");
    }

    @Test
    void aRequirementDueByADateGatesEveryPaymentFromThatDayOn() {
        Requirement byJune = new Requirement("progress-report", RequirementKind.PROGRESS_REPORT, DUE, null);

        for (Milestone milestone : Milestone.values()) {
            assertThat(byJune.blocks(milestone, DUE.minusDays(1)))
                    .as(milestone + " the day before")
                    .isFalse();
            assertThat(byJune.blocks(milestone, DUE))
                    .as(milestone + " on the day")
                    .isTrue();
            assertThat(byJune.blocks(milestone, DUE.plusDays(1)))
                    .as(milestone + " the day after")
                    .isTrue();
        }
        assertThat(byJune.due()).isEqualTo("due by 2026-06-30");
    }

    @Test
    void aRequirementIsDueEitherByADateOrBeforeAMilestone() {
        assertThatThrownBy(() -> new Requirement("r", RequirementKind.PROGRESS_REPORT, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Requirement("r", RequirementKind.PROGRESS_REPORT, DUE, Milestone.START))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
