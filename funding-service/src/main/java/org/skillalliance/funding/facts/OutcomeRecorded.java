package org.skillalliance.funding.facts;

import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** The outcome of an enrolment was recorded or corrected. Published inside the transaction that recorded it. */
@ValueObject
public record OutcomeRecorded(UUID enrolmentId, UUID cohortId, UUID employerId) {}
