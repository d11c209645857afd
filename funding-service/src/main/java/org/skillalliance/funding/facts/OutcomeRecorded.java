package org.skillalliance.funding.facts;

import java.util.UUID;

/** The outcome of an enrolment was recorded or corrected. Published inside the transaction that recorded it. */
public record OutcomeRecorded(UUID enrolmentId, UUID cohortId, UUID employerId) {}
