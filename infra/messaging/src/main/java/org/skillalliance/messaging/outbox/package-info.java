/**
 * Transactional outbox: {@link org.skillalliance.messaging.outbox.Outbox} stores an event in the caller's transaction;
 * {@link org.skillalliance.messaging.outbox.OutboxRelay} publishes stored events to Kafka after commit.
 *
 * <p>The relay claims one shard of the outbox at a time with a PostgreSQL advisory lock, so any number of relay
 * instances may run while the events of one aggregate (always in the same shard) keep their order.
 */
package org.skillalliance.messaging.outbox;
