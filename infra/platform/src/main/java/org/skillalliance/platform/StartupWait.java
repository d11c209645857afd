package org.skillalliance.platform;

import static org.skillalliance.launcher.Waits.await;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.awaitility.core.ConditionTimeoutException;
import org.skillalliance.launcher.ChildProcess;

/**
 * Waits for several processes at once until each passes its health check, noting how long each took from launch
 * (its cold start); fails as soon as one of them exits, naming its log.
 */
final class StartupWait {

    private StartupWait() {}

    /**
     * @param stopped true once the platform is being stopped (the wait then ends at once)
     * @return each process's name and its time from launch to healthy, in the order they became healthy
     */
    static Map<String, Duration> untilHealthy(
            List<ChildProcess> processes, Duration timeout, PrintStream progress, BooleanSupplier stopped) {
        Map<String, Duration> coldStarts = new LinkedHashMap<>();
        List<ChildProcess> waiting = new ArrayList<>(processes);
        try {
            pollUntil(timeout, stopped, () -> {
                for (ChildProcess process : List.copyOf(waiting)) {
                    if (process.healthyOrFailed()) {
                        Duration coldStart = Duration.between(process.launchedAt(), Instant.now());
                        coldStarts.put(process.name(), coldStart);
                        waiting.remove(process);
                        progress.printf("  %-20s healthy after %s%n", process.name(), Durations.seconds(coldStart));
                    }
                }
                return waiting.isEmpty();
            });
        } catch (ConditionTimeoutException tooSlow) {
            throw new PlatformStartException(
                    waiting.getFirst().notHealthyWithin(timeout).getMessage(), tooSlow);
        } catch (IllegalStateException exited) {
            throw new PlatformStartException(exited.getMessage(), exited);
        }
        return coldStarts;
    }

    /**
     * Tries {@code condition} every 200 ms until it holds, for at most {@code timeout}; ends with an exception at once
     * when {@code stopped} turns true.
     *
     * @throws ConditionTimeoutException if the condition did not hold in time
     */
    static void pollUntil(Duration timeout, BooleanSupplier stopped, Callable<Boolean> condition) {
        await().atMost(timeout)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .pollInSameThread()
                .until(() -> {
                    if (stopped.getAsBoolean()) {
                        throw new PlatformStartException("the platform was stopped while it was starting");
                    }
                    return condition.call();
                });
    }
}
