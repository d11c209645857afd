package org.skillalliance.curriculum.quote;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Asks funding-service ({@code GET /api/quotes?cohortId=&employerId=}) for a seat's expected grant offset.
 *
 * <p>Guarded from the inside out by a circuit breaker (opens at half of the last 10 calls failing, at least 4 calls;
 * stays open {@code open-circuit-for}, then lets 2 trial calls through), a retry ({@code retries} more attempts with
 * exponential backoff, not for 4xx answers and not when the circuit is open) and a time limit over the whole
 * ({@code overall-timeout}). Any failure gives {@link GrantOffset#unknown}.
 */
@Component
@EnableConfigurationProperties(FundingQuoteProperties.class)
public class FundingQuotes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FundingQuotes.class);

    private final RestClient http;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "funding-quotes");
        thread.setDaemon(true);
        return thread;
    });

    FundingQuotes(FundingQuoteProperties properties) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.callTimeout()).build());
        requests.setReadTimeout(properties.callTimeout());
        this.http = RestClient.builder().baseUrl(properties.url()).requestFactory(requests).build();
        this.circuitBreaker = CircuitBreaker.of("funding-quotes", CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.openCircuitFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .ignoreExceptions(HttpClientErrorException.class)
                .build());
        this.retry = Retry.of("funding-quotes", RetryConfig.custom()
                .maxAttempts(properties.retries() + 1)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.retryBackoff(), 2.0))
                .ignoreExceptions(HttpClientErrorException.class, CallNotPermittedException.class)
                .build());
        this.timeLimiter = TimeLimiter.of("funding-quotes", TimeLimiterConfig.custom()
                .timeoutDuration(properties.overallTimeout())
                .cancelRunningFuture(true)
                .build());
    }

    /** Funding's quote as it answers it; fields it adds later are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FundingAnswer(UUID cohortId, UUID employerId, String currency, long expectedOffsetMinor,
                         BigDecimal seatCostMinor, boolean sharesFixed, BigDecimal plannedHours, UUID awardId,
                         UUID programmeId, String reason) {
    }

    /**
     * The expected offset for one seat of {@code employerId} in {@code cohortId}, asked with the caller's bearer token
     * (funding-service checks it as a resource server; null sends none); never throws.
     */
    public GrantOffset offset(UUID cohortId, UUID employerId, String bearerToken) {
        try {
            Supplier<FundingAnswer> guarded = Retry.decorateSupplier(retry,
                    CircuitBreaker.decorateSupplier(circuitBreaker, () -> ask(cohortId, employerId, bearerToken)));
            FundingAnswer answer = timeLimiter.executeFutureSupplier(
                    () -> CompletableFuture.supplyAsync(guarded, scheduler));
            return new GrantOffset(true, answer.expectedOffsetMinor(), answer.seatCostMinor(), answer.awardId(),
                    answer.programmeId(), answer.reason());
        } catch (Exception failure) {
            Throwable cause = failure instanceof java.util.concurrent.ExecutionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            log.warn("Quote without grant offset for cohort {} and employer {}: {}", cohortId, employerId, cause.toString());
            return GrantOffset.unknown(reason(cause));
        }
    }

    /**
     * Why the offset is unknown, in words for the quote. A timeout is named as such whichever timer ran out: the time
     * limiter over the whole call ({@link TimeoutException}) or each attempt's own read timeout, which reaches here
     * wrapped in the HTTP client's exception once the retries are spent.
     */
    static String reason(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return "funding-service is unavailable (circuit open); the grant offset is unknown";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof java.net.http.HttpTimeoutException
                    || cause instanceof java.net.SocketTimeoutException) {
                return "funding-service did not answer in time; the grant offset is unknown";
            }
        }
        return "funding-service could not be asked (" + failure.getClass().getSimpleName()
                + "); the grant offset is unknown";
    }

    /** The circuit's state, for readiness and tests: CLOSED, OPEN or HALF_OPEN. */
    public String circuitState() {
        return circuitBreaker.getState().name();
    }

    private FundingAnswer ask(UUID cohortId, UUID employerId, String bearerToken) {
        return http.get()
                .uri(uri -> uri.path("/api/quotes").queryParam("cohortId", cohortId).queryParam("employerId", employerId)
                        .build())
                .headers(headers -> {
                    if (bearerToken != null) {
                        headers.setBearerAuth(bearerToken);
                    }
                })
                .retrieve()
                .body(FundingAnswer.class);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }

}
