package org.skillalliance.contracts.curriculum;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code FollowUpRecorded}: the employer rated, for a completed seat, how far its staff member applies the
 * skill on the job (Kirkpatrick level 3), between 60 and 180 days after the cohort ended. A later event for the same
 * enrolment corrects an earlier one (the latest wins).
 *
 * @param enrolmentId the completed enrolment
 * @param cohortId    its cohort
 * @param employerId  the staff member's employer, who recorded the rating
 * @param rating      "applies the skill on the job", 1 (not at all) to 5 (fully)
 * @param recordedOn  day the rating was recorded
 */
public record FollowUpRecorded(UUID enrolmentId, UUID cohortId, UUID employerId, int rating, LocalDate recordedOn) {}
