package org.skillalliance.funding.allocation;

import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** An employer holding seats in a cohort; {@code headcount} is null when member-service has not told us yet. */
@ValueObject
public record Participant(UUID employerId, int seats, Integer headcount) {}
