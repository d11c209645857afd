/**
 * The append-only ledger of every money movement: cost shares charged to employers when a cohort starts, budget
 * committed by awards, claims approved against awards, disbursements paid (one per milestone payment, with its milestone). Rows are never updated or deleted (a
 * database trigger refuses it); programme budgets, award balances and member statements are sums over it.
 */
package org.skillalliance.funding.ledger;
