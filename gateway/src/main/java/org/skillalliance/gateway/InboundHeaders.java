package org.skillalliance.gateway;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * What the gateway takes from the caller's headers before anything reads them, its HTTP observation included.
 *
 * <ul>
 *   <li>A request id on every request and response, refusals included: the caller's {@code X-Request-Id} when it is
 *       sane, else a new UUID. The services receive it with the forwarded request (and as trace baggage, which also
 *       carries it into the events' consumers), so one id follows a call through every log.</li>
 *   <li>No trace context from outside ({@code traceparent}, {@code tracestate}, {@code baggage}, B3): the gateway
 *       starts every trace and decides its sampling, so a caller can neither force traces nor write into baggage.</li>
 * </ul>
 *
 * A decorator of the whole HTTP handler rather than a {@code WebFilter}: the observation that opens the request's
 * trace runs before every filter, and would read the caller's headers as they came.
 */
@Component
class InboundHeaders implements HttpHandlerDecoratorFactory {

    static final String REQUEST_ID = "X-Request-Id";
    static final List<String> TRACE_CONTEXT = List.of(
            "traceparent",
            "tracestate",
            "baggage",
            "b3",
            "X-B3-TraceId",
            "X-B3-SpanId",
            "X-B3-ParentSpanId",
            "X-B3-Sampled",
            "X-B3-Flags");
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._-]{1,128}$");

    @Override
    public HttpHandler apply(HttpHandler handler) {
        return (request, response) -> {
            String given = request.getHeaders().getFirst(REQUEST_ID);
            String id = given != null && SANE.matcher(given).matches()
                    ? given
                    : UUID.randomUUID().toString();
            ServerHttpRequest cleaned = request.mutate()
                    .headers(headers -> {
                        TRACE_CONTEXT.forEach(headers::remove);
                        headers.set(REQUEST_ID, id);
                    })
                    .build();
            response.getHeaders().set(REQUEST_ID, id);
            return handler.handle(cleaned, response);
        };
    }
}
