package org.skillalliance.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One process the launcher started (the Kafka broker, Keycloak, a service): its output goes to its own log, it is
 * waited for through its {@link HealthCheck}, and stopping it stops its descendants too.
 */
final class ChildProcess {

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
     * stderr) written to {@code log} (emptied first), no input.
     *
     * @param stopGrace how long {@link #stop()} waits after SIGTERM before it kills
     */
    static ChildProcess launch(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path log,
            HealthCheck health,
            Duration stopGrace) {
        return launch(name, command, environment, log, health, stopGrace, false);
    }

    /**
     * As {@link #launch(String, List, Map, Path, HealthCheck, Duration)}; with {@code keepLog} the output is appended to
     * what the log holds already (a part started again after a kill keeps its earlier life in its log).
     */
    static ChildProcess launch(
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
                        System.lineSeparator() + "---- " + name + " started again at " + Instant.now() + " ----"
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

    String name() {
        return name;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    Path log() {
        return log;
    }

    HealthCheck health() {
        return health;
    }

    Instant launchedAt() {
        return launchedAt;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** "exited with code 1", for messages about a process that ended. */
    String exitDescription() {
        return process.isAlive() ? "is still running" : "exited with code " + process.exitValue();
    }

    /** SIGKILL to the process and its descendants at once; returns when all have ended. */
    void kill() {
        ProcessTree.kill(process.toHandle());
    }

    /** SIGTERM to the process and its descendants; SIGKILL to what is left after the grace period. */
    void stop() {
        ProcessTree.stop(process.toHandle(), stopGrace);
    }
}
