package org.skillalliance.member.staff;

import java.time.LocalDate;

/** The full set of a staff member's details, replacing the current ones. */
public record StaffUpdateRequest(
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
