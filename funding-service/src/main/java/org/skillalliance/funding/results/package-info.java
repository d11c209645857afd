/**
 * Business results (issue 19, Kirkpatrick level 4): the business measures and the hourly wage cost an employer reports
 * for a cohort its staff attended (a seat with the outcome COMPLETED or NOT_COMPLETED), through its
 * {@code member-admin}; the caller's organisation is the employer. A measure's benefit per year is improvement (after
 * - before, or before - after where lower is better, never below 0) x unit value x attribution x confidence, kept as
 * an exact fraction ({@link org.skillalliance.funding.results.BusinessMeasure#benefitPerYear}). Money is in the
 * cohort's cost currency. Results may be changed while the report period of every programme covering the employer's
 * seats in the cohort (through its awards, {@code AwardManagement.coveringProgrammes}) is open, that is until the first
 * closes, 365 days after the programme's period ends ({@link org.skillalliance.funding.results.ReportPeriod}). A
 * measure's benefit per year is at most 10^13 minor units, and an employer reports at most 50 measures for a cohort.
 * Each change locks the results row,
 * raises the revision by one, appends a line to the append-only change log (who: the token's {@code sub}, when, what,
 * before and after as JSON) and {@code CohortResultsReported} (the whole state) to the outbox, in one transaction
 * (docs/funding.md "Business results (Kirkpatrick level 4)").
 */
package org.skillalliance.funding.results;
