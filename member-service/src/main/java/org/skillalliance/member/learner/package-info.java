/**
 * Learner self-service (issue 18): a learner, whose login is linked to a staff record ({@code staff_id} in the
 * token), gives or withdraws consent to outcome reporting themself, reads their consent history, and downloads
 * everything held about them as JSON: the staff record, consent history, notifications and preferences from here,
 * and their enrolments, credentials and skill records from curriculum-service's public API, asked with the learner's
 * own token. Every endpoint is under {@code /api/me} and takes no person's id: the token says whose data it is, so
 * nobody can name another person's. docs/member-service.md, "Learner self-service", says what and why.
 */
package org.skillalliance.member.learner;
