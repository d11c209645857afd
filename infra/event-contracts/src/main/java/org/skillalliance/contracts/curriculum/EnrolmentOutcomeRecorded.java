package org.skillalliance.contracts.curriculum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code EnrolmentOutcomeRecorded}: the provider recorded the outcome of a seat. A later event for the same
 * enrolment corrects an earlier one (the latest wins).
 *
 * @param enrolmentId       the enrolment
 * @param cohortId          its cohort
 * @param courseId          the cohort's course
 * @param staffId           the staff member (pseudonymous id)
 * @param employerId        the staff member's employer
 * @param outcome           completed, not completed or no-show
 * @param attendedHours     hours attended, an exact decimal such as {@code 6.5}
 * @param preScore          pre-assessment score 0 to 100, {@code null} if not assessed
 * @param postScore         post-assessment score 0 to 100, {@code null} if not assessed
 * @param satisfaction      the learner's satisfaction 1 to 5, {@code null} if not given
 * @param credentialAwarded whether the course's credential was awarded (only ever with {@code COMPLETED})
 * @param completedOn       day of completion; required with {@code COMPLETED}, otherwise {@code null}
 */
public record EnrolmentOutcomeRecorded(
        UUID enrolmentId,
        UUID cohortId,
        UUID courseId,
        UUID staffId,
        UUID employerId,
        EnrolmentOutcome outcome,
        BigDecimal attendedHours,
        Integer preScore,
        Integer postScore,
        Integer satisfaction,
        boolean credentialAwarded,
        LocalDate completedOn) {}
