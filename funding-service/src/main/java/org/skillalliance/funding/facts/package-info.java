/**
 * Local read models of what other services own, fed by {@code member.events.v1} and {@code curriculum.events.v1}
 * through the {@link org.skillalliance.messaging.inbox.EventInbox} (consumer group {@code funding-service}, each event
 * applied once): organisations (headcount, size band, NACE sector normalised with its section letter, region),
 * memberships, courses (hours, priority tags), cohorts (status, cost), enrolments and their outcomes, and signed-off
 * learning at work ({@code WorkplaceLearningSignedOff}, final, kept once per learning and staff member).
 *
 * <p>Events carrying complete state overwrite the copy. Three moments matter to other features and are announced as
 * Spring application events inside the consuming transaction: {@link org.skillalliance.funding.facts.CohortStarted}
 * (a cohort went RUNNING: its seats are final), {@link org.skillalliance.funding.facts.OutcomeRecorded} and
 * {@link org.skillalliance.funding.facts.LearningSignedOff}.
 */
package org.skillalliance.funding.facts;
