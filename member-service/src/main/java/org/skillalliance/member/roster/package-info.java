/**
 * Rosters: the names of the people holding seats in a cohort, for the cohort's training provider (who teaches them,
 * takes attendance and records outcomes against people, not ids). curriculum-service owns cohorts and enrolments and
 * publishes them with staff ids only; this feature keeps a copy of who sits in which cohort and whose cohort it is
 * ({@code roster_cohort}, {@code roster_seat}), learned from {@code curriculum.events.v1} through the inbox in a
 * consumer group of its own, and joins the names from the staff register when a roster is asked for. Waitlisted,
 * withdrawn and cancelled enrolments are no seats and show no name; an erased person never shows a name.
 * docs/member-service.md ("Rosters") says who sees what.
 */
package org.skillalliance.member.roster;
