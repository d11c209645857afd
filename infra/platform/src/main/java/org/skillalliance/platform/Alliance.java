package org.skillalliance.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.skillalliance.launcher.HealthCheck;
import org.skillalliance.launcher.JavaCommand;
import org.skillalliance.launcher.ProcessTree;
import org.slf4j.LoggerFactory;

/**
 * The {@code ./alliance} command: {@code up}, {@code stop}, {@code status}, {@code logs}, {@code mail} and {@code help} for the whole
 * platform on this machine (docs/local-platform.md).
 *
 * <p>{@code up} does not hold the platform itself: it starts a {@link Supervisor} in a new session, shows its output
 * until the platform is ready (or failed), and returns to the shell; the supervisor stays and holds the platform until
 * {@code stop}.
 */
public final class Alliance {

    private static final String SUPERVISE = "supervise";
    private static final Duration SUPERVISOR_STOP_TIMEOUT = Duration.ofMinutes(3);

    private final PrintStream out;
    private final Path repository;

    private Alliance(PrintStream out, Path repository) {
        this.out = out;
        this.repository = repository;
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        int status;
        try {
            status = new Alliance(System.out, RepositoryRoot.find()).run(List.of(args));
        } catch (IllegalArgumentException | IllegalStateException | PlatformStartException e) {
            System.err.println(e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    int run(List<String> args) {
        String command = args.isEmpty() ? "help" : args.getFirst();
        List<String> rest = args.subList(Math.min(1, args.size()), args.size());
        return switch (command) {
            case "up" -> up(rest);
            case SUPERVISE -> supervise(rest);
            case "stop" -> stop(rest);
            case "status" -> status(rest);
            case "logs" -> logs(rest);
            case "mail" -> mail(rest);
            case "help", "--help", "-h" -> help();
            default -> {
                out.println("Unknown command: " + command);
                help();
                yield 2;
            }
        };
    }

    // ---- up ----

    private int up(List<String> args) {
        Options options = Options.parse(args, repository);
        WorkFolder folder = new WorkFolder(options.settings().workFolder());
        Optional<ProcessHandle> running = folder.liveSupervisor();
        if (running.isPresent()) {
            out.println("The platform is already running (supervisor pid "
                    + running.get().pid() + "): ./alliance status shows it, ./alliance stop ends it.");
            return 1;
        }
        stopLeftovers(folder, "an earlier run");
        PortsInUse.requireAllFree(options.settings());
        try {
            Platform.wipe(folder.root());
            Files.createDirectories(folder.logs());
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear " + folder.root(), e);
        }
        out.println("Fresh start: data and logs of any earlier run in " + folder.root() + " are gone.");
        if (options.foreground()) {
            return new Supervisor(options.settings(), options.seed(), out).run();
        }
        Process supervisor = launchSupervisor(args, folder);
        return follow(supervisor, folder);
    }

    private int supervise(List<String> args) {
        Options options = Options.parse(args, repository);
        return new Supervisor(options.settings(), options.seed(), out).run();
    }

    /** The supervisor, as this same program with {@code supervise}, in a session of its own where setsid exists. */
    private Process launchSupervisor(List<String> args, WorkFolder folder) {
        List<String> command = new ArrayList<>();
        Optional<Path> setsid = onPath("setsid");
        setsid.ifPresent(path -> command.add(path.toString()));
        command.addAll(List.of(
                JavaCommand.java(),
                PlatformProcesses.marker(folder.root()),
                "-Xmx128m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Alliance.class.getName(),
                SUPERVISE));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            folder.supervisorLog().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .directory(repository.toFile())
                    .start();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the supervisor", e);
        }
    }

    /**
     * Shows the supervisor's log as it grows until the platform is ready (0) or the supervisor gave up (1). Ctrl-C
     * meanwhile stops the supervisor, and with it whatever had started.
     */
    private int follow(Process supervisor, WorkFolder folder) {
        AtomicBoolean handedOver = new AtomicBoolean();
        Thread interrupted = new Thread(
                () -> {
                    if (!handedOver.get() && supervisor.isAlive()) {
                        System.out.println(System.lineSeparator() + "Interrupted: stopping what has started");
                        // the supervisor stops its parts in order; whatever is left after that is stopped here
                        supervisor.destroy();
                        awaitExit(supervisor.toHandle(), SUPERVISOR_STOP_TIMEOUT);
                        stopLeftovers(folder, "the interrupted start");
                    }
                },
                "alliance-up-interrupted");
        Runtime.getRuntime().addShutdownHook(interrupted);
        long position = 0;
        while (true) {
            position = copyNewOutput(folder.supervisorLog(), position);
            if (Files.exists(folder.readyMarker())) {
                copyNewOutput(folder.supervisorLog(), position);
                handedOver.set(true);
                return 0;
            }
            if (!supervisor.isAlive()) {
                copyNewOutput(folder.supervisorLog(), position);
                handedOver.set(true);
                out.println("The supervisor ended (exit code " + supervisor.exitValue() + "); logs are in "
                        + folder.logs());
                return 1;
            }
            Pause.briefly();
        }
    }

    private long copyNewOutput(Path log, long position) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            if (file.length() <= position) {
                return position;
            }
            file.seek(position);
            byte[] bytes = new byte[(int) (file.length() - position)];
            file.readFully(bytes);
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
            return position + bytes.length;
        } catch (IOException notYetWritten) {
            return position;
        }
    }

