package org.skillalliance.funding.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.money.Money;

/**
 * One money movement. {@code occurredOn} is the business date (cohort start, award day, approval day, payment day);
 * statements select by it. {@code milestone} is the milestone a {@code DISBURSEMENT_PAID} entry pays ({@code START},
 * {@code COMPLETION} or {@code OUTCOME}), null for other entries.
 */
@ValueObject
public record LedgerEntry(
        UUID entryId,
        EntryType type,
        Money amount,
        LocalDate occurredOn,
        Instant recordedAt,
        UUID programmeId,
        UUID awardId,
        UUID claimId,
        UUID employerId,
        UUID cohortId,
        String reference,
        String milestone) {

    public LedgerEntry {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(reference, "reference");
    }

    /** Starts an entry of {@code type} for {@code amount}; the ids it concerns are added with the {@code with} methods. */
    public static LedgerEntry of(EntryType type, Money amount, LocalDate occurredOn, Instant now, String reference) {
        return new LedgerEntry(
                UUID.randomUUID(), type, amount, occurredOn, now, null, null, null, null, null, reference, null);
    }

    public LedgerEntry programme(UUID id) {
        return new LedgerEntry(
                entryId,
                type,
                amount,
                occurredOn,
                recordedAt,
                id,
                awardId,
                claimId,
                employerId,
                cohortId,
                reference,
                milestone);
    }

    public LedgerEntry award(UUID id) {
        return new LedgerEntry(
                entryId,
                type,
                amount,
                occurredOn,
                recordedAt,
                programmeId,
                id,
                claimId,
                employerId,
                cohortId,
                reference,
                milestone);
    }

    public LedgerEntry claim(UUID id) {
        return new LedgerEntry(
                entryId,
                type,
                amount,
                occurredOn,
                recordedAt,
                programmeId,
                awardId,
                id,
                employerId,
                cohortId,
                reference,
                milestone);
    }

    public LedgerEntry employer(UUID id) {
        return new LedgerEntry(
                entryId,
                type,
                amount,
                occurredOn,
                recordedAt,
                programmeId,
                awardId,
                claimId,
                id,
                cohortId,
                reference,
                milestone);
    }

    public LedgerEntry cohort(UUID id) {
        return new LedgerEntry(
                entryId,
                type,
                amount,
                occurredOn,
                recordedAt,
                programmeId,
                awardId,
                claimId,
                employerId,
                id,
                reference,
                milestone);
    }

    /** The milestone a disbursement pays. */
    public LedgerEntry milestone(String paidMilestone) {
        return new LedgerEntry(
                entryId,
                type,
                amount,
                occurredOn,
                recordedAt,
                programmeId,
                awardId,
                claimId,
                employerId,
                cohortId,
                reference,
                paidMilestone);
    }
}
