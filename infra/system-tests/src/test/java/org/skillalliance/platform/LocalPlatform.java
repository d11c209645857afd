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
 * runs beside a developer's own platform. {@link #stop()} runs {@code ./alliance stop}. The system tests share one
 * ({@code SharedPlatform}); {@code AllianceUpStopIT} checks what {@code up} printed and what {@code stop} left.
 * {@link #processes()} finds the platform's processes the way the operating system sees them.
 *
 * <p>It lives in the launcher's package for the launcher's package-private parts (the repository's root, the
 * Prometheus executable).
 */
public final class LocalPlatform implements AutoCloseable {

    /** A backstop only: the launcher gives up by itself (4 minutes for the infrastructure, 5 for the services). */
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(15);

    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(5);

    private final Path repository;
    private final PlatformSettings settings;
    private final Map<String, String> environment;
    private final Run up;
    private final boolean prometheus;
    private Run stop;

    private LocalPlatform(
            Path repository, PlatformSettings settings, Map<String, String> environment, Run up, boolean prometheus) {
        this.repository = repository;
        this.settings = settings;
        this.environment = Map.copyOf(environment);
        this.up = up;
        this.prometheus = prometheus;
    }

    /**
     * Runs {@code ./alliance up --no-seed --with-tracing} (and {@code --with-prometheus} where the machine has
     * Prometheus) and returns once it has returned with the platform healthy.
     *
     * @param workFolder           the platform's work folder (its data and logs)
     * @param applicationVariables set in the environment of {@code up}, whose every part inherits them
     * @throws IllegalStateException if {@code up} failed (after {@code ./alliance stop} has cleared what it left)
     */
    public static LocalPlatform up(Path workFolder, Map<String, String> applicationVariables) {
        Path repository = RepositoryRoot.find();
        PlatformSettings settings = PlatformSettings.forTests(workFolder.toAbsolutePath());
        Map<String, String> environment = new HashMap<>(applicationVariables);
        environment.put(
                PlatformSettings.WORK_FOLDER_VARIABLE, settings.workFolder().toString());
        settings.ports().forEach((part, port) -> environment.put(part.environmentVariable(), Integer.toString(port)));
        boolean prometheus = PrometheusServer.executable().isPresent();
        List<String> command = new ArrayList<>(List.of("./alliance", "up", "--no-seed", "--with-tracing"));
        if (prometheus) {
            command.add("--with-prometheus");
        }
        Run up = run(repository, environment, UP_TIMEOUT, command);
        LocalPlatform platform = new LocalPlatform(repository, settings, environment, up, prometheus);
        if (up.exitCode() != 0) {
            Run stop = platform.stop();
            throw new IllegalStateException(String.join(" ", command) + " failed (exit code " + up.exitCode() + "):\n"
                    + up.output() + "\n./alliance stop afterwards:\n" + stop.output());
        }
        return platform;
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
        return up.output();
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

    /** Runs {@code ./alliance stop} once; later calls return what the first printed. */
    public synchronized Run stop() {
        if (stop == null) {
            stop = alliance(STOP_TIMEOUT, "stop");
        }
        return stop;
    }

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

    /** Stops the platform if nobody has yet. */
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