    // ---- stop ----

    private int stop(List<String> args) {
        WorkFolder folder =
                new WorkFolder(Options.parse(args, repository).settings().workFolder());
        Optional<ProcessHandle> supervisor = folder.liveSupervisor();
        if (supervisor.isPresent()) {
            out.println(
                    "Stopping the platform (supervisor pid " + supervisor.get().pid() + ")");
            Instant begin = Instant.now();
            supervisor.get().destroy();
            awaitExit(supervisor.get(), SUPERVISOR_STOP_TIMEOUT);
            if (supervisor.get().isAlive()) {
                out.println("The supervisor did not stop within " + SUPERVISOR_STOP_TIMEOUT.toMinutes()
                        + " minutes; killing it");
                supervisor.get().destroyForcibly();
            }
            out.println("Stopped in " + Durations.seconds(Duration.between(begin, Instant.now())));
        } else {
            out.println("No supervisor is running.");
        }
        stopLeftovers(folder, "the platform");
        try {
            Files.deleteIfExists(folder.state());
            Files.deleteIfExists(folder.supervisorPid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ProcessHandle> remaining = PlatformProcesses.of(folder.root());
        if (!remaining.isEmpty()) {
            out.println("Still running: "
                    + remaining.stream().map(p -> Long.toString(p.pid())).toList());
            return 1;
        }
        out.println(
                "No process of the platform is left. Data and logs stay in " + folder.root() + " until the next up.");
        return 0;
    }

    /** Stops every recorded process still alive and any other process marked as the platform's (a crashed supervisor's). */
    private void stopLeftovers(WorkFolder folder, String what) {
        List<ProcessHandle> leftovers = new ArrayList<>();
        PlatformState.read(folder.state()).ifPresent(state -> leftovers.addAll(state.liveProcesses()));
        PlatformProcesses.of(folder.root()).stream()
                .filter(process -> leftovers.stream().noneMatch(known -> known.pid() == process.pid()))
                .forEach(leftovers::add);
        if (!leftovers.isEmpty()) {
            out.println("Stopping " + leftovers.size() + " leftover process(es) of " + what + ": "
                    + leftovers.stream()
                            .map(process -> Long.toString(process.pid()))
                            .toList());
            ProcessTree.stop(leftovers, Duration.ofSeconds(20));
        }
    }

    // ---- status ----

    private int status(List<String> args) {
        WorkFolder folder =
                new WorkFolder(Options.parse(args, repository).settings().workFolder());
        Optional<ProcessHandle> supervisor = folder.liveSupervisor();
        Optional<PlatformState> state = PlatformState.read(folder.state());
        if (supervisor.isEmpty()) {
            out.println("The platform is not running"
                    + (state.isPresent()
                            ? " (its supervisor is gone;" + " ./alliance stop clears what may be left)."
                            : "."));
            return 3;
        }
        if (state.isEmpty() || !Files.exists(folder.readyMarker())) {
            out.println("The platform is starting (supervisor pid "
                    + supervisor.get().pid() + "); ./alliance logs supervisor");
            return 0;
        }
        String row = "%-19s %8s %6s  %-6s %9s  %s%n";
        out.printf(Locale.ROOT, row, "part", "pid", "port", "health", "memory", "address");
        long totalKilobytes = 0;
        boolean allUp = true;
        for (PlatformState.RecordedPart part : state.get().parts()) {
            Optional<ProcessHandle> process = part.processes().isEmpty()
                    ? Optional.empty()
                    : part.processes().getFirst().live();
            long kilobytes = process.map(ResidentMemory::kilobytesOfTree).orElse(0L);
            boolean up = process.isPresent() && new HealthCheck(URI.create(part.health())).passes();
            allUp &= up;
            totalKilobytes += kilobytes;
            out.printf(
                    Locale.ROOT,
                    row,
                    part.name(),
                    process.map(p -> Long.toString(p.pid())).orElse("-"),
                    part.port(),
                    up ? "UP" : "DOWN",
                    process.isPresent() ? ResidentMemory.describe(kilobytes) : "-",
                    part.address());
        }
        out.printf(Locale.ROOT, row, "all", "", "", allUp ? "UP" : "DOWN", ResidentMemory.describe(totalKilobytes), "");
        out.println("Supervisor pid " + supervisor.get().pid() + ", "
                + ResidentMemory.describe(
                        ResidentMemory.kilobytes(supervisor.get().pid()).orElse(0)) + "; logs in " + folder.logs());
        return allUp ? 0 : 1;
    }

    // ---- logs ----

    private int logs(List<String> args) {
        WorkFolder folder = new WorkFolder(
                Options.parse(args.stream().filter(PlatformSettings::isPortFlag).toList(), repository)
                        .settings()
                        .workFolder());
        List<String> words =
                args.stream().filter(arg -> !PlatformSettings.isPortFlag(arg)).toList();
        boolean followLog = words.contains("-f") || words.contains("--follow");
        Optional<String> part =
                words.stream().filter(word -> !word.startsWith("-")).findFirst();
        if (part.isEmpty()) {
            out.println("Logs in " + folder.logs() + ":");
            try (Stream<Path> files = Files.list(folder.logs())) {
                files.sorted()
                        .forEach(file -> out.printf(
                                Locale.ROOT,
                                "  %-28s %8d kB%n",
                                file.getFileName(),
                                (file.toFile().length() + 1023) / 1024));
            } catch (IOException e) {
                out.println("  (none: the platform has not been started here)");
            }
            out.println(
                    "./alliance logs <part> shows the end of one (e.g. gateway, member, keycloak, kafka); -f follows it.");
            return 0;
        }
        Optional<Path> log = Stream.of(part.get() + ".log", part.get() + "-service.log")
                .map(folder.logs()::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
        if (log.isEmpty()) {
            out.println("No log for " + part.get() + " in " + folder.logs() + "; ./alliance logs lists them.");
            return 1;
        }
        out.println("==> " + log.get() + " <==");
        try {
            List<String> lines = Files.readAllLines(log.get(), StandardCharsets.UTF_8);
            lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(out::println);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (followLog) {
            long position = log.get().toFile().length();
            while (true) {
                position = copyNewOutput(log.get(), position);
                Pause.briefly();
            }
        }
        return 0;
    }

    // ---- mail ----

    /** What the platform's mail server received: per message the recipient, subject and set-password link, if any. */
    private int mail(List<String> args) {
        PlatformSettings settings = Options.parse(
                        args.stream().filter(PlatformSettings::isPortFlag).toList(), repository)
                .settings();
        Optional<String> only =
                args.stream().filter(arg -> !PlatformSettings.isPortFlag(arg)).findFirst();
        List<MailServer.Mail> mails = MailServer.received(MailServer.apiUrl(settings)).stream()
                .filter(mail -> only.isEmpty() || mail.to().equalsIgnoreCase(only.get()))
                .toList();
        out.println(mails.size() + " message(s) received by the mail server (web page and REST API: "
                + MailServer.apiUrl(settings) + ")"
                + only.map(address -> " for " + address).orElse(""));
        for (MailServer.Mail mail : mails) {
            out.println("  to " + mail.to() + ": " + mail.subject());
            mail.actionLink().ifPresent(link -> out.println("    link: " + link));
        }
        return 0;
    }

    // ---- help ----

    private int help() {
        out.println("""
                ./alliance: the whole Skill Alliance platform on this machine, without Docker (docs/local-platform.md)

                  ./alliance up [--no-seed] [--foreground] [--with-prometheus] [--with-tracing] [--<part>-port=N ...]
                      Builds what is missing, then starts PostgreSQL, Kafka, Keycloak, the four services and the
                      gateway with fresh data, seeds the demo alliance through the API (not with --no-seed) and prints
                      where everything is. Returns once all is ready; a supervisor process keeps the platform running
                      (--foreground: this process holds it instead, until Ctrl-C). --with-prometheus also starts the
                      machine's own prometheus (on the PATH or /usr/bin/prometheus, e.g. Debian's package), scraping
                      every part's metrics on its management port, with the alert rules of infra/observability.
                      --with-tracing also starts Zipkin (UI on port 9411) with an OTLP receiver (port 4318) that every
                      service sends its spans to.
                  ./alliance status             each part's pid, port, health and resident memory
                  ./alliance logs [part] [-f]   lists the log folder, or shows the end of one part's log (-f follows)
                  ./alliance mail [address]     what the mail server received (Keycloak's invitations with their links)
                  ./alliance stop               stops everything; no process of the platform is left
                  ./alliance help

                Ports (environment variable, or flag of up):""");
        for (PortSetting setting : PortSetting.values()) {
            out.printf(
                    Locale.ROOT,
                    "  %-37s %-32s %5d  %s%n",
                    setting.environmentVariable(),
                    setting.flag() + "=N",
                    setting.defaultPort(),
                    setting.description());
        }
        out.println("""

                Data and logs live in .alliance/ (logs in .alliance/logs), or in the folder ALLIANCE_WORK_FOLDER names
                (new, empty, or an earlier run's; give it to stop, status and logs too); every up starts from empty
                databases.""");
        return 0;
    }

    // ---- helpers ----

    /** The arguments of up and supervise: the port flags, --no-seed, --foreground, --with-prometheus, --with-tracing. */
    record Options(PlatformSettings settings, boolean seed, boolean foreground) {

        static final String WITH_PROMETHEUS = "--with-prometheus";
        static final String WITH_TRACING = "--with-tracing";

        static Options parse(List<String> args, Path repository) {
            for (String arg : args) {
                if (!PlatformSettings.isPortFlag(arg)
                        && !List.of("--no-seed", "--foreground", WITH_PROMETHEUS, WITH_TRACING)
                                .contains(arg)) {
                    throw new IllegalArgumentException("Unknown option " + arg + "; ./alliance help lists them");
                }
            }
            boolean prometheus = args.contains(WITH_PROMETHEUS);
            if (prometheus && PrometheusServer.executable().isEmpty()) {
                throw new IllegalArgumentException(PrometheusServer.missingMessage());
            }
            PlatformSettings settings = PlatformSettings.fromEnvironmentAndFlags(repository, System.getenv(), args)
                    .withPrometheus(prometheus);
            return new Options(
                    args.contains(WITH_TRACING) ? settings.withTracing() : settings,
                    !args.contains("--no-seed"),
                    args.contains("--foreground"));
        }
    }

    private static void awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            // the caller decides
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The libraries the launcher uses (zonky, the PostgreSQL driver) log through logback; only warnings matter here. */
    private static void quietLibraryLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
