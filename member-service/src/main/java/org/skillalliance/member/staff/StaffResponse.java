package org.skillalliance.member.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A staff member as the API shows it; an erased one shows only its id, employer, status and time of erasure. */
public record StaffResponse(
        UUID id,
        UUID employerId,
        StaffStatus status,
        String firstName,
        String lastName,
        String email,
        String jobRoleIsco,
        LocalDate employmentStart,
        LocalDate employmentEnd,
        Boolean consentToReporting,
        Gender gender,
        AgeBand ageBand,
        Instant createdAt,
        Instant updatedAt,
        Instant erasedAt) {

    static StaffResponse of(StaffMember s) {
        StaffDetails d = s.details();
        if (d == null) {
            return new StaffResponse(
                    s.id(),
                    s.employerId(),
                    s.status(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    s.erasedAt());
        }
        return new StaffResponse(
                s.id(),
                s.employerId(),
                s.status(),
                d.firstName(),
                d.lastName(),
                d.email(),
                d.jobRoleIsco(),
                d.employmentStart(),
                d.employmentEnd(),
                d.consentToReporting(),
                d.gender(),
                d.ageBand(),
                s.createdAt(),
                s.updatedAt(),
                null);
    }
}
