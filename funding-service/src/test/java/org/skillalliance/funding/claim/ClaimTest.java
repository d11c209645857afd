package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.programme.SchemeRules;

class ClaimTest {

    static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    static final UUID ANNA = new UUID(0, 1);
    static final UUID BEN = new UUID(0, 2);

    @Test
    void anUndecidedClaimCountsWhatItClaimsSharedOverItsSeats() {
        // seats 60000 and 40000 = 100000 exactly; the employer cap cut the claim to 75000
        Claim claim = claim(75_000, Fraction.of(60_000), Fraction.of(40_000));
        assertThat(claim.paidPerParticipant()).isEqualTo(Map.of(ANNA, Fraction.of(45_000), BEN, Fraction.of(30_000)));
    }

    @Test
    void anApprovedClaimCountsWhatWasApprovedNotWhatWasClaimed() {
        Claim claim = claim(100_000, Fraction.of(60_000), Fraction.of(40_000));
        claim.approve(Money.of(10_000, "EUR"), SchemeRules.NONE.payments(), NOW); // the award had 10000 left
        assertThat(claim.paidPerParticipant()).isEqualTo(Map.of(ANNA, Fraction.of(6_000), BEN, Fraction.of(4_000)));
        claim.pay(null, UUID.randomUUID(), LocalDate.of(2026, 6, 30), NOW);
        assertThat(claim.paidPerParticipant()).isEqualTo(Map.of(ANNA, Fraction.of(6_000), BEN, Fraction.of(4_000)));
    }

    @Test
    void sharesAreExactAndSumToThePaidAmount() {
        // 1000/3 + 2000/3 = 1000 exactly, rounded claim 999 after a cap of 999.5: 333 and 666 exactly
        Claim claim = claim(999, Fraction.of(1_000, 3), Fraction.of(2_000, 3));
        Map<UUID, Fraction> paid = claim.paidPerParticipant();
        assertThat(paid.get(ANNA)).isEqualTo(Fraction.of(333));
        assertThat(paid.get(BEN)).isEqualTo(Fraction.of(666));
    }

    @Test
    void aRejectedClaimOrOneForNothingCountsNothing() {
        Claim rejected = claim(100_000, Fraction.of(60_000), Fraction.of(40_000));
        rejected.reject("late", NOW);
        assertThat(rejected.paidPerParticipant()).isEmpty();
        assertThat(claim(0, Fraction.ZERO, Fraction.ZERO).paidPerParticipant()).isEmpty();
    }

    private static Claim claim(long claimedMinor, Fraction anna, Fraction ben) {
        List<Reimbursement.SeatAmount> seats = List.of(
                new Reimbursement.SeatAmount(new UUID(1, 1), ANNA, BigDecimal.TEN, anna),
                new Reimbursement.SeatAmount(new UUID(1, 2), BEN, BigDecimal.TEN, ben));
        return new Claim(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                Money.of(claimedMinor, "EUR"),
                null,
                ClaimStatus.SUBMITTED,
                null,
                seats,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                NOW,
                NOW);
    }
}
