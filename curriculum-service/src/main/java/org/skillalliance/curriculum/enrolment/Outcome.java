package org.skillalliance.curriculum.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The recorded outcome of a seat.
 *
 * @param completedOn day of completion, only with {@link EnrolmentStatus#COMPLETED}
 * @param recordedAt  when it was (last) recorded; the credential is valid from then
 * @param comment     the learner's reaction comment (trimmed, at most {@value Enrolment#COMMENT_MAX_LENGTH}
 *                    characters), null for none; shown only as its cohort's anonymous feedback, never in an event or
 *                    an enrolment's answer
 */
@ValueObject
public record Outcome(
        EnrolmentStatus result,
        BigDecimal attendedHours,
        Integer preScore,
        Integer postScore,
        Integer satisfaction,
        boolean credentialAwarded,
        LocalDate completedOn,
        Instant recordedAt,
        String comment) {}
