/**
 * Grant programmes of a funder: currency, budget, period, eligibility (alliances, size bands, NACE sector prefixes,
 * regions, required course priority tags), reimbursement terms per size band (cost rate, wage subsidy per attended
 * hour, minimum employer share) and caps per participant and per employer over the period. Lifecycle
 * draft -> open -> closed; opening and closing are announced on {@code funding.events.v1}. The committed and disbursed
 * budget are sums over the ledger.
 */
package org.skillalliance.funding.programme;
