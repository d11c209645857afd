package org.skillalliance.funding.facts;

import java.util.UUID;

/** A cohort started running: its confirmed seats are final. Published inside the transaction that recorded it. */
public record CohortStarted(UUID cohortId) {}
