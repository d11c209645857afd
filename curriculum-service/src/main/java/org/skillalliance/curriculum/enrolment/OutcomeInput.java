package org.skillalliance.curriculum.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a provider reports for a seat; {@code completedOn} null means the cohort's end date (or today if earlier).
 *
 * @param comment the learner's reaction comment as given (trimmed and checked by {@link Enrolment#recordOutcome}):
 *                null keeps the comment the seat's outcome has (none for a first outcome), blank clears it, any other
 *                text replaces it
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

    /** The comment as it is kept: trimmed, null when absent or blank (the length is checked by the outcome). */
    public String normalisedComment() {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
