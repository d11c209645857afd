package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.programme.Milestone;
import org.skillalliance.funding.programme.MilestoneShare;
import org.skillalliance.funding.programme.Requirement;
import org.skillalliance.funding.programme.RequirementKind;

/**
 * A requirement due before a milestone whose part rounded to 0 (so the claim's payment plan left it out) gates the
 * next payment instead, or the last one: no report is skipped with the part it gated.
 */
class RequirementOnPlannedPaymentsTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    /** 2 units at 0.4 / 0.3 / 0.3: exact 0.8, 0.6, 0.6; floors 0, 0, 0; the 2 left go to 0.8 and 0.6 (the earlier). */
    private static Claim approvedForTwoUnits() {
        Claim claim = ClaimMother.open(2, Optional.empty(), NOW);
        claim.approve(
                Money.of(2, "EUR"),
                List.of(
                        new MilestoneShare(Milestone.START, new BigDecimal("0.4")),
                        new MilestoneShare(Milestone.COMPLETION, new BigDecimal("0.3")),
                        new MilestoneShare(Milestone.OUTCOME, new BigDecimal("0.3"))),
                NOW);
        return claim;
    }

    @Test
    void aRequirementBeforeALeftOutMilestoneGatesTheLastPaymentWhenNoneFollows() {
        Claim claim = approvedForTwoUnits();
        assertThat(claim.payments())
                .extracting(ClaimPayment::milestone)
                .containsExactly(Milestone.START, Milestone.COMPLETION);
        Requirement beforeOutcome = new Requirement("outcome", RequirementKind.OUTCOME_REPORT, null, Milestone.OUTCOME);

        Requirement onPlan = ClaimReports.onPlannedPayments(beforeOutcome, claim);

        assertThat(onPlan.blocks(Milestone.COMPLETION, DAY)).isTrue();
        assertThat(onPlan.blocks(Milestone.START, DAY)).isFalse();
    }

    @Test
    void aRequirementBeforeAPlannedMilestoneOrByADateIsUnchanged() {
        Claim claim = approvedForTwoUnits();
        Requirement beforeStart = new Requirement("progress", RequirementKind.PROGRESS_REPORT, null, Milestone.START);
        Requirement byDate = new Requirement("dated", RequirementKind.PROGRESS_REPORT, DAY, null);

        assertThat(ClaimReports.onPlannedPayments(beforeStart, claim)).isEqualTo(beforeStart);
        assertThat(ClaimReports.onPlannedPayments(byDate, claim)).isEqualTo(byDate);
    }
}
