package org.skillalliance.funding.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.funding.application.BeneficiaryKind;
import org.skillalliance.funding.application.GrantApplication;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.shared.RuleBroken;

/** A grant awarded on an application. Immutable: what it committed stays committed; its balance is in the ledger. */
@AggregateRoot
public record Award(
        UUID id,
        UUID programmeId,
        UUID applicationId,
        UUID beneficiaryId,
        BeneficiaryKind beneficiaryKind,
        UUID cohortId,
        Money amount,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant awardedAt) {

    /**
     * Whether this award covers the employer's seats in the cohort: a cohort award covers the whole cohort when it
     * went to an association, the beneficiary's seats when it went to an employer; an employer award without a
     * cohort covers the employer's seats in cohorts starting inside the award period (the programme checks the
     * course's priority tags).
     */
    public boolean covers(Facts.Cohort cohort, UUID employerId) {
        if (cohortId != null) {
            return cohortId.equals(cohort.id())
                    && (beneficiaryKind == BeneficiaryKind.ASSOCIATION || beneficiaryId.equals(employerId));
        }
        return beneficiaryKind == BeneficiaryKind.EMPLOYER
                && beneficiaryId.equals(employerId)
                && !cohort.startDate().isBefore(periodStart)
                && !cohort.startDate().isAfter(periodEnd);
    }

    /**
     * Whether this award covers the employer's learning at work signed off on {@code signedOffOn}: an employer award
     * naming no cohort, whose period holds the day of the sign-off. A cohort award is for that cohort's seats only.
     */
    public boolean coversLearning(UUID employerId, LocalDate signedOffOn) {
        return cohortId == null
                && beneficiaryKind == BeneficiaryKind.EMPLOYER
                && beneficiaryId.equals(employerId)
                && !signedOffOn.isBefore(periodStart)
                && !signedOffOn.isAfter(periodEnd);
    }

    /**
     * The grant of {@code amount} on the application under the programme, awarded {@code now}: at most what the
     * programme has {@code available} (its budget less what its awards committed) and what the application requested.
     *
     * @throws RuleBroken the amount exceeds the available budget or the amount requested
     */
    static AwardEvent.Awarded grant(
            UUID programmeId, GrantApplication application, Money amount, Money available, Instant now) {
        if (amount.exceeds(available)) {
            throw RuleBroken.rule(
                    "amountMinor",
                    "exceeds the programme's available budget of " + available.amountMinor() + " "
                            + available.currency());
        }
        if (amount.exceeds(application.requested())) {
            throw RuleBroken.rule(
                    "amountMinor",
                    "exceeds the requested amount of " + application.requested().amountMinor() + " "
                            + application.requested().currency());
        }
        return new AwardEvent.Awarded(new Award(
                UUID.randomUUID(),
                programmeId,
                application.id(),
                application.applicantId(),
                application.applicantKind(),
                application.cohortId(),
                amount,
                application.periodStart(),
                application.periodEnd(),
                now));
    }
}
