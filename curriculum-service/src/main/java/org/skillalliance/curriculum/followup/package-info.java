/**
 * Follow-ups (Kirkpatrick level 3, DESIGN section 3 "Evaluation beyond completion"): for every COMPLETED seat, the
 * employer's member-admin (HR) rates 1 to 5 how far the staff member applies the skill on the job, inside the window
 * of 60 to 180 days after the cohort's end date (both inclusive, {@code FollowUpWindow}). A follow-up is UPCOMING before its window, DUE inside it, OVERDUE after it and DONE once rated;
 * recording again inside the window corrects the rating. Each recording appends {@code FollowUpRecorded} (keyed by the
 * cohort) to the outbox in the same transaction; reporting computes the transfer rate from those events.
 *
 * <p>An employer sees and rates only its own staff's seats: another employer's enrolment answers 404. An alliance-admin
 * lists every employer's seats one cohort at a time ({@code cohortId} required), as the list is not paged.
 */
package org.skillalliance.curriculum.followup;
