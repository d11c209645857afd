package org.skillalliance.contracts.funding;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code GrantAwarded}: a funder awarded a grant on an application, committing part of the programme's
 * budget. An award for a cohort (an association's group application) covers the whole cohort; an award to an employer
 * covers its seats in courses with the programme's required priority tags starting inside the award period.
 *
 * @param awardId         the award
 * @param programmeId     the programme whose budget it commits
 * @param applicationId   the application it answers
 * @param beneficiaryId   the organisation receiving it
 * @param beneficiaryKind employer or association
 * @param cohortId        the cohort it covers, {@code null} for an employer award not tied to one cohort
 * @param amountMinor     the committed amount in minor units
 * @param currency        ISO 4217 currency
 * @param periodStart     first day of the award period
 * @param periodEnd       last day of the award period
 */
public record GrantAwarded(
        UUID awardId,
        UUID programmeId,
        UUID applicationId,
        UUID beneficiaryId,
        BeneficiaryKind beneficiaryKind,
        UUID cohortId,
        long amountMinor,
        String currency,
        LocalDate periodStart,
        LocalDate periodEnd) {}
