package org.skillalliance.funding.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A claim as the API shows it. {@code claimedMinor} is the rounded-down amount; each seat shows its exact amount
 * (after the participant cap, before the employer cap) as a decimal and as an exact fraction of minor units.
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
        Instant createdAt,
        Instant updatedAt,
        List<String> blockedBy) {

    /** One reimbursed seat. */
    public record Seat(
            UUID enrolmentId,
            UUID staffId,
            BigDecimal attendedHours,
            BigDecimal exactMinor,
            String exactFractionMinor) {}

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
                c.createdAt(),
                c.updatedAt(),
                List.copyOf(blockedBy));
    }
}
