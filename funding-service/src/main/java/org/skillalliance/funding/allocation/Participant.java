package org.skillalliance.funding.allocation;

import java.util.UUID;

/** An employer holding seats in a cohort; {@code headcount} is null when member-service has not told us yet. */
public record Participant(UUID employerId, int seats, Integer headcount) {}
