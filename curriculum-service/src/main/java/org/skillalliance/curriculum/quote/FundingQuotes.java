package org.skillalliance.curriculum.quote;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Asks funding-service ({@link FundingApi}, {@code GET /api/quotes?cohortId=&employerId=}) for a seat's expected grant
 * offset.
 *
 * <p>Guarded from the inside out by the Resilience4j instances {@code funding-quotes} of application.yml: a circuit
 * breaker, a retry (not for 4xx answers and not when the circuit is open) and a time limit over the whole; each HTTP
 * attempt has the {@code funding} client's own timeout. Any failure gives {@link GrantOffset#unknown}.
 */
@Component
public class FundingQuotes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FundingQuotes.class);
    private static final String INSTANCE = "funding-quotes";

    private final FundingApi funding;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "funding-quotes");
        thread.setDaemon(true);
        return thread;
    });

    FundingQuotes(
            FundingApi funding,
            CircuitBreakerRegistry circuitBreakers,
            RetryRegistry retries,
            TimeLimiterRegistry timeLimiters) {
        this.funding = funding;
        this.circuitBreaker = circuitBreakers.circuitBreaker(INSTANCE);
        this.retry = retries.retry(INSTANCE);
        this.timeLimiter = timeLimiters.timeLimiter(INSTANCE);
    }

    /**
     * The expected offset for one seat of {@code employerId} in {@code cohortId}, asked with the caller's bearer token
     * (funding-service checks it as a resource server; null sends none); never throws.
     */
    public GrantOffset offset(UUID cohortId, UUID employerId, String bearerToken) {
        try {
            String authorization = bearerToken == null ? null : "Bearer " + bearerToken;
            Supplier<FundingApi.FundingAnswer> guarded = Retry.decorateSupplier(
                    retry,
                    CircuitBreaker.decorateSupplier(
                            circuitBreaker, () -> funding.quote(authorization, cohortId, employerId)));
            FundingApi.FundingAnswer answer =
                    timeLimiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(guarded, scheduler));
            return new GrantOffset(
                    true,
                    answer.expectedOffsetMinor(),
                    answer.seatCostMinor(),
                    answer.awardId(),
                    answer.programmeId(),
                    answer.reason());
        } catch (Exception failure) {
            Throwable cause = failure instanceof java.util.concurrent.ExecutionException && failure.getCause() != null
                    ? failure.getCause()
                    : failure;
            log.warn(
                    "Quote without grant offset for cohort {} and employer {}: {}",
                    cohortId,
                    employerId,
                    cause.toString());
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
            if (cause instanceof TimeoutException
                    || cause instanceof java.net.http.HttpTimeoutException
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

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
