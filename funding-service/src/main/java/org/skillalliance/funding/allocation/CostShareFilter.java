package org.skillalliance.funding.allocation;

import java.util.UUID;

/** Which cohorts' cost shares a list asks for; null means any. */
public record CostShareFilter(UUID allianceId, UUID employerId, CohortCostSharing.Status status, UUID viewer) {

    public CostShareFilter(UUID allianceId, UUID employerId, CohortCostSharing.Status status) {
        this(allianceId, employerId, status, null);
    }

    /** Narrowed to the cohorts the organisation organises or holds confirmed seats in. */
    public CostShareFilter visibleTo(UUID organisation) {
        return new CostShareFilter(allianceId, employerId, status, organisation);
    }
}
