package org.skillalliance.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole platform started by {@code ./alliance up}, the script itself as a person types it, in a process of its own:
 * on free ports ({@code ALLIANCE_<PART>_PORT}) and in a temporary work folder ({@code ALLIANCE_WORK_FOLDER}), so it
 * runs beside a developer's own platform. {@link #up()} runs {@code ./alliance up}, {@link #stop()}
 * {@code ./alliance stop}. The system tests share one
 * ({@code SharedPlatform}); {@code AllianceUpStopIT} checks what {@code up} printed and what {@code stop} left.
 * {@link #processes()} finds the platform's processes the way the operating system sees them.
 *
 * <p>It lives in the launcher's package for the launcher's package-private parts (the repository's root, the
 * Prometheus executable).
 */
public final class LocalPlatform implements AutoCloseable {

    /**
     * A backstop only: the launcher gives up by itself (4 minutes for PostgreSQL, Kafka and the mail server, then 5 for
     * Keycloak and the services).
     */
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(15);

    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(5);

    private final Path repository;
    private final PlatformSettings settings;
    private final Map<String, String> environment;
    private final boolean prometheus;
    private volatile Run up;
    private Run stop;

    private LocalPlatform(Path workFolder, Map<String, String> applicationVariables) {
        this.repository = RepositoryRoot.find();
        this.settings = PlatformSettings.forTests(workFolder.toAbsolutePath());
        Map<String, String> variables = new HashMap<>(applicationVariables);
        variables.put(
                PlatformSettings.WORK_FOLDER_VARIABLE, settings.workFolder().toString());
        settings.ports().forEach((part, port) -> variables.put(part.environmentVariable(), Integer.toString(port)));
        this.environment = Map.copyOf(variables);
        this.prometheus = PrometheusServer.executable().isPresent();
    }

    /**
     * A platform in this work folder, on free ports, not started yet: {@link #up()} starts it, {@link #stop()} (or
     * {@link #close()}) stops whatever of it runs, also while {@code up} is still at work in another thread.
     *
     * @param workFolder           the platform's work folder (its data and logs)
     * @param applicationVariables set in the environment of {@code up}, whose every part inherits them
     */
    public static LocalPlatform inFolder(Path workFolder, Map<String, String> applicationVariables) {
        return new LocalPlatform(workFolder, applicationVariables);
    }

    /**
     * Runs {@code ./alliance up --no-seed --with-tracing} (and {@code --with-prometheus} where the machine has
     * Prometheus) and returns once it has returned with the platform healthy.
     *
     * @throws IllegalStateException if {@code up} failed (after {@code ./alliance stop} has cleared what it left)
     */
    public LocalPlatform up() {
        List<String> command = new ArrayList<>(List.of("./alliance", "up", "--no-seed", "--with-tracing"));
        if (prometheus) {
            command.add("--with-prometheus");
        }
        Run started = run(repository, environment, UP_TIMEOUT, command);
        up = started;
        if (started.exitCode() != 0) {
            Run stopped = stop();
            throw new IllegalStateException(String.join(" ", command) + " failed (exit code " + started.exitCode()
                    + "):\n" + started.output() + "\n./alliance stop afterwards:\n" + stopped.output());
        }
        return this;
    }

    public PlatformSettings settings() {
        return settings;
    }

    /** Where the gateway, Keycloak and each service answer. */
    public PlatformEndpoints endpoints() {
        return PlatformEndpoints.of(settings);
    }

    /** The database of a service, as that service connects to it. */
    public ServiceDatabase database(String service) {
        return ServiceDatabase.of(settings, service);
    }

    /** What {@code ./alliance up} printed: the parts, the sample call, where the metrics are. */
    public String upOutput() {
        Run started = up;
        if (started == null) {
            throw new IllegalStateException("./alliance up has not run");
        }
        return started.output();
    }

    /** True if {@code up} ran with {@code --with-prometheus} (the machine has Prometheus). */
    public boolean withPrometheus() {
        return prometheus;
    }

    /** Runs another {@code ./alliance} command against this platform ({@code mail}, {@code status}, ...). */
    public Run alliance(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("./alliance"));
        command.addAll(List.of(arguments));
        return run(repository, environment, timeout, command);
    }

    /** Runs a script with bash in the repository, as a person pastes it into a terminal (no variable of the platform's). */
    public Run shell(Duration timeout, String script) {
        return run(repository, Map.of(), timeout, List.of("/bin/bash", "-c", script));
    }

    /**
     * Runs {@code ./alliance stop} until it succeeds once; later calls return what that one printed. A stop that failed
     * (or did not end in time) is tried again by the next call.
     */
    public synchronized Run stop() {
        if (stop != null) {
            return stop;
        }
        Run attempt = alliance(STOP_TIMEOUT, "stop");
        if (attempt.exitCode() == 0) {
            stop = attempt;
        }
        return attempt;
    }

    /** True once {@code ./alliance stop} has succeeded. */
    public synchronized boolean stopped() {
        return stop != null;
    }

    /**
     * Every live process whose command line names the work folder or whose working folder lies in it, as
     * {@code pid cwd command line}, read from {@code /proc} ({@code /proc/<pid>/cmdline} and {@code /proc/<pid>/cwd}):
     * the platform's processes judged by the operating system, not by the launcher's own bookkeeping.
     */
    public List<String> processes() {
        String folder = settings.workFolder().toString();
        List<String> found = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                if (Long.parseLong(entry.getFileName().toString()) == self) {
                    continue;
                }
                String commandLine;
                String cwd;
                try {
                    commandLine = new String(Files.readAllBytes(entry.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ')
                            .strip();
                    cwd = Files.readSymbolicLink(entry.resolve("cwd")).toString();
                } catch (IOException goneOrNotOurs) {
                    // the process ended while we looked, or is another user's: neither is the platform's
                    continue;
                }
                if (commandLine.contains(folder) || cwd.equals(folder) || cwd.startsWith(folder + "/")) {
                    found.add(entry.getFileName() + " " + cwd + " " + commandLine);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Stops the platform if nobody has yet (a failed stop shows in {@link #stop()}'s answer). */
    @Override
    public void close() {
        stop();
    }

    /** A finished command: its exit code (-1 if it did not end in time) and everything it printed. */
    public record Run(int exitCode, String output) {}

    private static Run run(Path directory, Map<String, String> environment, Duration timeout, List<String> command) {
        try {
            Path log = Files.createTempFile("alliance-command", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(directory.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroy();
                    process.waitFor(30, TimeUnit.SECONDS);
                    return new Run(
                            -1,
                            Files.readString(log) + System.lineSeparator() + String.join(" ", command)
                                    + " did not end within " + timeout);
                }
                return new Run(process.exitValue(), Files.readString(log));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
