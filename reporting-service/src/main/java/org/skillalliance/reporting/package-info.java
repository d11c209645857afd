/**
 * Reporting service: projections of every event, read as impact reports, alliance overviews and employer benchmarks.
 *
 * <p>Owns its PostgreSQL database (schema by Flyway, SQL through JDBC) and talks to the other services only through
 * Kafka events (DESIGN section 2).
 */
package org.skillalliance.reporting;
