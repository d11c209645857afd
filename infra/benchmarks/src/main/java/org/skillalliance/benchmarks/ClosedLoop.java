package org.skillalliance.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop load: {@code workers} threads each send one request, wait for its answer and send the next, for a
 * fixed time after a warm-up whose requests are not recorded. Latency is the time from sending to the whole answer
 * (microseconds, HdrHistogram, 3 significant digits). A closed loop slows down with the system, so it understates
 * latency under overload (coordinated omission); the figures are therefore read at a load the system keeps up with,
 * and throughput is what that load achieved.
 */
final class ClosedLoop {

    /** One request; returns true when the answer was the expected one. */
    @FunctionalInterface
    interface Call {
        boolean run(long index) throws Exception;
    }

    /**
     * What one run measured.
     *
     * @param ok        requests answered as expected during the measured time
     * @param failed    requests answered otherwise (or not at all) during the measured time
     * @param elapsed   the measured time
     * @param latencies of the successful requests, in microseconds
     */
    record Result(long ok, long failed, Duration elapsed, Histogram latencies) {

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
        Recorder recorder = new Recorder(3);
        AtomicLong next = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
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
                    boolean success;
                    try {
                        success = call.run(index);
                    } catch (Exception e) {
                        success = false;
                        synchronized (firstFailure) {
                            if (firstFailure[0] == null) {
                                firstFailure[0] = e.toString();
                            }
                        }
                    }
                    long answered = System.nanoTime();
                    if (sent >= recordFrom && answered <= end) {
                        if (success) {
                            recorder.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(answered - sent)));
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
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
        long stopped = Math.min(System.nanoTime(), end);
        if (firstFailure[0] != null) {
            System.out.println("    (first failure: " + firstFailure[0] + ")");
        }
        return new Result(
                ok.get(),
                failed.get(),
                Duration.ofNanos(Math.max(1, stopped - recordFrom)),
                recorder.getIntervalHistogram());
    }
}
