-- The trace context of the transaction that wrote the event (propagation headers as a JSON object: W3C traceparent,
-- the request id), so that the relay publishes the record in the trace of the request that raised it.
-- Null for events written outside any trace, and for those written before tracing existed.
alter table outbox_event add column trace_context text;
