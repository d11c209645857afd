/**
 * Money and exact arithmetic shared by every feature: {@link org.skillalliance.funding.money.Money} (integer minor
 * units plus an ISO 4217 currency) and {@link org.skillalliance.funding.money.Fraction} (exact rationals used until a
 * single final rounding). Plain Java, no Spring.
 */
package org.skillalliance.funding.money;
