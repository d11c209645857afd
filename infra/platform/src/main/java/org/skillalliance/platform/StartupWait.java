package org.skillalliance.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Waits for several processes at once until each passes its health check, noting how long each took from launch
 * (its cold start); fails as soon as one of them exits, naming its log.
 */
final class StartupWait {

    private static final int LOG_LINES_IN_MESSAGE = 25;

    private StartupWait() {}

    /**
     * @param stopped true once the platform is being stopped (the wait then ends at once)
     * @return each process's name and its time from launch to healthy, in the order they became healthy
     */
    static Map<String, Duration> untilHealthy(
            List<ChildProcess> processes, Duration timeout, PrintStream progress, BooleanSupplier stopped) {
        Map<String, Duration> coldStarts = new LinkedHashMap<>();
        List<ChildProcess> waiting = new ArrayList<>(processes);
        Instant deadline = Instant.now().plus(timeout);
        while (!waiting.isEmpty()) {
            if (stopped.getAsBoolean()) {
                throw new PlatformStartException("the platform was stopped while it was starting");
            }
            for (ChildProcess process : List.copyOf(waiting)) {
                if (process.health().passes()) {
                    Duration coldStart = Duration.between(process.launchedAt(), Instant.now());
                    coldStarts.put(process.name(), coldStart);
                    waiting.remove(process);
                    progress.printf("  %-20s healthy after %s%n", process.name(), Durations.seconds(coldStart));
                } else if (!process.isAlive()) {
                    throw new PlatformStartException(process.name() + " " + process.exitDescription()
                            + " while starting; its log is " + process.log() + lastLines(process.log()));
                }
            }
            if (!waiting.isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    ChildProcess first = waiting.getFirst();
                    throw new PlatformStartException(first.name() + " was not healthy (" + first.health() + ") within "
                            + timeout.toSeconds() + " s; its log is " + first.log() + lastLines(first.log()));
                }
                Pause.briefly();
            }
        }
        return coldStarts;
    }

    static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_MESSAGE), lines.size());
            return tail.isEmpty()
                    ? ""
                    : System.lineSeparator() + "--- last lines of " + log.getFileName() + " ---"
                            + System.lineSeparator() + String.join(System.lineSeparator(), tail);
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }
}
