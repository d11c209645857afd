package org.skillalliance.gateway;

import java.net.ConnectException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Every error that leaves a handler or filter unanswered becomes problem+json: an unknown path is 404 (no route, no
 * handler, no static resource), a method a path does not take 405 with {@code Allow}, a service behind a route without
 * a circuit breaker (the API descriptions) that cannot be reached 503, a browser session whose tokens Keycloak no
 * longer renews 401 (and the session ends), anything else 500. The detail says what is wrong
 * in words of the gateway's own, never the exception's message or the request's path.
 *
 * <p>Ordered before Spring Boot's {@code DefaultErrorWebExceptionHandler} (order -1), whose JSON is not problem+json
 * and repeats the path.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Log log = LogFactory.getLog(ProblemExceptionHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        if (failure instanceof ResponseStatusException statusFailure) {
            HttpStatus resolved =
                    HttpStatus.resolve(statusFailure.getStatusCode().value());
            HttpStatus status = resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
            response.getHeaders().addAll(statusFailure.getHeaders());
            if (status.is5xxServerError()) {
                log.warn(
                        "answered " + status.value() + " for "
                                + exchange.getRequest().getPath(),
                        failure);
            }
            return Problems.write(response, status, Problems.typeOf(status), status.getReasonPhrase(), detail(status));
        }
        if (failure instanceof OAuth2AuthorizationException) {
            // a browser session whose tokens Keycloak no longer renews (its session ended there, or the refresh token
            // expired): the session is worth nothing any more, and the web app must sign the person in again
            return exchange.getSession()
                    .flatMap(WebSession::invalidate)
                    .then(Problems.write(
                            response,
                            HttpStatus.UNAUTHORIZED,
                            "session-expired",
                            "Unauthorized",
                            "the sign-in has expired; sign in again (GET /oauth2/authorization/keycloak)"));
        }
        if (unreachable(failure)) {
            log.warn(
                    "a service could not be reached for "
                            + exchange.getRequest().getPath(),
                    failure);
            response.getHeaders().set("Retry-After", "10");
            return Problems.write(
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "service-unavailable",
                    "Service unavailable",
                    "the service behind this path could not be reached");
        }
        log.error("answered 500 for " + exchange.getRequest().getPath(), failure);
        return Problems.write(
                response,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "the gateway could not handle this request");
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "there is nothing at this path";
            case METHOD_NOT_ALLOWED -> "this path does not take this method; the Allow header says which it takes";
            case NOT_ACCEPTABLE -> "this path answers in none of the media types the request accepts";
            case UNSUPPORTED_MEDIA_TYPE -> "this path does not take a body of this content type";
            case BAD_REQUEST -> "the request could not be read";
            case GATEWAY_TIMEOUT -> "the service behind this path did not answer in time";
            default -> status.getReasonPhrase().toLowerCase(Locale.ROOT);
        };
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
