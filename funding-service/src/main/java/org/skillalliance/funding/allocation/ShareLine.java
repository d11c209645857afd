package org.skillalliance.funding.allocation;

import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** One employer's share of a cohort's cost: its confirmed seats, its headcount when known, and the amount. */
@ValueObject
public record ShareLine(UUID employerId, int seats, Integer headcount, long amountMinor) {}
