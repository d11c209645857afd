package org.skillalliance.funding.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.funding.money.Fraction;

/** Claims for unit tests: one seat worth the whole claim, in EUR. */
final class ClaimMother {

    private ClaimMother() {}

    /** A claim just computed from outcomes: a draft with a window, else submitted. */
    static Claim open(long claimedMinor, Optional<ClaimWindow> window, Instant now) {
        return Claim.open(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "EUR",
                oneSeat(claimedMinor),
                List.of(),
                window,
                now);
    }

    /** The reimbursement of one seat of 10 attended hours worth {@code claimedMinor}. */
    static Reimbursement.Result oneSeat(long claimedMinor) {
        List<Reimbursement.SeatAmount> seats = List.of(new Reimbursement.SeatAmount(
                UUID.randomUUID(), UUID.randomUUID(), BigDecimal.TEN, Fraction.of(claimedMinor)));
        return new Reimbursement.Result(seats, Fraction.of(claimedMinor), Fraction.of(claimedMinor), claimedMinor);
    }
}
