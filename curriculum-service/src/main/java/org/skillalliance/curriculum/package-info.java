/**
 * Curriculum service: skills, courses, cohorts, enrolments with waitlists, outcomes and credentials.
 *
 * <p>Owns its PostgreSQL database (schema by Flyway, SQL through JDBC) and talks to the other services only through
 * Kafka events (DESIGN section 2).
 */
package org.skillalliance.curriculum;
