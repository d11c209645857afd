package org.skillalliance.member.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** The last day of employment. */
public record LeaveRequest(@NotNull @PastOrPresent LocalDate employmentEnd) {
}
