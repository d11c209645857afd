/**
 * Sessions of a cohort and attendance per session. A session is one dated block of teaching (a day, a start and an end
 * time, a place or an https link, an optional title) inside the cohort's dates; sessions of one cohort never overlap.
 * The cohort's coordinator and its provider keep the sessions; the provider records, per session, which seats were
 * present. Where a cohort has sessions, the attended hours of an outcome are the summed durations of the sessions the
 * seat attended ({@link org.skillalliance.curriculum.session.SessionManagement#attendedHours}).
 *
 * <p>Dependencies point one way: the enrolment feature uses this one (hours for outcomes) and implements its
 * {@link org.skillalliance.curriculum.session.CohortSeats} port (which enrolments hold a seat), as it does for cohorts.
 */
package org.skillalliance.curriculum.session;
