package org.skillalliance.funding.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.skillalliance.funding.application.BeneficiaryKind;

/** An award as the API shows it, with its balance from the ledger. Money in minor units of {@code currency}. */
public record AwardResponse(
        UUID id,
        UUID programmeId,
        UUID applicationId,
        UUID beneficiaryId,
        BeneficiaryKind beneficiaryKind,
        UUID cohortId,
        long amountMinor,
        String currency,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant awardedAt,
        BalanceView balance) {

    /** Committed, approved (claims), disbursed and remaining (committed minus approved). */
    public record BalanceView(long committedMinor, long approvedMinor, long disbursedMinor, long remainingMinor) {}

    static AwardResponse of(Award a, AwardManagement.Balance b) {
        return new AwardResponse(
                a.id(),
                a.programmeId(),
                a.applicationId(),
                a.beneficiaryId(),
                a.beneficiaryKind(),
                a.cohortId(),
                a.amount().amountMinor(),
                a.amount().currency(),
                a.periodStart(),
                a.periodEnd(),
                a.awardedAt(),
                new BalanceView(
                        b.committed().amountMinor(),
                        b.approved().amountMinor(),
                        b.disbursed().amountMinor(),
                        b.remaining().amountMinor()));
    }
}
