package org.skillalliance.platform.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Independent calls of the demo seed, made {@value #AT_A_TIME} at a time: the invitations of different people, the
 * outcomes of one cohort's participants, the ratings of different employers' staff. Only calls whose order no figure
 * depends on go here; the seed keeps the others (enrolment files, withdrawals, cohort completions, claims) one after
 * another. The results come back in the order the calls were submitted, so what the seed prints and returns is the same
 * on every run; the first failure (in that order) is thrown as it was.
 */
final class ConcurrentCalls<T> implements AutoCloseable {

    /** Small: the platform runs on the same few cores, and each person's calls share one rate limit. */
    static final int AT_A_TIME = 4;

    private final ExecutorService pool = Executors.newFixedThreadPool(AT_A_TIME);
    private final List<Future<T>> submitted = new ArrayList<>();

    /** Starts {@code call} as soon as one of the pool's threads is free. */
    void submit(Supplier<T> call) {
        submitted.add(pool.submit(call::get));
    }

    /** Waits for every call submitted and returns their results in the order of submission. */
    List<T> results() {
        List<T> results = new ArrayList<>(submitted.size());
        try {
            for (Future<T> call : submitted) {
                results.add(call.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the seed's calls", e);
        }
        return results;
    }

    /** Makes every call of {@code calls} and returns the results in their order. */
    static <T> List<T> all(List<Supplier<T>> calls) {
        try (ConcurrentCalls<T> pool = new ConcurrentCalls<>()) {
            calls.forEach(pool::submit);
            return pool.results();
        }
    }

    /** Stops what still runs (after a failure: the seed fails anyway). */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
