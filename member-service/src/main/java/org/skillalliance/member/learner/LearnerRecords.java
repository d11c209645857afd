package org.skillalliance.member.learner;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * A learner's enrolments (with waitlist positions), credentials and skill records, read from curriculum-service
 * ({@link CurriculumApi}) with the learner's own token, all or nothing.
 *
 * <p>Every call is guarded from the inside out by the Resilience4j instances {@code curriculum} of application.yml: a
 * circuit breaker, a retry (never for a 4xx or an open circuit: the calls are reads) and a time limit; each HTTP
 * attempt has the {@code curriculum} client's own timeout. Any failure is a {@link CurriculumUnavailable}.
 */
@Component
class LearnerRecords implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LearnerRecords.class);
    private static final String INSTANCE = "curriculum";
    private static final int PAGE_SIZE = 200;

    /** What curriculum-service holds about the learner, as its API shows it. */
    record Held(
            List<Map<String, Object>> enrolments,
            List<Map<String, Object>> credentials,
            List<Map<String, Object>> skillRecords) {}

    private final CurriculumApi api;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
    /** A virtual thread per call: a slow curriculum-service never makes exports queue behind abandoned calls. */
    private final ExecutorService scheduler = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("learner-records-", 0).factory());

    LearnerRecords(
            CurriculumApi api,
            CircuitBreakerRegistry circuitBreakers,
            RetryRegistry retries,
            TimeLimiterRegistry timeLimiters) {
        this.api = api;
        this.circuitBreaker = circuitBreakers.circuitBreaker(INSTANCE);
        this.retry = retries.retry(INSTANCE);
        this.timeLimiter = timeLimiters.timeLimiter(INSTANCE);
    }

    /**
     * Everything curriculum-service shows the learner: every page of their enrolments, the credential of each
     * enrolment that has one, every page of their skill records.
     *
     * @throws CurriculumUnavailable when any call fails: nothing is returned then
     */
    Held of(String bearerToken) {
        String authorization = "Bearer " + bearerToken;
        List<Map<String, Object>> enrolments = all(page -> api.enrolments(authorization, page, PAGE_SIZE));
        List<Map<String, Object>> credentials = new ArrayList<>();
        for (Map<String, Object> enrolment : enrolments) {
            if (enrolment.get("credential") != null) {
                UUID id = UUID.fromString(String.valueOf(enrolment.get("id")));
                credentials.add(guarded(() -> api.credential(authorization, id)));
            }
        }
        List<Map<String, Object>> skillRecords = all(page -> api.skillRecords(authorization, page, PAGE_SIZE));
        return new Held(enrolments, credentials, skillRecords);
    }

    private List<Map<String, Object>> all(Function<Integer, CurriculumApi.Page> pages) {
        List<Map<String, Object>> items = new ArrayList<>();
        int page = 0;
        CurriculumApi.Page answer;
        do {
            int current = page++;
            answer = guarded(() -> pages.apply(current));
            items.addAll(answer.items());
        } while (page < answer.totalPages());
        return items;
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            Supplier<T> decorated =
                    Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, call));
            return timeLimiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(decorated, scheduler));
        } catch (Exception failure) {
            Throwable cause =
                    failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause() : failure;
            log.warn("A learner's export could not read curriculum-service: {}", cause.toString());
            throw new CurriculumUnavailable(reason(cause));
        }
    }

    /** Why, in words for the problem's detail. */
    static String reason(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return "curriculum-service is unavailable (circuit open); the export needs its enrolments, credentials and "
                    + "skill records, try again later";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException
                    || cause instanceof java.net.http.HttpTimeoutException
                    || cause instanceof java.net.SocketTimeoutException) {
                return "curriculum-service did not answer in time; the export needs its enrolments, credentials and "
                        + "skill records, try again later";
            }
        }
        return "curriculum-service could not be asked (" + failure.getClass().getSimpleName() + "); the export needs "
                + "its enrolments, credentials and skill records, try again later";
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
