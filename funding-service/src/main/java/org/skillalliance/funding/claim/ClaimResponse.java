package org.skillalliance.funding.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A claim as the API shows it. {@code claimedMinor} is the rounded-down amount; each seat shows its exact amount
 * (after the participant cap, before the employer cap) as a decimal and as an exact fraction of minor units.
 * {@code excludedSeats} are the employer's completed seats the programme's scheme rules do not count, with the reason
 * (empty under a programme without such rules).
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
        Instant createdAt,
        Instant updatedAt) {

    /** One reimbursed seat. */
    public record Seat(
            UUID enrolmentId,
            UUID staffId,
            BigDecimal attendedHours,
            BigDecimal exactMinor,
            String exactFractionMinor) {}

    static ClaimResponse of(Claim c) {
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
                c.createdAt(),
                c.updatedAt());
    }
}
