package org.skillalliance.funding.programme;

import java.math.BigDecimal;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The share of a claim a programme pays at one milestone.
 *
 * @param milestone the milestone
 * @param share     a fraction above 0 and at most 1 (0.4 = 40%); a programme's shares sum to exactly 1
 */
@ValueObject
public record MilestoneShare(Milestone milestone, BigDecimal share) {

    public MilestoneShare {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(share, "share");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a milestone's share must be above 0 and at most 1, got " + share);
        }
    }
}
