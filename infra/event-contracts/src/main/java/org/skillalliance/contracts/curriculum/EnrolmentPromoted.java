package org.skillalliance.contracts.curriculum;

import java.util.UUID;

/**
 * Payload of {@code EnrolmentPromoted}: a waitlisted request got a freed seat. Status {@link EnrolmentStatus#CONFIRMED}, previousStatus {@link EnrolmentStatus#WAITLISTED}.
 *
 * @param enrolmentId      the enrolment
 * @param cohortId         its cohort
 * @param courseId         the cohort's course
 * @param staffId          the enrolled staff member (pseudonymous id)
 * @param employerId       the staff member's employer, who holds the seat
 * @param status           the status after the change
 * @param previousStatus   the status before the change, {@code null} for a new enrolment
 * @param waitlistPosition 1-based position on the waitlist while waitlisted, otherwise {@code null}
 */
public record EnrolmentPromoted(
        UUID enrolmentId,
        UUID cohortId,
        UUID courseId,
        UUID staffId,
        UUID employerId,
        EnrolmentStatus status,
        EnrolmentStatus previousStatus,
        Integer waitlistPosition) {}
