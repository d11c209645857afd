/**
 * The event backbone every service uses the same way (DESIGN section 4).
 *
 * <ul>
 *   <li>{@link org.skillalliance.messaging.outbox}: a service writes its events with {@code Outbox.append} inside the
 *   transaction of the business change; the relay publishes them to {@code <service>.events.v1} afterwards, with the
 *   aggregate id as key and the logical type in the {@code event-type} header. Several relays may run at once.</li>
 *   <li>{@link org.skillalliance.messaging.inbox}: a consumer hands each record to {@code EventInbox.consume}, which
 *   checks it against the contracts and records the event id in the same transaction as the consumer's effect, so a
 *   redelivered event is applied once.</li>
 *   <li>{@link org.skillalliance.messaging.kafka}: retries with backoff and then {@code <topic>.DLT}, topic declarations and
 *   the Kafka part of readiness.</li>
 * </ul>
 * Decisions and guarantees: docs/messaging.md.
 */
package org.skillalliance.messaging;
