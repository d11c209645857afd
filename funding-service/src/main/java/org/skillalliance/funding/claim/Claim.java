package org.skillalliance.funding.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.programme.Milestone;
import org.skillalliance.funding.programme.MilestoneShare;
import org.skillalliance.funding.shared.IllegalTransition;
import org.skillalliance.funding.shared.RuleBroken;

/**
 * One employer's reimbursement claim under one award, either for its seats in one cohort or, without a cohort, for its
 * signed-off learning at work (issue 20: {@link #workplaceLines}); its transitions guard the lifecycle, the same for
 * both.
 */
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
    private final ClaimWindow window;
    private List<ClaimPayment> payments;
    private List<WorkplaceHours.Line> workplaceLines;
    private List<ExcludedLearning> excludedLearning;
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
            ClaimWindow window,
            List<ClaimPayment> payments,
            List<WorkplaceHours.Line> workplaceLines,
            List<ExcludedLearning> excludedLearning,
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
        this.window = window;
        this.payments = List.copyOf(payments);
        this.workplaceLines = List.copyOf(workplaceLines);
        this.excludedLearning = List.copyOf(excludedLearning);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /**
     * A claim just computed from outcomes: a draft the employer submits within its window when the programme has a
     * claim window, else submitted at once.
     */
    static Claim open(
            UUID awardId,
            UUID programmeId,
            UUID employerId,
            UUID cohortId,
            String currency,
            Reimbursement.Result result,
            List<ExcludedSeat> excludedSeats,
            Optional<ClaimWindow> window,
            Instant now) {
        return new Claim(
                UUID.randomUUID(),
                awardId,
                programmeId,
                employerId,
                cohortId,
                Money.of(result.amountMinor(), currency),
                null,
                window.isPresent() ? ClaimStatus.DRAFT : ClaimStatus.SUBMITTED,
                null,
                result.seats(),
                excludedSeats,
                window.orElse(null),
                List.of(),
                List.of(),
                List.of(),
                now,
                now);
    }

    /**
     * A claim just computed from the employer's signed-off learning at work under the award: no cohort, a draft
     * within its window (opening on the day its earliest learning was signed off) when the programme has a claim
     * window, else submitted.
     */
    static Claim openForWorkplace(
            UUID awardId,
            UUID programmeId,
            UUID employerId,
            String currency,
            WorkplaceHours.Result result,
            Optional<ClaimWindow> window,
            Instant now) {
        return new Claim(
                UUID.randomUUID(),
                awardId,
                programmeId,
                employerId,
                null,
                Money.of(result.amountMinor(), currency),
                null,
                window.isPresent() ? ClaimStatus.DRAFT : ClaimStatus.SUBMITTED,
                null,
                List.of(),
                List.of(),
                window.orElse(null),
                List.of(),
                result.lines(),
                result.excluded(),
                now,
                now);
    }

    /** More learning was signed off (or a seat completed) for a workplace claim; only while it is undecided. */
    void recomputeWorkplace(WorkplaceHours.Result result, Instant now) {
        require(!status.isDecided(), "recompute");
        claimed = Money.of(result.amountMinor(), claimed.currency());
        workplaceLines = List.copyOf(result.lines());
        excludedLearning = List.copyOf(result.excluded());
        updatedAt = now;
    }

    /** A claim for signed-off learning at work, which has no cohort. */
    public boolean forWorkplaceLearning() {
        return cohortId == null;
    }

    /** A later outcome of the cohort changed what the employer can claim; only while the claim is undecided. */
    void recompute(Reimbursement.Result result, List<ExcludedSeat> excluded, Instant now) {
        require(!status.isDecided(), "recompute");
        claimed = Money.of(result.amountMinor(), claimed.currency());
        seats = List.copyOf(result.seats());
        excludedSeats = List.copyOf(excluded);
        updatedAt = now;
    }

    /**
     * The employer submits its draft claim, on a day inside the claim window.
     *
     * @throws RuleBroken naming {@code claimId} when {@code today} is before the window opens or after it closed
     */
    ClaimEvent.Submitted submit(LocalDate today, Instant now) {
        require(status == ClaimStatus.DRAFT, "submit");
        (forWorkplaceLearning() ? window.refusalOfWorkplaceClaim(today) : window.refusal(today)).ifPresent(refusal -> {
            throw RuleBroken.rule("claimId", refusal);
        });
        status = ClaimStatus.SUBMITTED;
        updatedAt = now;
        return new ClaimEvent.Submitted(this, now);
    }

    /** Its submission, for a claim opened submitted (without a claim window); empty for a draft. */
    Optional<ClaimEvent.Submitted> submittedWhenOpened() {
        return status == ClaimStatus.SUBMITTED && window == null
                ? Optional.of(new ClaimEvent.Submitted(this, createdAt))
                : Optional.empty();
    }

    /**
     * Approves the claimed amount, or less when the award has less left, and plans its payments: the approved amount
     * split over the programme's milestones ({@link ClaimPayment#plan}).
     *
     * @param leftOnAward what the award can still cover (committed minus approved)
     * @param shares      the programme's payments ({@code SchemeRules.payments()})
     */
    ClaimEvent.Approved approve(Money leftOnAward, List<MilestoneShare> shares, Instant now) {
        require(status == ClaimStatus.SUBMITTED, "approve");
        approved = claimed.exceeds(leftOnAward) ? leftOnAward : claimed;
        payments = ClaimPayment.plan(approved, shares);
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

    /** The next payment due, in milestone order; empty once every payment is made. */
    public Optional<ClaimPayment> nextPayment() {
        return payments.stream().filter(ClaimPayment::isDue).findFirst();
    }

    /**
     * Pays the next due payment in one disbursement; the claim is paid once its last payment is.
     *
     * @param milestone the milestone the funder means to pay, or null for the next one
     * @throws RuleBroken naming {@code milestone} when the given milestone is not the next one due
     */
    ClaimEvent.Paid pay(Milestone milestone, UUID disbursementId, LocalDate paidOn, Instant now) {
        require(status == ClaimStatus.APPROVED, "pay");
        ClaimPayment next = nextPayment().orElseThrow();
        if (milestone != null && milestone != next.milestone()) {
            throw RuleBroken.rule(
                    "milestone",
                    "the next payment due is at " + next.milestone() + "; payments are made in milestone order "
                            + payments.stream().map(ClaimPayment::milestone).toList());
        }
        ClaimPayment paid = next.paid(disbursementId, paidOn);
        payments = payments.stream()
                .map(p -> p.milestone() == paid.milestone() ? paid : p)
                .toList();
        if (nextPayment().isEmpty()) {
            status = ClaimStatus.PAID;
        }
        updatedAt = now;
        return new ClaimEvent.Paid(this, paid);
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

    /** The cohort, or null for a claim for learning at work. */
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

    /** The claim window, or null when the programme has none. */
    public ClaimWindow window() {
        return window;
    }

    /** The planned payments of an approved claim, in milestone order (none before approval). */
    public List<ClaimPayment> payments() {
        return payments;
    }

    /** The paid lines of signed-off learning at work (a workplace claim's; empty for a cohort's claim). */
    public List<WorkplaceHours.Line> workplaceLines() {
        return workplaceLines;
    }

    /** Signed-off learning the workplace claim does not pay, with the reason. */
    public List<ExcludedLearning> excludedLearning() {
        return excludedLearning;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
