package org.skillalliance.funding.claim;

import java.util.UUID;

/** Which claims a list asks for; null means any. */
public record ClaimFilter(UUID programmeId, UUID awardId, UUID employerId, UUID cohortId, ClaimStatus status) {
}
