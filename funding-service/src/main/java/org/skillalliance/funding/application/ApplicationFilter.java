package org.skillalliance.funding.application;

import java.util.UUID;

/** Which applications a list asks for; null means any. */
public record ApplicationFilter(
        UUID programmeId, UUID applicantId, UUID cohortId, ApplicationStatus status, UUID viewer) {

    public ApplicationFilter(UUID programmeId, UUID applicantId, UUID cohortId, ApplicationStatus status) {
        this(programmeId, applicantId, cohortId, status, null);
    }

    /** Narrowed to the applications the organisation made or received (as the programme's funder). */
    public ApplicationFilter visibleTo(UUID organisation) {
        return new ApplicationFilter(programmeId, applicantId, cohortId, status, organisation);
    }
}
