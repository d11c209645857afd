/**
 * A cohort's reaction feedback (Kirkpatrick level 1, DESIGN section 3): how many seats rated their satisfaction, the
 * mean, and the learners' comments, for the cohort's provider, the coordinator of its alliance and admins.
 *
 * <p>The comments are free text and can carry personal data, so they never leave curriculum-service (no event carries
 * them, no enrolment answer shows them) and are shown only here: without names or ids, sorted alphabetically (no order
 * that could give a seat away), and only for a cohort that is COMPLETED with every seat's outcome recorded (released
 * all at once, so no comment appears right after its seat's outcome) and has at least k respondents
 * ({@code skillalliance.curriculum.feedback-minimum-respondents}, default 5). Otherwise the answer says
 * {@code suppressed}, why ({@link org.skillalliance.curriculum.feedback.FeedbackSuppression}) and shows none, while the
 * mean is still shown, as the reports show mean satisfaction.
 */
package org.skillalliance.curriculum.feedback;
