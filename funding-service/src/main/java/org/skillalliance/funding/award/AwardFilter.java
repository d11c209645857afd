package org.skillalliance.funding.award;

import java.util.UUID;

/** Which awards a list asks for; null means any. */
public record AwardFilter(UUID programmeId, UUID beneficiaryId, UUID cohortId, UUID viewer) {

    public AwardFilter(UUID programmeId, UUID beneficiaryId, UUID cohortId) {
        this(programmeId, beneficiaryId, cohortId, null);
    }

    /** Narrowed to the awards the organisation received or made (as the programme's funder). */
    public AwardFilter visibleTo(UUID organisation) {
        return new AwardFilter(programmeId, beneficiaryId, cohortId, organisation);
    }
}
