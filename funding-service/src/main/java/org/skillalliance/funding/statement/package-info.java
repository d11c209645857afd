/**
 * Member statements: per employer and period, the cost shares charged (ledger {@code SHARE_CHARGED}, dated at the
 * cohort start), the grant offsets (ledger {@code DISBURSEMENT_PAID}, dated on payment) and the net payable, per
 * currency, with the ledger entries behind them. Claims approved but not yet paid are shown apart as pending; they do
 * not reduce the net payable until paid.
 */
package org.skillalliance.funding.statement;
