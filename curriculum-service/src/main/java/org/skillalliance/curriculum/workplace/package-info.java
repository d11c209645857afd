/**
 * Learning at work (issue 20): on-the-job training plans and mentoring relations of an employer's staff member, with
 * the sessions HR or the mentor logs and the sign-off of the level reached; in-house workshops the employer runs for its
 * own staff, with each participant's outcome. A sign-off (of a plan, or a participant's COMPLETED outcome) is final and,
 * in its own transaction, gives the staff member a skill record of source {@code ON_THE_JOB} at the level reached
 * (which gaps and objectives read as they read a course's) and appends one {@code WorkplaceLearningSignedOff} to the
 * outbox ({@link SignOffEffects}). Who may do what: docs/curriculum.md, "Learning at work".
 */
package org.skillalliance.curriculum.workplace;
