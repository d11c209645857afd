package org.skillalliance.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One process a launcher started (the Kafka broker, Keycloak, a service): its output goes to its own log, it is
 * waited for through its {@link HealthCheck}, and stopping it stops its descendants too.
 */
public final class ChildProcess {

    /** How often a wait looks at a starting or stopping process. */
    static final Duration POLL = Duration.ofMillis(200);

    private final String name;
    private final Process process;
    private final Path log;
    private final HealthCheck health;
    private final Duration stopGrace;
    private final Instant launchedAt;

    private ChildProcess(
            String name, Process process, Path log, HealthCheck health, Duration stopGrace, Instant launchedAt) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.health = health;
        this.stopGrace = stopGrace;
        this.launchedAt = launchedAt;
    }

    /**
     * Starts the command with the given variables added to the launcher's own environment, its output (stdout and
     * stderr) written to {@code log}, no input.
     *
     * @param stopGrace how long {@link #stop()} waits after SIGTERM before it kills
     * @param keepLog   append to what the log holds already (a part started again after a kill keeps its earlier life in
     *                  its log) rather than empty it first
     */
    public static ChildProcess launch(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path log,
            HealthCheck health,
            Duration stopGrace,
            boolean keepLog) {
        try {
            Files.createDirectories(log.getParent());
            if (keepLog) {
                Files.writeString(
                        log,
                        System.lineSeparator() + "---- " + name + " started at " + Instant.now() + " ----"
                                + System.lineSeparator(),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } else {
                Files.deleteIfExists(log);
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Instant launchedAt = Instant.now();
            Process process = builder.start();
            process.getOutputStream().close();
            return new ChildProcess(name, process, log, health, stopGrace, launchedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + " (" + command.getFirst() + ")", e);
        }
    }

    /**
     * Waits until the health check passes; fails at once if the process exits meanwhile, and after {@code timeout},
     * either time with the end of its log in the message. A process that fails the wait is killed with its
     * descendants first, so that no half-started server outlives it, holding its ports, or answers a later start's
     * health check in its place.
     */
    public ChildProcess awaitHealthy(Duration timeout) {
        try {
            Waits.await()
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    .until(this::healthyOrFailed);
            return this;
        } catch (ConditionTimeoutException tooSlow) {
            killQuietly();
            throw notHealthyWithin(timeout);
        } catch (RuntimeException failed) {
            killQuietly();
            throw failed;
        }
    }

    /** True once healthy, false while still starting; an exception naming the log if the process ended. */
    public boolean healthyOrFailed() {
        if (health.passes()) {
            return true;
        }
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    name + " " + exitDescription() + " while starting; its log is " + log + LogTail.of(log));
        }
        return false;
    }

    /** The failure of a process that did not become healthy in time, with the end of its log. */
    public IllegalStateException notHealthyWithin(Duration timeout) {
        return new IllegalStateException(name + " was not healthy (" + health + ") within " + timeout.toSeconds()
                + " s; its log is " + log + LogTail.of(log));
    }

    public String name() {
        return name;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public Path log() {
        return log;
    }

    public HealthCheck health() {
        return health;
    }

    public Instant launchedAt() {
        return launchedAt;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** "exited with code 1", for messages about a process that ended. */
    public String exitDescription() {
        return process.isAlive() ? "is still running" : "exited with code " + process.exitValue();
    }

    /** Waits until the process has ended and returns its exit code (137 for one killed). */
    public int exitCode() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name + " to end", e);
        }
    }

    /** SIGKILL to the process and its descendants at once; returns when all have ended. */
    public void kill() {
        ProcessTree.kill(process.toHandle());
    }

    private void killQuietly() {
        try {
            kill();
        } catch (RuntimeException survived) {
            // the failed wait is the news; a process that even outlives SIGKILL is left to the caller's report
        }
    }

    /** SIGTERM to the process and its descendants; SIGKILL to what is left after the grace period. */
    public void stop() {
        ProcessTree.stop(process.toHandle(), stopGrace);
    }
}
