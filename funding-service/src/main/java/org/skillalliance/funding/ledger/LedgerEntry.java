package org.skillalliance.funding.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.money.Money;

/**
 * One money movement. {@code occurredOn} is the business date (cohort start, award day, approval day, payment day);
 * statements select by it.
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
        String reference) {

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
                UUID.randomUUID(), type, amount, occurredOn, now, null, null, null, null, null, reference);
    }

    public LedgerEntry programme(UUID id) {
        return new LedgerEntry(
                entryId, type, amount, occurredOn, recordedAt, id, awardId, claimId, employerId, cohortId, reference);
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
                reference);
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
                reference);
    }

    public LedgerEntry employer(UUID id) {
        return new LedgerEntry(
                entryId, type, amount, occurredOn, recordedAt, programmeId, awardId, claimId, id, cohortId, reference);
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
                reference);
    }
}
