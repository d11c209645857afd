package org.skillalliance.funding.award;

import java.util.UUID;

/** Which awards a list asks for; null means any. */
public record AwardFilter(UUID programmeId, UUID beneficiaryId, UUID cohortId) {
}
