package org.skillalliance.funding.ledger;

import java.time.LocalDate;
import java.util.UUID;

/** Which ledger entries a query selects; null means any. Dates are inclusive and apply to {@code occurredOn}. */
public record LedgerFilter(
        EntryType type,
        UUID programmeId,
        UUID awardId,
        UUID claimId,
        UUID employerId,
        UUID cohortId,
        LocalDate from,
        LocalDate to,
        UUID funderId) {

    public LedgerFilter(
            EntryType type,
            UUID programmeId,
            UUID awardId,
            UUID claimId,
            UUID employerId,
            UUID cohortId,
            LocalDate from,
            LocalDate to) {
        this(type, programmeId, awardId, claimId, employerId, cohortId, from, to, null);
    }

    /** Narrowed to the entries of the funder's programmes. */
    public LedgerFilter ofFunder(UUID id) {
        return new LedgerFilter(type, programmeId, awardId, claimId, employerId, cohortId, from, to, id);
    }

    public static LedgerFilter ofType(EntryType type) {
        return new LedgerFilter(type, null, null, null, null, null, null, null);
    }

    public LedgerFilter programme(UUID id) {
        return new LedgerFilter(type, id, awardId, claimId, employerId, cohortId, from, to, funderId);
    }

    public LedgerFilter award(UUID id) {
        return new LedgerFilter(type, programmeId, id, claimId, employerId, cohortId, from, to, funderId);
    }

    public LedgerFilter employer(UUID id) {
        return new LedgerFilter(type, programmeId, awardId, claimId, id, cohortId, from, to, funderId);
    }

    public LedgerFilter between(LocalDate first, LocalDate last) {
        return new LedgerFilter(type, programmeId, awardId, claimId, employerId, cohortId, first, last, funderId);
    }
}
