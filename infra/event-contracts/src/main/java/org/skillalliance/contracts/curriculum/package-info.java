/**
 * Payloads of the events curriculum-service publishes on {@code curriculum.events.v1}: courses mapped to skills,
 * cohorts with their capacity and cost, enrolments (confirmed, waitlisted, promoted, withdrawn, cancelled) and their
 * recorded outcomes. Learners appear only as staff ids with their employer's id.
 *
 * <p>Hours are exact decimals ({@link java.math.BigDecimal}, a JSON number such as {@code 7.5}), never binary floating
 * point: courses and attendance are counted in fractions of hours, and reimbursement multiplies them by money.
 */
package org.skillalliance.contracts.curriculum;
