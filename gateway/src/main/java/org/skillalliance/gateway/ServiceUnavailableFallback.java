package org.skillalliance.gateway;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a call the service did not answer (down, too slow, or the circuit is open):
 * 503 problem+json saying which service and why, with {@code Retry-After}.
 *
 * <p>Only the circuit breaker reaches it: its forward goes straight to the dispatcher, past the web filters, with the
 * failure in the exchange's attributes. A client's own request for {@code /fallback/...} passes the filters like any
 * other (401 without a token) and then finds nothing here (404, {@link ProblemExceptionHandler}); the service named in
 * the answer is always the route's configured {@code fallbackUri}, never anything the client sent.
 */
@RestController
class ServiceUnavailableFallback {

    private static final Log log = LogFactory.getLog(ServiceUnavailableFallback.class);

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure == null) {
            // not the circuit breaker's forward (which sets the failure) but a client calling the path: no such page
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        String why = failure instanceof CallNotPermittedException
                ? "its circuit is open after repeated failures"
                : timedOut(failure) ? "it did not answer in time" : "it could not be reached";
        // the route's id and the failure's kind, never the request's path or query (docs/observability.md)
        log.warn(service + " is unavailable: " + why + " (" + chain(failure) + ")");
        exchange.getResponse().getHeaders().set("Retry-After", "10");
        return Problems.write(
                exchange.getResponse(),
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "Service unavailable",
                service + " is unavailable: " + why);
    }

    /** The failure's exception classes, outermost first: what an operator needs to tell a refusal from a reset. */
    private static String chain(Throwable failure) {
        StringBuilder classes = new StringBuilder(failure.getClass().getName());
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            classes.append(" <- ").append(cause.getClass().getName());
        }
        return classes.toString();
    }

    /**
     * Whichever timer fires first names the failure: the circuit breaker's time limiter gives a bare
     * {@link TimeoutException}, the HTTP client's response timeout a 504 {@code ResponseStatusException} caused by one,
     * or by Spring Cloud Gateway's own {@link org.springframework.cloud.gateway.support.TimeoutException} (seen in a CI
     * run: the route's response timeout fired first and the 503 said "could not be reached").
     */
    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException
                    || cause instanceof ReadTimeoutException
                    || cause instanceof org.springframework.cloud.gateway.support.TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
