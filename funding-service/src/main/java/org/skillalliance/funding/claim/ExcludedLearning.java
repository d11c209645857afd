package org.skillalliance.funding.claim;

import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A staff member's signed-off learning at work that a workplace learning claim does not pay, and why (see
 * {@link WorkplaceHours}): the participant's hours cap is used up, or the programme requires a completed seat in a
 * cohort it covers and there is none. Kept with the claim so that the employer and the funder see it; not "claimed":
 * a later completed seat may still bring it into a claim.
 */
@ValueObject
public record ExcludedLearning(UUID learningId, UUID staffId, String reason) {}
