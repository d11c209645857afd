package org.skillalliance.funding.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.shared.IllegalTransition;

/** One employer's reimbursement claim for one cohort under one award; its transitions guard the lifecycle. */
@AggregateRoot
public final class Claim {

    private final UUID id;
    private final UUID awardId;
    private final UUID programmeId;
    private final UUID employerId;
    private final UUID cohortId;
    private Money claimed;
    private Money approved;
    private ClaimStatus status;
    private String decisionNote;
    private List<Reimbursement.SeatAmount> seats;
    private List<ExcludedSeat> excludedSeats;
    private final Instant createdAt;
    private Instant updatedAt;

    Claim(
            UUID id,
            UUID awardId,
            UUID programmeId,
            UUID employerId,
            UUID cohortId,
            Money claimed,
            Money approved,
            ClaimStatus status,
            String decisionNote,
            List<Reimbursement.SeatAmount> seats,
            List<ExcludedSeat> excludedSeats,
            Instant createdAt,
            Instant updatedAt) {
        this.id = id;
        this.awardId = awardId;
        this.programmeId = programmeId;
        this.employerId = employerId;
        this.cohortId = cohortId;
        this.claimed = claimed;
        this.approved = approved;
        this.status = status;
        this.decisionNote = decisionNote;
        this.seats = List.copyOf(seats);
        this.excludedSeats = List.copyOf(excludedSeats);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Claim submit(
            UUID awardId,
            UUID programmeId,
            UUID employerId,
            UUID cohortId,
            String currency,
            Reimbursement.Result result,
            List<ExcludedSeat> excludedSeats,
            Instant now) {
        return new Claim(
                UUID.randomUUID(),
                awardId,
                programmeId,
                employerId,
                cohortId,
                Money.of(result.amountMinor(), currency),
                null,
                ClaimStatus.SUBMITTED,
                null,
                result.seats(),
                excludedSeats,
                now,
                now);
    }

    /** A later outcome of the cohort changed what the employer can claim; only while the claim is undecided. */
    void recompute(Reimbursement.Result result, List<ExcludedSeat> excluded, Instant now) {
        require(status == ClaimStatus.SUBMITTED, "recompute");
        claimed = Money.of(result.amountMinor(), claimed.currency());
        seats = List.copyOf(result.seats());
        excludedSeats = List.copyOf(excluded);
        updatedAt = now;
    }

    /**
     * Approves the claimed amount, or less when the award has less left.
     *
     * @param leftOnAward what the award can still cover (committed minus approved)
     */
    ClaimEvent.Approved approve(Money leftOnAward, Instant now) {
        require(status == ClaimStatus.SUBMITTED, "approve");
        approved = claimed.exceeds(leftOnAward) ? leftOnAward : claimed;
        status = ClaimStatus.APPROVED;
        updatedAt = now;
        return new ClaimEvent.Approved(this);
    }

    void reject(String note, Instant now) {
        require(status == ClaimStatus.SUBMITTED, "reject");
        decisionNote = note;
        status = ClaimStatus.REJECTED;
        updatedAt = now;
    }

    /** Pays the approved amount in one disbursement. */
    ClaimEvent.Paid pay(UUID disbursementId, LocalDate paidOn, Instant now) {
        require(status == ClaimStatus.APPROVED, "pay");
        status = ClaimStatus.PAID;
        updatedAt = now;
        return new ClaimEvent.Paid(this, disbursementId, paidOn);
    }

    /**
     * What each participant gets of this claim: the approved amount once decided (the claimed amount while
     * undecided), shared among the seats in proportion to their exact amounts. So a claim cut down by the employer
     * cap, the final rounding or an exhausted award counts against a participant's cap only with the money it pays.
     * A rejected claim pays nothing.
     */
    public Map<UUID, Fraction> paidPerParticipant() {
        Map<UUID, Fraction> paid = new HashMap<>();
        Fraction exactSum =
                seats.stream().map(Reimbursement.SeatAmount::exactMinor).reduce(Fraction.ZERO, Fraction::plus);
        if (status == ClaimStatus.REJECTED || exactSum.signum() == 0) {
            return paid;
        }
        Money paying = approved != null ? approved : claimed;
        Fraction share =
                Fraction.of(paying.amountMinor()).times(Fraction.of(exactSum.denominator(), exactSum.numerator()));
        for (Reimbursement.SeatAmount seat : seats) {
            paid.merge(seat.staffId(), seat.exactMinor().times(share), Fraction::plus);
        }
        return paid;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransition("claim", id, status, action);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID awardId() {
        return awardId;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public UUID employerId() {
        return employerId;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public Money claimed() {
        return claimed;
    }

    public Money approved() {
        return approved;
    }

    public ClaimStatus status() {
        return status;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public List<Reimbursement.SeatAmount> seats() {
        return seats;
    }

    /** Completed seats the scheme rules do not count, with the reason; empty under a programme without such rules. */
    public List<ExcludedSeat> excludedSeats() {
        return excludedSeats;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
