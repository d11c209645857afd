package org.skillalliance.platform;

import java.time.Duration;
import java.util.Locale;

/** How the launcher prints durations: seconds with one decimal. */
final class Durations {

    private Durations() {}

    /** {@code 12.3 s} */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
