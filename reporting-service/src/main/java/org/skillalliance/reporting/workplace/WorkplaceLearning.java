package org.skillalliance.reporting.workplace;

import java.math.BigDecimal;
import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The signed-off learning at work a report counts (docs/reporting.md, "Workplace learning").
 *
 * @param learners                   distinct staff members with a sign-off counted
 * @param signedOff                  sign-offs counted (one per learning and learner: a workshop's participants each)
 * @param hours                      their logged hours, exact, 2 decimals
 * @param byKind                     {@code ON_THE_JOB}, {@code MENTORING}, {@code WORKSHOP} in this order, every kind
 *                                   listed (an empty kind with zeros); a kind with 0 < learners < k suppressed, and
 *                                   further kinds with it until none can be recovered from the totals; empty when
 *                                   even suppressed cells would give the learners away
 * @param meanLevelReached           mean level reached over the sign-offs, 2 decimals, half up; null without a
 *                                   sign-off, or when suppressed
 * @param meanLevelReachedSuppressed true where 0 < learners < k: one or two people's assessed level is not shown
 */
@ValueObject
public record WorkplaceLearning(
        long learners,
        long signedOff,
        BigDecimal hours,
        List<Kind> byKind,
        BigDecimal meanLevelReached,
        boolean meanLevelReachedSuppressed) {

    /** One kind's figures, or none at all when suppressed. */
    public record Kind(String kind, boolean suppressed, Long learners, Long signedOff, BigDecimal hours) {

        static Kind suppressed(String kind) {
            return new Kind(kind, true, null, null, null);
        }
    }
}
