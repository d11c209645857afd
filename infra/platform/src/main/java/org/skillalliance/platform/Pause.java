package org.skillalliance.platform;

import java.time.Duration;

/**
 * The one way the launcher, the demo seed, the benchmark harness and the fault drills wait: between two looks at
 * something that is starting or stopping, before a retry, while a fault lasts. An interrupt ends the wait with an
 * exception (the interrupt flag set again), so a stopped program does not sleep on.
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
