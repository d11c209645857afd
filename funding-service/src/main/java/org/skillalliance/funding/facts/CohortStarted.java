package org.skillalliance.funding.facts;

import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** A cohort started running: its confirmed seats are final. Published inside the transaction that recorded it. */
@ValueObject
public record CohortStarted(UUID cohortId) {}
