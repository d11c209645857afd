package org.skillalliance.funding.application;

import java.util.UUID;

/** Which applications a list asks for; null means any. */
public record ApplicationFilter(UUID programmeId, UUID applicantId, UUID cohortId, ApplicationStatus status) {
}
