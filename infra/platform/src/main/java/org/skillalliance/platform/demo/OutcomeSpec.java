package org.skillalliance.platform.demo;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The outcome of an enrolment as its provider records it ({@code POST /api/enrolments/{id}/outcome}).
 *
 * @param outcome COMPLETED, NOT_COMPLETED or NO_SHOW
 * @param preScore, postScore assessments from 0 to 100, or null
 * @param satisfaction from 1 to 5, or null
 */
public record OutcomeSpec(
        UUID providerId,
        String outcome,
        BigDecimal attendedHours,
        Integer preScore,
        Integer postScore,
        Integer satisfaction,
        Boolean credentialAwarded) {

    public static OutcomeSpec completed(
            UUID providerId, String hours, Integer pre, Integer post, Integer satisfaction, boolean credential) {
        return new OutcomeSpec(providerId, "COMPLETED", new BigDecimal(hours), pre, post, satisfaction, credential);
    }

    public static OutcomeSpec notCompleted(
            UUID providerId, String hours, Integer pre, Integer post, Integer satisfaction) {
        return new OutcomeSpec(providerId, "NOT_COMPLETED", new BigDecimal(hours), pre, post, satisfaction, false);
    }

    public static OutcomeSpec noShow(UUID providerId) {
        return new OutcomeSpec(providerId, "NO_SHOW", BigDecimal.ZERO, null, null, null, false);
    }
}
