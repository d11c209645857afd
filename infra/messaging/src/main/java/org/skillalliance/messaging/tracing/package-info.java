/**
 * How an event keeps the trace of the request that raised it: the outbox stores the trace context beside the event,
 * the relay publishes the record as a child of it, and each consumer applies the record in a span of the same trace
 * (docs/observability.md).
 */
package org.skillalliance.messaging.tracing;
