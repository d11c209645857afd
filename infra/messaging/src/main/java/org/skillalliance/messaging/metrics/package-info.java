/**
 * The event pipeline's figures, published through the service's Micrometer registry (and so on
 * {@code /actuator/prometheus}) when it has one: the outbox's backlog and the age of its oldest unpublished row
 * ({@link org.skillalliance.messaging.metrics.OutboxBacklog}), each consumer group's lag and the records in the
 * dead-letter topics, read from the broker on a schedule ({@link org.skillalliance.messaging.metrics.ConsumerLagMonitor}).
 * The inbox ({@code EventInbox}) times how late events are applied, and the error handler ({@code DeadLetters}) counts
 * what it dead-letters. Names, labels and meaning: docs/observability.md.
 */
package org.skillalliance.messaging.metrics;
