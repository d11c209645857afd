package org.skillalliance.gateway;

import java.util.List;

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

/**
 * One log line per request to the API, the browser session and sign-in once it is answered: method, path, status,
 * duration and the request id ({@link RequestIdFilter}), in the request's trace (Reactor carries the trace into the
 * line: {@code spring.reactor.context-propagation=auto}).
 *
 * <p>The path is logged without its query string, which can hold what a person typed (a staff search), and API paths
 * hold ids only: no log line names a person (docs/observability.md). The web app's static files are not logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AccessLog implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    private static final List<String> LOGGED = List.of("/api/", "/bff/", "/oauth2/", "/login", "/logout", "/fallback");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (LOGGED.stream().noneMatch(path::startsWith)) {
            return chain.filter(exchange);
        }
        long began = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> {
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            int code = status == null ? 200 : status.value();
            long millis = (System.nanoTime() - began) / 1_000_000;
            String method = exchange.getRequest().getMethod().name();
            log.atInfo().setMessage("{} {} answered {} in {} ms")
                    .addArgument(method).addArgument(path).addArgument(code).addArgument(millis)
                    .addKeyValue("http.request.id", exchange.getRequest().getHeaders().getFirst(RequestIdFilter.HEADER))
                    .addKeyValue("http.request.method", method)
                    .addKeyValue("url.path", path)
                    .addKeyValue("http.response.status_code", code)
                    .addKeyValue("event.duration_ms", millis)
                    .log();
        });
    }
}
