/**
 * Projections: every event of the member, curriculum and funding topics applied, once, to tables shaped for reading.
 * Each table row is the latest known state of one thing (an organisation, a staff member, an enrolment, an award),
 * written field by field, so that the reports come out the same whatever the interleaving of the topics; reports join
 * the rows when asked, except {@code rp_seat}: the impact report's seats with their cohort, course, employer and staff
 * facts copied in, re-derived by {@link org.skillalliance.reporting.projection.SeatFacts} from the other tables in the
 * transaction that applied the events (once per transaction, before it commits), because joining a million
 * enrolments per report is too slow (docs/performance.md).
 * {@link org.skillalliance.reporting.projection.ProjectionRebuild} drops everything and replays the topics from offset 0.
 * An erased staff member's workplace learning carries a keyed pseudonym instead of the staff id
 * ({@link org.skillalliance.reporting.projection.ErasedLearners}: its key is kept across rebuilds), and the erasure and
 * a sign-off of the same person are serialised on a lock of the staff id, whichever consumer applies them.
 */
package org.skillalliance.reporting.projection;
