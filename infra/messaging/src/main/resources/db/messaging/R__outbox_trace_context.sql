-- The trace context of the transaction that wrote the event (propagation headers as a JSON object: W3C traceparent,
-- the request id), so that the relay publishes the record in the trace of the request that raised it.
-- Null for events written outside any trace, and for those written before tracing existed.
--
-- Repeatable, not versioned: a database of an earlier release has its service's own migrations (V1, V2, ...) applied
-- already, and Flyway refuses a new versioned messaging migration numbered below them ("resolved migration not
-- applied"). A repeatable migration runs after the versioned ones, on a new database and an existing one alike; it
-- must stay idempotent, and any change to this file makes it run again.
alter table outbox_event add column if not exists trace_context text;
