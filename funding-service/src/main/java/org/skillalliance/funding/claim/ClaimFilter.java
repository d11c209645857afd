package org.skillalliance.funding.claim;

import java.util.UUID;

/** Which claims a list asks for; null means any. */
public record ClaimFilter(
        UUID programmeId, UUID awardId, UUID employerId, UUID cohortId, ClaimStatus status, UUID viewer) {

    public ClaimFilter(UUID programmeId, UUID awardId, UUID employerId, UUID cohortId, ClaimStatus status) {
        this(programmeId, awardId, employerId, cohortId, status, null);
    }

    /** Narrowed to the claims of the organisation as the employer, or as the programme's funder. */
    public ClaimFilter visibleTo(UUID organisation) {
        return new ClaimFilter(programmeId, awardId, employerId, cohortId, status, organisation);
    }
}
