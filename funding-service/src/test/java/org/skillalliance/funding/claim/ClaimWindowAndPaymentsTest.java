package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
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
import org.skillalliance.funding.shared.RuleBroken;

/** A claim's draft, its submission within the claim window, and its payment milestone by milestone. */
class ClaimWindowAndPaymentsTest {

    static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    static final LocalDate COHORT_END = LocalDate.of(2026, 3, 6);
    static final SchemeRules THIRTY_DAY_WINDOW = new SchemeRules(null, null, null, 30, List.of(), List.of());
    static final List<MilestoneShare> FORTY_THIRTY_THIRTY = List.of(
            new MilestoneShare(Milestone.START, new BigDecimal("0.4")),
            new MilestoneShare(Milestone.COMPLETION, new BigDecimal("0.3")),
            new MilestoneShare(Milestone.OUTCOME, new BigDecimal("0.3")));

    @Test
    void theWindowRunsFromTheCohortsEndToThatDayPlusTheWindowsDaysInclusive() {
        ClaimWindow window = ClaimWindow.of(THIRTY_DAY_WINDOW, COHORT_END).orElseThrow();
        assertThat(window).isEqualTo(new ClaimWindow(COHORT_END, LocalDate.of(2026, 4, 5)));
        assertThat(window.refusal(COHORT_END)).isEmpty();
        assertThat(window.refusal(LocalDate.of(2026, 4, 5))).isEmpty();
        assertThat(window.refusal(LocalDate.of(2026, 3, 5)))
                .contains("the claim window opens on 2026-03-06, when the cohort ends");
        assertThat(window.refusal(LocalDate.of(2026, 4, 6)))
                .contains("the claim window closed on 2026-04-05 (30 days after the cohort ended on 2026-03-06)");
        assertThat(ClaimWindow.of(SchemeRules.NONE, COHORT_END)).isEmpty();
    }

    @Test
    void aClaimUnderAWindowIsADraftRecomputedUntilTheEmployerSubmitsItInsideTheWindow() {
        Claim claim = claim(100_000, ClaimWindow.of(THIRTY_DAY_WINDOW, COHORT_END));
        assertThat(claim.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(claim.status().isDecided()).isFalse();
        claim.recompute(ClaimMother.oneSeat(120_000), List.of(), NOW);
        assertThat(claim.claimed()).isEqualTo(Money.of(120_000, "EUR"));

        assertThatThrownBy(() -> claim.submit(LocalDate.of(2026, 3, 5), NOW))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("the claim window opens on 2026-03-06");
        assertThatThrownBy(() -> claim.submit(LocalDate.of(2026, 4, 6), NOW))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("the claim window closed on 2026-04-05");
        assertThat(claim.status()).isEqualTo(ClaimStatus.DRAFT);

        claim.submit(LocalDate.of(2026, 4, 5), NOW);
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThatThrownBy(() -> claim.submit(LocalDate.of(2026, 4, 5), NOW))
                .isInstanceOf(IllegalTransition.class)
                .satisfies(
                        e -> assertThat(((IllegalTransition) e).currentState()).isEqualTo("SUBMITTED"));
    }

    @Test
    void theFunderNeitherApprovesNorRejectsADraft() {
        Claim claim = claim(100_000, ClaimWindow.of(THIRTY_DAY_WINDOW, COHORT_END));
        assertThatThrownBy(() -> claim.approve(Money.of(500_000, "EUR"), FORTY_THIRTY_THIRTY, NOW))
                .isInstanceOf(IllegalTransition.class)
                .satisfies(
                        e -> assertThat(((IllegalTransition) e).currentState()).isEqualTo("DRAFT"))
                .satisfies(e -> assertThat(((IllegalTransition) e).action()).isEqualTo("approve"));
        assertThatThrownBy(() -> claim.reject("no", NOW))
                .isInstanceOf(IllegalTransition.class)
                .satisfies(e -> assertThat(((IllegalTransition) e).action()).isEqualTo("reject"));
    }

    @Test
    void withoutAWindowAClaimIsSubmittedAtOnceAndCannotBeSubmittedAgain() {
        Claim claim = claim(100_000, Optional.empty());
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.window()).isNull();
        assertThatThrownBy(() -> claim.submit(COHORT_END, NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void milestonesArePaidInOrderAndTheClaimIsPaidAfterTheLast() {
        // 355250 x 0.4 = 142100, x 0.3 = 106575 (twice); 142100 + 106575 + 106575 = 355250
        Claim claim = claim(355_250, Optional.empty());
        claim.approve(Money.of(1_000_000, "EUR"), FORTY_THIRTY_THIRTY, NOW);
        assertThat(claim.payments())
                .extracting(ClaimPayment::milestone, p -> p.amount().amountMinor())
                .containsExactly(
                        tuple(Milestone.START, 142_100L),
                        tuple(Milestone.COMPLETION, 106_575L),
                        tuple(Milestone.OUTCOME, 106_575L));

        assertThatThrownBy(() -> claim.pay(Milestone.OUTCOME, UUID.randomUUID(), LocalDate.of(2026, 7, 1), NOW))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("the next payment due is at START");
        assertThat(claim.nextPayment().orElseThrow().milestone()).isEqualTo(Milestone.START);

        ClaimEvent.Paid start = claim.pay(Milestone.START, UUID.randomUUID(), LocalDate.of(2026, 7, 1), NOW);
        assertThat(start.payment().amount()).isEqualTo(Money.of(142_100, "EUR"));
        assertThat(claim.status()).isEqualTo(ClaimStatus.APPROVED);
        ClaimEvent.Paid completion = claim.pay(null, UUID.randomUUID(), LocalDate.of(2026, 8, 1), NOW);
        assertThat(completion.payment().milestone()).isEqualTo(Milestone.COMPLETION);
        assertThat(claim.status()).isEqualTo(ClaimStatus.APPROVED);
        ClaimEvent.Paid outcome = claim.pay(Milestone.OUTCOME, UUID.randomUUID(), LocalDate.of(2026, 9, 1), NOW);
        assertThat(outcome.payment().paidOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.payments()).allSatisfy(p -> assertThat(p.isDue()).isFalse());
        assertThatThrownBy(() -> claim.pay(null, UUID.randomUUID(), LocalDate.of(2026, 9, 2), NOW))
                .isInstanceOf(IllegalTransition.class);
    }

    private static Claim claim(long claimedMinor, Optional<ClaimWindow> window) {
        return ClaimMother.open(claimedMinor, window, NOW);
    }
}
