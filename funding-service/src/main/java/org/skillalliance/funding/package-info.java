/**
 * Funding service: cost sharing, grant programmes, applications, awards, claims, disbursements, the ledger, and the
 * business results employers report for the cohorts their staff attended.
 *
 * <p>Owns its PostgreSQL database (schema by Flyway, SQL through JDBC) and talks to the other services only through
 * Kafka events (DESIGN section 2).
 */
package org.skillalliance.funding;
