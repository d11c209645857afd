package org.skillalliance.funding.facts;

import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A staff member's learning at work was signed off (first arrival of {@code WorkplaceLearningSignedOff}). Published
 * inside the transaction that recorded it.
 */
@ValueObject
public record LearningSignedOff(UUID learningId, UUID staffId, UUID employerId) {}
