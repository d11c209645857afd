package org.skillalliance.curriculum.feedback;

import org.jmolecules.ddd.annotation.ValueObject;

/** Why a cohort's comments are not shown; when both hold, the first. */
@ValueObject
public enum FeedbackSuppression {
    /**
     * The cohort is not COMPLETED, or a seat still awaits its outcome: released while outcomes come in one by one,
     * each new comment could be tied to the seat just recorded.
     */
    COHORT_NOT_COMPLETED,
    /** Fewer respondents than k: too few for a comment to stay anonymous. */
    FEWER_THAN_K_RESPONDENTS
}
