package org.skillalliance.curriculum.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a provider reports for a seat; {@code completedOn} null means the cohort's end date (or today if earlier).
 *
 * @param comment the learner's reaction comment as given (trimmed and checked by {@link Enrolment#recordOutcome}),
 *                null for none
 */
@ValueObject
public record OutcomeInput(
        EnrolmentStatus result,
        BigDecimal attendedHours,
        Integer preScore,
        Integer postScore,
        Integer satisfaction,
        boolean credentialAwarded,
        LocalDate completedOn,
        String comment) {

    /** The same input with the attended hours that attendance gives. */
    OutcomeInput withAttendedHours(BigDecimal hours) {
        return new OutcomeInput(
                result, hours, preScore, postScore, satisfaction, credentialAwarded, completedOn, comment);
    }

    /**
     * The record's own form, the comment named only where there is one: the history import fingerprints a past
     * cohort by this text, and a cohort imported before comments existed must still match its fingerprint when sent
     * again without them.
     */
    @Override
    public String toString() {
        return "OutcomeInput[result=" + result + ", attendedHours=" + attendedHours + ", preScore=" + preScore
                + ", postScore=" + postScore + ", satisfaction=" + satisfaction + ", credentialAwarded="
                + credentialAwarded + ", completedOn=" + completedOn
                + (comment == null ? "" : ", comment=" + comment) + "]";
    }
}
