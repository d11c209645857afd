package org.skillalliance.contracts.member;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code StaffRegistered}: an employer registered a staff member. Only pseudonymous facts: the staff member's
 * name and e-mail stay in member-service. {@code gender} and {@code ageBand} are {@code null} unless
 * {@code consentToReporting} is true.
 *
 * @param staffId            the staff member (pseudonymous id)
 * @param employerId         the employing organisation
 * @param jobRoleIsco        ISCO-08 occupation code (1 to 4 digits), {@code null} if not given
 * @param employmentStart    first day of employment
 * @param consentToReporting whether the staff member consented to equity fields being used in outcome reporting
 * @param gender             gender, only with consent, otherwise {@code null}
 * @param ageBand            age band, only with consent, otherwise {@code null}
 */
public record StaffRegistered(
        UUID staffId,
        UUID employerId,
        String jobRoleIsco,
        LocalDate employmentStart,
        boolean consentToReporting,
        Gender gender,
        AgeBand ageBand) {}
