package org.skillalliance.messaging.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The trace context of an event, from the transaction that wrote it to the consumers that apply it.
 *
 * <p>The outbox relay publishes long after the request that wrote an event has answered, on a thread of its own, so
 * the context cannot travel on the thread: {@link #currentContext()} turns it into propagation headers (W3C
 * {@code traceparent}, and the request id) that the outbox stores with the event, and {@link #startSpan} continues
 * them. Without a tracer (a service without infra/observability) everything here is a no-op.
 */
public final class MessageTracing {

    /** No tracing: contexts are empty and spans do nothing. */
    public static final MessageTracing NONE = new MessageTracing(Tracer.NOOP, Propagator.NOOP);

    private static final Propagator.Getter<Headers> RECORD_HEADERS = (headers, key) -> {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    };

    private final Tracer tracer;
    private final Propagator propagator;

    public MessageTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current span's context as propagation headers, or an empty map outside any span. */
    public Map<String, String> currentContext() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        propagator.inject(span.context(), headers, Map::put);
        return headers;
    }

    /**
     * Starts a span that continues a stored context, or a new trace where the context is empty.
     *
     * @param name    the span's name, such as {@code outbox publish}
     * @param context propagation headers from {@link #currentContext()}
     */
    public Span startSpan(String name, Map<String, String> context) {
        Span.Builder builder = context.isEmpty() ? tracer.spanBuilder() : propagator.extract(context, Map::get);
        return builder.name(name).start();
    }

    /**
     * Starts a consumer span for one record, the child of the span that produced it (its headers carry the context).
     * For batch listeners, which Spring Kafka's observation does not cover; record listeners get theirs from it.
     */
    public Span startConsumerSpan(String name, ConsumerRecord<?, ?> record) {
        return propagator
                .extract(record.headers(), RECORD_HEADERS)
                .name(name)
                .kind(Span.Kind.CONSUMER)
                .tag("messaging.system", "kafka")
                .tag("messaging.destination.name", record.topic())
                .tag("messaging.kafka.partition", String.valueOf(record.partition()))
                .start();
    }

    /** Makes {@code span} the current one (and its ids the logs') until the scope is closed. */
    public Tracer.SpanInScope inScope(Span span) {
        return tracer.withSpan(span);
    }
}
