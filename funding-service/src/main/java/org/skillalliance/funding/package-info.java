/**
 * Funding service: cost sharing, grant programmes, applications, awards, claims, disbursements and the ledger.
 *
 * <p>Owns its PostgreSQL database (schema by Flyway, SQL through JDBC) and talks to the other services only through
 * Kafka events (DESIGN section 2).
 */
package org.skillalliance.funding;
