/**
 * Payloads of the events funding-service publishes on {@code funding.events.v1}: how a cohort's cost is shared among its
 * employers, grant programmes, awards, approved claims and paid disbursements. Money is always an integer amount of
 * minor units ({@code long}, for example cents) with its ISO 4217 currency; every split sums exactly to its total.
 */
package org.skillalliance.contracts.funding;
