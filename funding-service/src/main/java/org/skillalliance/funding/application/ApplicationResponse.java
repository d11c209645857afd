package org.skillalliance.funding.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An application as the API shows it. */
public record ApplicationResponse(
        UUID id,
        UUID programmeId,
        UUID applicantId,
        BeneficiaryKind applicantKind,
        UUID cohortId,
        long requestedMinor,
        String currency,
        LocalDate periodStart,
        LocalDate periodEnd,
        ApplicationStatus status,
        String decisionNote,
        Instant submittedAt,
        Instant updatedAt) {

    static ApplicationResponse of(GrantApplication a) {
        return new ApplicationResponse(
                a.id(),
                a.programmeId(),
                a.applicantId(),
                a.applicantKind(),
                a.cohortId(),
                a.requested().amountMinor(),
                a.requested().currency(),
                a.periodStart(),
                a.periodEnd(),
                a.status(),
                a.decisionNote(),
                a.submittedAt(),
                a.updatedAt());
    }
}
