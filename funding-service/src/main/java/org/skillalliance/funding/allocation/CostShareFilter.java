package org.skillalliance.funding.allocation;

import java.util.UUID;

/** Which cohorts' cost shares a list asks for; null means any. */
public record CostShareFilter(UUID allianceId, UUID employerId, CohortCostSharing.Status status) {
}
