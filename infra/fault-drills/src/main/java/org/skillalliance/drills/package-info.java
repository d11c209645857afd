/**
 * The fault drills of DESIGN section 8 ({@code ./fault-drills}, docs/reliability.md): the whole platform started
 * through the launcher, an enrolment write load through the gateway, one fault at a time (Kafka killed, reporting-service
 * killed, a poison message and a flood of duplicates, PostgreSQL crashed), then every acknowledged write looked up in
 * its service's database and counted in reporting's projections, what is additive compared with its producer (every
 * inbox's processed events against the distinct events on its topics, funding's and reporting's counts and money
 * against curriculum-service's), and the outbox, consumer lag and dead-letter topics checked for anything stuck. Not part of {@code ./mvnw verify}: a full run takes about ten minutes.
 */
package org.skillalliance.drills;
