package org.skillalliance.platform;

import java.time.Duration;

/**
 * A plain pause, where the demo seed, the benchmark harness and the fault drills wait a set time: before a retry,
 * while a fault lasts, between two lines of a followed log. Waits for a condition (a part starting or stopping) go
 * through Awaitility ({@code org.skillalliance.launcher.Waits}). An interrupt ends this pause with an exception (the
 * interrupt flag set again), so a stopped program does not sleep on.
 */
public final class Pause {

    private Pause() {}

    /** Waits 200 ms. */
    static void briefly() {
        pause(Duration.ofMillis(200));
    }

    /** Waits {@code duration} (nothing for zero or less). */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
