/**
 * Awards: a funder's decision on an application under review, committing part of the programme's budget. The
 * programme row is locked while the available budget (budget minus the ledger's committed sum) is checked, so the sum
 * of awards never exceeds the budget under any concurrency; the award itself ({@code Award.grant}) refuses an amount
 * above that available budget or above what was requested. An award to an association for a cohort covers the whole
 * cohort; an award to an employer covers its seats in one cohort, or, without a cohort, in courses with the
 * programme's required priority tags starting inside the award period. Of the awards covering a seat, the oldest whose
 * programme reimburses it (open; alliance, course tags, currency and the employer's eligibility admitted) pays it, and
 * when none does the coverage says why. Balances are sums over the ledger.
 */
package org.skillalliance.funding.award;
