package org.skillalliance.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongToIntFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop load: {@code workers} threads each send one request, wait for its answer and send the next, for a
 * fixed time after a warm-up whose requests are not recorded. Latency is the time from sending to the whole answer
 * (microseconds, HdrHistogram, 3 significant digits). A closed loop slows down with the system, so it understates
 * latency under overload (coordinated omission): it measures saturation throughput; latency at a given rate is
 * {@link OpenLoop}'s.
 *
 * <p>A request belongs to the window it was <em>sent</em> in. Requests sent inside the window and answered after its
 * end (the last one of each worker) are counted and their latencies recorded like the others, and their number is
 * reported ({@link Result#inFlightAtEnd()}); the measured time then runs from the window's start to the last of its
 * answers, so the rate is the window's requests over the time they took.
 */
final class ClosedLoop {

    /** One request; returns true when the answer was the expected one. */
    @FunctionalInterface
    interface Call {
        boolean run(long index) throws Exception;
    }

    /**
     * The requests of one bucket (requests classified by their index when sent, such as their cohort's fullness).
     *
     * @param ok        successful requests
     * @param failed    the others
     * @param elapsed   from the first request's sending to the last one's answer
     * @param latencies of the successful requests, in microseconds
     */
    record Bucket(long ok, long failed, Duration elapsed, Histogram latencies) {

        double perSecond() {
            return elapsed.isZero() ? Double.NaN : ok / (elapsed.toNanos() / 1e9);
        }

        double millis(double percentile) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /**
     * What one run measured.
     *
     * @param ok            requests sent in the measured time and answered as expected
     * @param failed        requests sent in the measured time and answered otherwise (or not at all)
     * @param inFlightAtEnd of those, how many were answered after the measured time ended (counted in ok or failed)
     * @param elapsed       from the start of the measured time to the last answer of a request sent in it
     * @param latencies     of the successful requests, in microseconds
     * @param buckets       the same per bucket, when the run classified its requests
     */
    record Result(
            long ok, long failed, long inFlightAtEnd, Duration elapsed, Histogram latencies, List<Bucket> buckets) {

        double perSecond() {
            return ok / (elapsed.toNanos() / 1e9);
        }

        double millis(double percentile) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private ClosedLoop() {}

    /**
     * Runs {@code call} from {@code workers} threads: {@code warmUp} unrecorded, then {@code measured}, or until
     * {@code limit} calls were made in all (each call gets a distinct index from 0).
     */
    static Result run(int workers, Duration warmUp, Duration measured, long limit, Call call) {
        return run(workers, warmUp, measured, limit, call, 0, i -> -1);
    }

    /**
     * As {@link #run(int, Duration, Duration, long, Call)}, and each recorded request is also recorded in bucket
     * {@code bucketOf(index)} of {@code buckets} (none when it returns a negative number).
     */
    static Result run(
            int workers,
            Duration warmUp,
            Duration measured,
            long limit,
            Call call,
            int buckets,
            LongToIntFunction bucketOf) {
        Tally all = new Tally();
        List<Tally> tallies = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            tallies.add(new Tally());
        }
        AtomicLong next = new AtomicLong();
        AtomicLong inFlightAtEnd = new AtomicLong();
        long begin = System.nanoTime();
        long recordFrom = begin + warmUp.toNanos();
        long end = recordFrom + measured.toNanos();
        String[] firstFailure = new String[1];
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            threads.add(Thread.ofPlatform().name("load-" + w).daemon().start(() -> {
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        return;
                    }
                    long index = next.getAndIncrement();
                    if (index >= limit) {
                        return;
                    }
                    boolean success = attempt(call, index, firstFailure);
                    long answered = System.nanoTime();
                    if (sent >= recordFrom) {
                        if (answered > end) {
                            inFlightAtEnd.incrementAndGet();
                        }
                        all.add(sent, answered, success);
                        int bucket = bucketOf.applyAsInt(index);
                        if (bucket >= 0 && bucket < buckets) {
                            tallies.get(bucket).add(sent, answered, success);
                        }
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (firstFailure[0] != null) {
            System.out.println("    (first failure: " + firstFailure[0] + ")");
        }
        Bucket whole = all.bucket();
        long lastAnswer = all.lastAnswered.get() == Long.MIN_VALUE ? System.nanoTime() : all.lastAnswered.get();
        return new Result(
                whole.ok(),
                whole.failed(),
                inFlightAtEnd.get(),
                Duration.ofNanos(Math.max(1, lastAnswer - recordFrom)),
                whole.latencies(),
                tallies.stream().map(Tally::bucket).toList());
    }

    /** Runs one call; an exception is a failure, and the first one is kept in {@code firstFailure[0]}. */
    static boolean attempt(Call call, long index, String[] firstFailure) {
        try {
            return call.run(index);
        } catch (Exception e) {
            synchronized (firstFailure) {
                if (firstFailure[0] == null) {
                    firstFailure[0] = e.toString();
                }
            }
            return false;
        }
    }

    /** Counts, latencies and the first sending and last answer of a set of requests. */
    private static final class Tally {
        private final Recorder recorder = new Recorder(3);
        private final AtomicLong ok = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicLong firstSent = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong lastAnswered = new AtomicLong(Long.MIN_VALUE);

        void add(long sent, long answered, boolean success) {
            firstSent.accumulateAndGet(sent, Math::min);
            lastAnswered.accumulateAndGet(answered, Math::max);
            if (success) {
                recorder.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(answered - sent)));
                ok.incrementAndGet();
            } else {
                failed.incrementAndGet();
            }
        }

        Bucket bucket() {
            long span = lastAnswered.get() == Long.MIN_VALUE ? 0 : lastAnswered.get() - firstSent.get();
            return new Bucket(
                    ok.get(), failed.get(), Duration.ofNanos(Math.max(0, span)), recorder.getIntervalHistogram());
        }
    }
}
