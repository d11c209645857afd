package org.skillalliance.contracts.member;

import java.util.UUID;

/**
 * Payload of {@code StaffErased}: member-service wiped a staff member's personal data. Consumers keep only pseudonymous
 * facts keyed by the staff id and drop any equity fields they hold for it.
 *
 * @param staffId    the erased staff member
 * @param employerId their (last) employer
 */
public record StaffErased(UUID staffId, UUID employerId) {}
