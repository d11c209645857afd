/**
 * Cost sharing per cohort. The coordinator chooses the rule (equal, per confirmed seat = the default, per employer
 * headcount, or a base fee per employer plus the rest per seat, optionally with a maximum share per employer); shares
 * are provisional while the cohort is open and fixed over its confirmed seats when it starts running, which is
 * charged to the employers in the ledger and announced as {@code CostSharesFixed}.
 *
 * <p>{@link org.skillalliance.funding.allocation.Allocation} is the largest-remainder split every rule uses: integer
 * minor units summing exactly to the total, ties broken by a stable key, caps redistributed.
 */
package org.skillalliance.funding.allocation;
