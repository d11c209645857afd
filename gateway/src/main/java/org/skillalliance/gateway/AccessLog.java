package org.skillalliance.gateway;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * One log line per request to the API, the browser session and sign-in: method, path, status and duration, in the
 * request's trace, with its request id ({@link InboundHeaders}; Reactor carries both into the line:
 * {@code spring.reactor.context-propagation=auto}).
 *
 * <p>Written when the response is committed, so the status is the one sent, also where an exception handler (outside
 * the filters) answered; a request the caller abandoned before that is logged as {@code 499}.
 *
 * <p>The path is logged without its query string, which can hold what a person typed (a staff search), and API paths
 * hold ids only: no log line names a person (docs/observability.md). The web app's static files are not logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessLog implements WebFilter {

    /** nginx's "client closed request". */
    static final int ABANDONED = 499;

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    private static final List<String> LOGGED = List.of("/api/", "/bff/", "/oauth2/", "/login", "/logout", "/fallback");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (LOGGED.stream().noneMatch(path::startsWith)) {
            return chain.filter(exchange);
        }
        long began = System.nanoTime();
        AtomicBoolean logged = new AtomicBoolean();
        exchange.getResponse()
                .beforeCommit(() -> Mono.fromRunnable(() -> {
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    line(exchange, path, status == null ? 200 : status.value(), began, logged);
                }));
        return chain.filter(exchange).doFinally(signal -> {
            if (signal == SignalType.CANCEL) {
                line(exchange, path, ABANDONED, began, logged);
            }
        });
    }

    private static void line(ServerWebExchange exchange, String path, int status, long began, AtomicBoolean logged) {
        if (!logged.compareAndSet(false, true)) {
            return;
        }
        long nanos = System.nanoTime() - began;
        String method = exchange.getRequest().getMethod().name();
        log.atInfo()
                .setMessage("{} {} answered {} in {} ms")
                .addArgument(method)
                .addArgument(path)
                .addArgument(status)
                .addArgument(nanos / 1_000_000)
                .addKeyValue("http.request.method", method)
                .addKeyValue("url.path", path)
                .addKeyValue("http.response.status_code", status)
                .addKeyValue("event.duration", nanos)
                .log();
    }
}
