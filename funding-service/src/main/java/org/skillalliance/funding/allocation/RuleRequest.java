package org.skillalliance.funding.allocation;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.skillalliance.web.MinorUnits;

/**
 * The coordinator's choice of how a cohort's cost is shared.
 *
 * @param coordinatorId the coordinating organisation choosing (must be the cohort's organiser)
 * @param rule          EQUAL, PER_SEAT (default), PER_HEADCOUNT or BASE_PLUS_PER_SEAT
 * @param baseFeeMinor  the base fee per employer in minor units, required with BASE_PLUS_PER_SEAT only
 * @param maxShareMinor optional maximum share of one employer in minor units
 */
public record RuleRequest(
        @NotNull UUID coordinatorId,
        @NotNull CostSharingRule rule,
        @MinorUnits Long baseFeeMinor,
        @MinorUnits Long maxShareMinor) {}
