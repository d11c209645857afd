package org.skillalliance.member.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The last day of employment. */
public record LeaveRequest(@NotNull @PastOrPresent LocalDate employmentEnd) {}
