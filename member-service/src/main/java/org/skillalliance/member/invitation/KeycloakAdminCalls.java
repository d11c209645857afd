package org.skillalliance.member.invitation;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.ProblemDetailsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The guards of every call to Keycloak's admin API (invitations, notifications' look-ups, machine clients), from the
 * inside out the Resilience4j instances {@code keycloak-admin} of application.yml: a circuit breaker (Keycloak's 4xx
 * answers count neither way), for idempotent steps only a retry (not for 4xx answers and not when the circuit is
 * open), and a time limit per step; each HTTP attempt has the {@code keycloak-admin} client's own timeout
 * ({@link KeycloakAdminClients} adds the service account's token). A step Keycloak answers 401 is made once more
 * (the client forgot the token then, and fetches a fresh one).
 *
 * <p>What a failure means is the caller's to say: Keycloak's other 4xx answers come back as they are
 * ({@link HttpClientErrorException}); everything else becomes {@link KeycloakUnavailable} (503).
 */
@Component
@EnableConfigurationProperties(KeycloakAdminProperties.class)
public class KeycloakAdminCalls implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAdminCalls.class);
    private static final String INSTANCE = "keycloak-admin";

    private final KeycloakAdminProperties properties;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
    private final ExecutorService calls = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "keycloak-admin");
        thread.setDaemon(true);
        return thread;
    });

    KeycloakAdminCalls(
            KeycloakAdminProperties properties,
            CircuitBreakerRegistry circuitBreakers,
            RetryRegistry retries,
            TimeLimiterRegistry timeLimiters) {
        this.properties = properties;
        this.circuitBreaker = circuitBreakers.circuitBreaker(INSTANCE);
        this.retry = retries.retry(INSTANCE);
        this.timeLimiter = timeLimiters.timeLimiter(INSTANCE);
    }

    /** Whether member-service has its client secret for the admin API at all. */
    public boolean configured() {
        return properties.hasSecret();
    }

    /** The realm whose users and clients member-service manages. */
    public String realm() {
        return properties.realm();
    }

    /**
     * One guarded step.
     *
     * @param description what the step does, for the log and the 503's detail ("create the client")
     * @param idempotent  whether repeating it is harmless: only such steps are retried
     * @param consequence what an unavailable Keycloak means for the caller ("so nobody was invited")
     * @throws HttpClientErrorException Keycloak's 4xx answers other than a first 401, for the caller to interpret
     * @throws KeycloakUnavailable      Keycloak cannot be used now, or refuses member-service's credentials
     */
    public <T> T call(String description, boolean idempotent, String consequence, Supplier<T> request) {
        return call(description, idempotent, consequence, serverError -> null, request);
    }

    /**
     * One guarded step whose 5xx answer means something of its own: {@code serverFailure} names it (null: the usual
     * 503).
     */
    public <T> T call(
            String description,
            boolean idempotent,
            String consequence,
            Function<HttpServerErrorException, RuntimeException> serverFailure,
            Supplier<T> request) {
        try {
            return guarded(description, idempotent, consequence, serverFailure, request);
        } catch (HttpClientErrorException.Unauthorized expired) {
            return guarded(description, idempotent, consequence, serverFailure, request);
        }
    }

    /** The 503 problem of {@link KeycloakUnavailable}, with {@code Retry-After} when trying again later may help. */
    public ResponseEntity<Object> problem(KeycloakUnavailable e) {
        ResponseEntity<Object> problem = ProblemDetailsHandler.response(e);
        if (!e.isRetryable()) {
            return problem;
        }
        return ResponseEntity.status(problem.getStatusCode())
                .headers(problem.getHeaders())
                .header(
                        HttpHeaders.RETRY_AFTER,
                        String.valueOf(Math.max(1, openCircuitFor().toSeconds())))
                .body(problem.getBody());
    }

    /** The circuit's state, for tests: CLOSED, OPEN or HALF_OPEN. */
    String circuitState() {
        return circuitBreaker.getState().name();
    }

    /** How long the circuit stays open once it opened: when trying again may help. */
    public Duration openCircuitFor() {
        return Duration.ofMillis(circuitBreaker
                .getCircuitBreakerConfig()
                .getWaitIntervalFunctionInOpenState()
                .apply(1));
    }

    /**
     * What Keycloak's token endpoint answered: its HTTP status where Spring Security kept the answer (a 401 for a wrong
     * secret), else the OAuth2 error code (a 400's {@code invalid_client}).
     */
    private static String tokenAnswer(OAuth2AuthorizationException refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestClientResponseException answer) {
                return "HTTP " + answer.getStatusCode().value();
            }
        }
        return refused.getError().getErrorCode();
    }

    /** True for an I/O failure that is a timeout (connect or read), not a refused or unknown address. */
    static boolean timedOut(ResourceAccessException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.SocketTimeoutException
                    || cause instanceof java.net.http.HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private <T> T guarded(
            String description,
            boolean idempotent,
            String consequence,
            Function<HttpServerErrorException, RuntimeException> serverFailure,
            Supplier<T> call) {
        Supplier<T> attempt = CircuitBreaker.decorateSupplier(circuitBreaker, withToken(call));
        if (idempotent) {
            attempt = Retry.decorateSupplier(retry, attempt);
        }
        Supplier<T> guardedAttempt = attempt;
        try {
            return timeLimiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(guardedAttempt, calls));
        } catch (Exception failure) {
            Throwable cause = unwrap(failure);
            if (cause instanceof HttpClientErrorException clientError) {
                throw clientError;
            }
            if (cause instanceof ApiException apiException) {
                throw apiException;
            }
            if (cause instanceof OAuth2AuthorizationException refused) {
                log.error("Keycloak refused member-service's client credentials: {}", refused.getMessage());
                throw KeycloakUnavailable.misconfigured("Keycloak refused member-service's client credentials (client "
                        + properties.clientId() + ", " + tokenAnswer(refused)
                        + "): MEMBER_SERVICE_CLIENT_SECRET must be the secret Keycloak imported for it");
            }
            if (cause instanceof HttpServerErrorException serverError) {
                RuntimeException meaning = serverFailure.apply(serverError);
                if (meaning != null) {
                    throw meaning;
                }
            }
            String why = cause instanceof CallNotPermittedException
                    ? "its circuit is open after repeated failures; try again in "
                            + openCircuitFor().toSeconds() + " s"
                    : cause instanceof TimeoutException
                            ? "it did not answer within "
                                    + timeLimiter
                                            .getTimeLimiterConfig()
                                            .getTimeoutDuration()
                                            .toMillis() + " ms"
                            : cause instanceof ResourceAccessException ioFailure
                                    ? (timedOut(ioFailure)
                                            ? "it did not answer in time at " + properties.baseUrl() + " ("
                                                    + ioFailure
                                                            .getMostSpecificCause()
                                                            .getMessage() + ")"
                                            : "it could not be reached at " + properties.baseUrl())
                                    : cause instanceof HttpServerErrorException serverError
                                            ? "it failed (HTTP "
                                                    + serverError
                                                            .getStatusCode()
                                                            .value() + ")"
                                            : "the call failed ("
                                                    + cause.getClass().getSimpleName() + ")";
            log.warn("Keycloak's admin API could not {}: {}", description, cause.toString());
            throw KeycloakUnavailable.now(
                    "Keycloak's admin API is unavailable, " + consequence + ": could not " + description + ", " + why);
        }
    }

    /**
     * The call as the guards see it: a service-account token that could not be fetched because Keycloak could not be
     * reached or failed (5xx) is that failure, counted and repeated as the call's own; Keycloak refusing the credentials
     * stays an {@link OAuth2AuthorizationException}, which no guard counts or repeats (waiting does not help).
     */
    private static <T> Supplier<T> withToken(Supplier<T> call) {
        return () -> {
            try {
                return call.get();
            } catch (OAuth2AuthorizationException tokenFailure) {
                for (Throwable cause = tokenFailure.getCause(); cause != null; cause = cause.getCause()) {
                    if (cause instanceof ResourceAccessException || cause instanceof HttpServerErrorException) {
                        throw (RestClientException) cause;
                    }
                }
                throw tokenFailure;
            }
        };
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
