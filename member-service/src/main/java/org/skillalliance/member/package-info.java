/**
 * Member service: alliances, member organisations, memberships and staff; the only holder of personal data.
 *
 * <p>Owns its PostgreSQL database (schema by Flyway, SQL through JDBC) and talks to the other services only through
 * Kafka events (DESIGN section 2).
 */
package org.skillalliance.member;
