package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.programme.Milestone;
import org.skillalliance.funding.programme.MilestoneShare;
import org.skillalliance.funding.programme.SchemeRules;
import org.skillalliance.funding.shared.IllegalTransition;

/** The events a claim's transitions return, and the transitions it refuses. */
class ClaimEventsTest {

    static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    @Test
    void aClaimOpenedWithoutAWindowIsSubmittedAtOnceAndADraftWhenTheEmployerSubmitsIt() {
        Claim direct = submitted(100_000);
        assertThat(direct.submittedWhenOpened())
                .hasValueSatisfying(event -> assertThat(event.claim()).isSameAs(direct))
                .hasValueSatisfying(event -> assertThat(event.submittedAt()).isEqualTo(NOW));

        LocalDate cohortEnd = LocalDate.of(2026, 6, 1);
        Claim draft =
                ClaimMother.open(100_000, ClaimWindow.of(ClaimWindowAndPaymentsTest.THIRTY_DAY_WINDOW, cohortEnd), NOW);
        assertThat(draft.submittedWhenOpened()).isEmpty();
        Instant later = NOW.plusSeconds(3_600);
        ClaimEvent.Submitted submitted = draft.submit(cohortEnd.plusDays(1), later);
        assertThat(submitted.claim()).isSameAs(draft);
        assertThat(submitted.submittedAt()).isEqualTo(later);
        assertThat(draft.submittedWhenOpened()).isEmpty();
    }

    @Test
    void approvingReturnsApprovedWithTheAmountTheAwardCanStillCover() {
        Claim claim = submitted(100_000);
        ClaimEvent.Approved approved = claim.approve(Money.of(70_000, "EUR"), WHOLE_AT_COMPLETION, NOW);
        assertThat(approved.claim()).isSameAs(claim);
        assertThat(claim.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(claim.approved()).isEqualTo(Money.of(70_000, "EUR"));
        assertThat(claim.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void payingReturnsPaidWithTheDisbursementAndItsDay() {
        Claim claim = submitted(100_000);
        claim.approve(Money.of(500_000, "EUR"), WHOLE_AT_COMPLETION, NOW);
        UUID disbursement = UUID.randomUUID();
        ClaimEvent.Paid paid = claim.pay(null, disbursement, LocalDate.of(2026, 7, 1), NOW);
        assertThat(paid.claim()).isSameAs(claim);
        assertThat(paid.payment().disbursementId()).isEqualTo(disbursement);
        assertThat(paid.payment().paidOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(paid.payment().milestone()).isEqualTo(Milestone.COMPLETION);
        assertThat(paid.payment().amount()).isEqualTo(Money.of(100_000, "EUR"));
        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.approved()).isEqualTo(Money.of(100_000, "EUR"));
    }

    @Test
    void anUndecidedClaimIsNotPaidAndADecidedOneNotApprovedAgain() {
        Claim claim = submitted(100_000);
        assertThatThrownBy(() -> claim.pay(null, UUID.randomUUID(), LocalDate.of(2026, 7, 1), NOW))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("it is SUBMITTED");
        claim.reject("late", NOW);
        assertThatThrownBy(() -> claim.approve(Money.of(1, "EUR"), WHOLE_AT_COMPLETION, NOW))
                .isInstanceOf(IllegalTransition.class)
                .satisfies(
                        e -> assertThat(((IllegalTransition) e).currentState()).isEqualTo("REJECTED"))
                .satisfies(e -> assertThat(((IllegalTransition) e).action()).isEqualTo("approve"));
    }

    private static final List<MilestoneShare> WHOLE_AT_COMPLETION = SchemeRules.NONE.payments();

    private static Claim submitted(long claimedMinor) {
        return ClaimMother.open(claimedMinor, Optional.empty(), NOW);
    }
}
