package org.skillalliance.funding.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.funding.facts.WorkplaceLearningKind;
import org.skillalliance.funding.programme.Milestone;

/**
 * A claim as the API shows it. {@code claimedMinor} is the rounded-down amount; each seat shows its exact amount
 * (after the participant cap, before the employer cap) as a decimal and as an exact fraction of minor units.
 * {@code excludedSeats} are the employer's completed seats the programme's scheme rules do not count, with the reason
 * (empty under a programme without such rules).
 * {@code claimWindow} is the days the employer may submit a draft (null when the programme has no claim window);
 * {@code payments} the milestone payments planned at approval (empty before).
 * A claim for learning at work (issue 20) has no {@code cohortId} and no seats: {@code workplaceLines} are its paid lines
 * of signed-off learning (hours counted, amount rounded half up per line, cut by the employer cap from the last line on;
 * they sum to {@code claimedMinor}) and {@code excludedLearning} the learning it
 * does not pay, with the reason; both are empty for a cohort's claim.
 * {@code blockedBy} says why the claim's next payment, made today, would be refused: one reason per requirement of the
 * programme that gates it and whose report the funder has not accepted; empty when nothing blocks it.
 */
public record ClaimResponse(
        UUID id,
        UUID awardId,
        UUID programmeId,
        UUID employerId,
        UUID cohortId,
        long claimedMinor,
        Long approvedMinor,
        String currency,
        ClaimStatus status,
        String decisionNote,
        List<Seat> seats,
        List<ExcludedSeat> excludedSeats,
        Window claimWindow,
        List<Payment> payments,
        List<WorkplaceLine> workplaceLines,
        List<ExcludedLearning> excludedLearning,
        Instant createdAt,
        Instant updatedAt,
        List<String> blockedBy) {

    /** One paid line of signed-off learning at work: the hours counted and its amount. */
    public record WorkplaceLine(
            UUID learningId, WorkplaceLearningKind kind, UUID staffId, BigDecimal hours, long amountMinor) {}

    /** One reimbursed seat. */
    public record Seat(
            UUID enrolmentId,
            UUID staffId,
            BigDecimal attendedHours,
            BigDecimal exactMinor,
            String exactFractionMinor) {}

    /** The days a draft claim may be submitted, both inclusive. */
    public record Window(LocalDate opensOn, LocalDate closesOn) {}

    /** One milestone payment of the approved amount. */
    public record Payment(Milestone milestone, long amountMinor, ClaimPayment.Status status, LocalDate paidOn) {}

    static ClaimResponse of(Claim c, List<String> blockedBy) {
        return new ClaimResponse(
                c.id(),
                c.awardId(),
                c.programmeId(),
                c.employerId(),
                c.cohortId(),
                c.claimed().amountMinor(),
                c.approved() == null ? null : c.approved().amountMinor(),
                c.claimed().currency(),
                c.status(),
                c.decisionNote(),
                c.seats().stream()
                        .map(s -> new Seat(
                                s.enrolmentId(),
                                s.staffId(),
                                s.attendedHours(),
                                s.exactMinor().toDecimal(6),
                                s.exactMinor().toString()))
                        .toList(),
                c.excludedSeats(),
                c.window() == null
                        ? null
                        : new Window(c.window().opensOn(), c.window().closesOn()),
                c.payments().stream()
                        .map(p -> new Payment(p.milestone(), p.amount().amountMinor(), p.status(), p.paidOn()))
                        .toList(),
                c.workplaceLines().stream()
                        .map(l -> new WorkplaceLine(l.learningId(), l.kind(), l.staffId(), l.hours(), l.amountMinor()))
                        .toList(),
                c.excludedLearning(),
                c.createdAt(),
                c.updatedAt(),
                List.copyOf(blockedBy));
    }
}
