/**
 * Event contracts of the Skill Alliance platform: the one {@link org.skillalliance.contracts.EventEnvelope envelope}
 * every event travels in, the logical {@link org.skillalliance.contracts.EventType event types} with their payload
 * records and JSON Schemas, and the {@link org.skillalliance.contracts.EventRegistry registry} that builds, serialises,
 * parses and validates events.
 *
 * <p>Producers build events with {@link org.skillalliance.contracts.EventRegistry#envelope EventRegistry.envelope(..)}
 * (the payload is validated against its schema before it can be stored in an outbox) and write them with
 * {@link org.skillalliance.contracts.EventRegistry#toJson toJson}; consumers read them with
 * {@link org.skillalliance.contracts.EventRegistry#parse parse} and map the payload with
 * {@link org.skillalliance.contracts.EventRegistry#payload payload(..)}. Invalid input fails with an
 * {@link org.skillalliance.contracts.InvalidEventException} whose reason names the offending field.
 *
 * <p>Rules every contract follows (see {@code docs/events.md}): personal data (names, e-mails) never appears in an event;
 * money is integer minor units with an ISO 4217 currency; additive changes stay in version 1 and readers ignore unknown
 * fields; a breaking change is a new type version published on a new {@code .v2} topic.
 *
 * <p>The payload records live in {@code .member}, {@code .curriculum} and {@code .funding}, one package per producing
 * service. This module has no dependency on Spring.
 */
package org.skillalliance.contracts;
