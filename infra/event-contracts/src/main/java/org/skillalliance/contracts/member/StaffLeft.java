package org.skillalliance.contracts.member;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code StaffLeft}: a staff member left their employer (used for retention figures).
 *
 * @param staffId       the staff member
 * @param employerId    the employer they left
 * @param employmentEnd last day of employment
 */
public record StaffLeft(UUID staffId, UUID employerId, LocalDate employmentEnd) {}
