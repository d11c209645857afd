package org.skillalliance.member.staff;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** A new staff member of an employer. The rules on the details are those of {@link StaffDetails}. */
public record StaffRequest(
        @NotNull UUID employerId,
        String firstName,
        String lastName,
        String email,
        String jobRoleIsco,
        LocalDate employmentStart,
        LocalDate employmentEnd,
        Boolean consentToReporting,
        Gender gender,
        AgeBand ageBand) {

    StaffDetails details() {
        return new StaffDetails(
                firstName,
                lastName,
                email,
                jobRoleIsco,
                employmentStart,
                employmentEnd,
                consentToReporting,
                gender,
                ageBand);
    }
}
