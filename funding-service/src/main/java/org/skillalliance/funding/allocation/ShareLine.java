package org.skillalliance.funding.allocation;

import java.util.UUID;

/** One employer's share of a cohort's cost: its confirmed seats, its headcount when known, and the amount. */
public record ShareLine(UUID employerId, int seats, Integer headcount, long amountMinor) {}
