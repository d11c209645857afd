package org.skillalliance.member.staff;

import java.util.UUID;

/** Which staff a list asks for; null means any. */
public record StaffFilter(UUID employerId, StaffStatus status) {
}
