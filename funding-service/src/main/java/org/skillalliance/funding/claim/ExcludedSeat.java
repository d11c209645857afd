package org.skillalliance.funding.claim;

import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A completed seat of the claim's employer in the cohort that the claim does not count under the programme's scheme
 * rules, and why (see {@link SeatRules}). Kept with the claim so that the employer and the funder see it; it is not
 * "claimed": a corrected outcome or plan may still bring it into a claim.
 */
@ValueObject
public record ExcludedSeat(UUID enrolmentId, UUID staffId, String reason) {}
