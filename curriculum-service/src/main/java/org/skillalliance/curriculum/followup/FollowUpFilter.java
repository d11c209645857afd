package org.skillalliance.curriculum.followup;

import java.util.UUID;

/** Which follow-ups a list asks for; null means any. */
public record FollowUpFilter(FollowUpStatus status, UUID cohortId) {}
