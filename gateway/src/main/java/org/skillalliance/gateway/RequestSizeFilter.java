package org.skillalliance.gateway;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than its path allows (1 MB, more for the CSV uploads) with 413 problem+json, and no
 * service sees it.
 *
 * <p>A body with a {@code Content-Length} over the limit is refused at once, before authentication (the HTTP decoder
 * never reads more than the length announced). A body sent in chunks announces no length: its bytes are counted as
 * they stream through, and the first buffer that goes over the limit ends the body with {@link BodyTooLarge} instead:
 * the routes with a circuit breaker read the whole body before calling the service (to be able to fall back), so the
 * service is never called; a route that streams would have its call to the service aborted mid-body, never completed.
 * The error comes back up the chain to this filter, which answers 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeFilter implements WebFilter {

    private final GatewayProperties properties;

    RequestSizeFilter(GatewayProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long length = request.getHeaders().getContentLength();
        long limit = properties.maxUploadBytes().getOrDefault(request.getPath().value(), properties.maxBodyBytes());
        if (length > limit) {
            return Problems.write(
                    exchange.getResponse(),
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large",
                    "Request too large",
                    "the body has " + length + " bytes; this path takes at most " + limit);
        }
        if (length >= 0) {
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return limited(super.getBody(), limit);
            }
        };
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(
                        RequestSizeFilter::causedByTooLargeBody,
                        failure -> exchange.getResponse().isCommitted()
                                ? Mono.error(failure)
                                : Problems.write(
                                        exchange.getResponse(),
                                        HttpStatus.CONTENT_TOO_LARGE,
                                        "payload-too-large",
                                        "Request too large",
                                        "the body sent in chunks is longer than " + limit
                                                + " bytes, the most this path takes"));
    }

    private static Flux<DataBuffer> limited(Flux<DataBuffer> body, long limit) {
        return Flux.defer(() -> {
            AtomicLong seen = new AtomicLong();
            return body.handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(new BodyTooLarge(limit));
                } else {
                    sink.next(buffer);
                }
            });
        });
    }

    private static boolean causedByTooLargeBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    /** Ends a chunked body that went over its path's limit; answered as 413 by this filter. */
    static final class BodyTooLarge extends RuntimeException {

        BodyTooLarge(long limit) {
            super("request body over " + limit + " bytes", null, false, false);
        }
    }
}
