package org.skillalliance.contracts.member;

import java.util.UUID;

/**
 * Payload of {@code StaffConsentChanged}: a staff member gave or withdrew consent to outcome reporting, or their equity
 * fields changed. On withdrawal {@code gender} and {@code ageBand} are {@code null} and consumers must drop the values
 * they hold.
 *
 * @param staffId            the staff member
 * @param employerId         the employing organisation
 * @param consentToReporting the consent after the change
 * @param gender             gender, only with consent, otherwise {@code null}
 * @param ageBand            age band, only with consent, otherwise {@code null}
 */
public record StaffConsentChanged(
        UUID staffId, UUID employerId, boolean consentToReporting, Gender gender, AgeBand ageBand) {}
