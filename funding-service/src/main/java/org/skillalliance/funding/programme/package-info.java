/**
 * Grant programmes of a funder: currency, budget, period, eligibility (alliances, size bands, NACE sector prefixes,
 * regions, required course priority tags), reimbursement terms per size band (cost rate, wage subsidy per attended
 * hour, minimum employer share), caps per participant and per employer over the period, and optional scheme rules
 * ({@link org.skillalliance.funding.programme.SchemeRules}: training plans, hours, attendance, claim window,
 * milestones, reports, and on-the-job hours paid per signed-off hour, {@link
 * org.skillalliance.funding.programme.OnTheJobRule}). Lifecycle
 * draft -> open -> closed; opening and closing are announced on {@code funding.events.v1}. The committed and disbursed
 * budget are sums over the ledger.
 */
package org.skillalliance.funding.programme;
