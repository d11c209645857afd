package org.skillalliance.benchmarks;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Recorder;

/**
 * An open-loop load at a fixed rate: request {@code i} is due at {@code start + i / rate}, and is sent then on a
 * thread of its own (a cached pool) whether or not earlier requests were answered, so a slow answer does not delay the next
 * request. Latency is measured from the request's <em>intended</em> sending time, not from when it actually left
 * (which a busy machine can delay): queueing anywhere, the load generator included, is in the figure, and coordinated
 * omission does not hide it. Every request due in the measured window is waited for and recorded, however late its
 * answer.
 */
final class OpenLoop {

    private OpenLoop() {}

    /**
     * Sends {@code call} at {@code perSecond} for {@code warmUp} (unrecorded), then for {@code measured}.
     *
     * @return the measured requests; {@link ClosedLoop.Result#elapsed()} is the measured window, so {@code perSecond()}
     *     is the rate achieved (the requested one unless the generator fell behind)
     */
    static ClosedLoop.Result run(int perSecond, Duration warmUp, Duration measured, ClosedLoop.Call call) {
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong late = new AtomicLong();
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long begin = System.nanoTime();
        long recordFrom = begin + warmUp.toNanos();
        long end = recordFrom + measured.toNanos();
        String[] firstFailure = new String[1];
        try (ExecutorService senders = Executors.newCachedThreadPool()) {
            for (long i = 0; ; i++) {
                long due = begin + i * period;
                if (due >= end) {
                    break;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long index = i;
                senders.execute(() -> {
                    boolean success = ClosedLoop.attempt(call, index, firstFailure);
                    long answered = System.nanoTime();
                    if (due < recordFrom) {
                        return;
                    }
                    if (answered > end) {
                        late.incrementAndGet();
                    }
                    if (success) {
                        recorder.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(answered - due)));
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                });
            }
        } // waits for every request sent
        if (firstFailure[0] != null) {
            System.out.println("    (first failure: " + firstFailure[0] + ")");
        }
        return new ClosedLoop.Result(
                ok.get(), failed.get(), late.get(), measured, recorder.getIntervalHistogram(), java.util.List.of());
    }
}
