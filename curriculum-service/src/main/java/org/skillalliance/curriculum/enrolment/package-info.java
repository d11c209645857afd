/**
 * Enrolments of staff in cohorts, the waitlist, bulk enrolment from CSV, and outcomes.
 *
 * <p>A request is confirmed while the cohort has a free seat and the employer is under its seat quota, otherwise it
 * waits with a FIFO ticket (its position is its rank among the current waiters). A withdrawal of a confirmed seat
 * promotes the earliest waiters whose employers are under quota (and who may still be enrolled) until the seats are
 * full again. A repeated request for the same staff member and cohort returns the live enrolment. Every seat decision
 * of a cohort runs with the cohort row locked ({@code select ... for update}), so capacity and quotas hold with any
 * number of concurrent requests and service instances. The decision reads the cohort's seat counters (seats confirmed
 * and held, requests waiting, confirmed seats per employer), which every write of an enrolment's status moves in the
 * same transaction ({@code JdbcEnrolments}), so it costs the same whatever the cohort's fullness. Outcomes are recorded once the cohort runs. All enrolment
 * events are keyed by the cohort, so one cohort's seat changes keep their order.
 */
package org.skillalliance.curriculum.enrolment;
