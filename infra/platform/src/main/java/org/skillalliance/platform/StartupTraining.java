package org.skillalliance.platform;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.awaitility.core.ConditionTimeoutException;
import org.skillalliance.launcher.ChildProcess;

/**
 * One service's training run for its {@link StartupCache}, under way. Training runs only where a jar (or JDK) is new
 * to the cache, on the start that first meets it; a run that fails or takes too long costs that start its cache,
 * never the start itself: the service then starts without one and trains again on its next start.
 *
 * @param output where the run writes the cache, moved into place when it ends well
 */
record StartupTraining(ServiceJar service, StartupCache cache, Path output, ChildProcess process) {

    /**
     * A training run is a service's start without the web server, then writing the cache; five of them share the
     * machine with Keycloak's start, and on two cores busy with other work that took more than 4 minutes.
     */
    static final Duration TIMEOUT = Duration.ofMinutes(8);

    /** Set to {@code off}, a start trains no cache (it still uses one trained before): for the system tests. */
    static final String SWITCH_VARIABLE = "ALLIANCE_STARTUP_TRAINING";

    /**
     * Whether a start trains the caches it lacks: yes unless {@link #SWITCH_VARIABLE} is {@code off}. The system tests
     * switch it off (their build made new jars, and five training runs would add minutes to every run of the suite
     * for a start that happens once); {@code StartupCacheTest} covers the training itself.
     */
    static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getenv(SWITCH_VARIABLE));
    }

    /**
     * Waits until every run has ended (killing those still running after {@code timeout}), keeps the caches of those
     * that ended well, and prints a line for each.
     *
     * @param stopped true once the platform is being stopped: the runs are killed and the start ends
     */
    static void awaitAll(
            List<StartupTraining> trainings, Duration timeout, PrintStream progress, BooleanSupplier stopped) {
        if (trainings.isEmpty()) {
            return;
        }
        progress.println("Training the startup caches of "
                + String.join(
                        ", ", trainings.stream().map(t -> t.service().module()).toList())
                + " (the first start of these jars on this JDK)");
        try {
            StartupWait.pollUntil(
                    timeout,
                    stopped,
                    () -> trainings.stream().noneMatch(t -> t.process().isAlive()));
        } catch (ConditionTimeoutException tooSlow) {
            // reported below, per run, as killed
        } finally {
            for (StartupTraining training : trainings) {
                if (training.process().isAlive()) {
                    training.process().kill();
                }
            }
        }
        for (StartupTraining training : trainings) {
            training.keepOrDiscard(progress);
        }
    }

    private void keepOrDiscard(PrintStream progress) {
        int exitCode = process.exitCode();
        if (cache.adopt(output, exitCode)) {
            progress.printf(
                    "  %-20s startup cache trained in %s%n",
                    service.module(), Durations.seconds(Duration.between(process.launchedAt(), Instant.now())));
        } else {
            progress.printf(
                    "  %-20s no startup cache this time: its training exited with code %d (its log is %s)%n",
                    service.module(), exitCode, process.log());
        }
    }
}
