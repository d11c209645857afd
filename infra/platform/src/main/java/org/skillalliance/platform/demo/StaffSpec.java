package org.skillalliance.platform.demo;

import java.util.UUID;

/**
 * A staff member to register ({@code POST /api/staff}); gender (FEMALE, MALE, NON_BINARY, UNDISCLOSED) and age band
 * (UNDER_25, AGE_25_34, ...) only with consent to outcome reporting.
 *
 * @param employmentStart an ISO date
 */
public record StaffSpec(
        UUID employerId,
        String firstName,
        String lastName,
        String email,
        String jobRoleIsco,
        String employmentStart,
        Boolean consentToReporting,
        String gender,
        String ageBand) {

    /** Someone who did not consent to equity reporting. */
    public static StaffSpec of(
            UUID employerId, String firstName, String lastName, String email, String employmentStart) {
        return new StaffSpec(employerId, firstName, lastName, email, null, employmentStart, false, null, null);
    }

    /** Someone who consented, with gender and age band. */
    public static StaffSpec consenting(
            UUID employerId,
            String firstName,
            String lastName,
            String email,
            String employmentStart,
            String gender,
            String ageBand) {
        return new StaffSpec(employerId, firstName, lastName, email, null, employmentStart, true, gender, ageBand);
    }

    /** The same person with an ISCO-08 job role (1 to 4 digits), or none. */
    public StaffSpec withJobRole(String isco) {
        return new StaffSpec(
                employerId, firstName, lastName, email, isco, employmentStart, consentToReporting, gender, ageBand);
    }
}
