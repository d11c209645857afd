package org.skillalliance.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.skillalliance.launcher.FreePorts;

/**
 * Where the local platform runs: its ports, the repository it takes its jars and realm from, and the work folder that
 * holds its data and logs.
 *
 * <p>Immutable. Three ways to get one:
 * <ul>
 *   <li>{@link #fromEnvironmentAndFlags}: what {@code ./alliance up} uses; defaults, overridden by
 *       {@code ALLIANCE_<PART>_PORT} variables, overridden in turn by {@code --<part>-port=N} flags, and the work
 *       folder of {@code ALLIANCE_WORK_FOLDER} where it is set;</li>
 *   <li>{@link #defaults}: every port at its default ({@link PortSetting}), work folder {@code <repository>/.alliance};</li>
 *   <li>{@link #forTests}: free ports and a work folder of the caller's choosing, for tests that start the whole
 *       platform next to whatever else runs on the machine.</li>
 * </ul>
 *
 * <p>The work folder is wiped of the previous run's data when the platform starts (see {@link Platform#start}); its
 * {@code logs/} folder holds one log per process.
 */
public final class PlatformSettings {

    /** The environment variable that moves the work folder away from {@code <repository>/.alliance}. */
    public static final String WORK_FOLDER_VARIABLE = "ALLIANCE_WORK_FOLDER";

    private final Path repository;
    private final Path workFolder;
    private final Map<PortSetting, Integer> ports;
    private final boolean prometheus;
    private final boolean tracing;
    private final Path startupCaches;

    private PlatformSettings(Path repository, Path workFolder, Map<PortSetting, Integer> ports) {
        this(repository, workFolder, ports, false, false, StartupCache.defaultRoot());
    }

    private PlatformSettings(
            Path repository,
            Path workFolder,
            Map<PortSetting, Integer> ports,
            boolean prometheus,
            boolean tracing,
            Path startupCaches) {
        this.repository = repository.toAbsolutePath().normalize();
        this.workFolder = workFolder.toAbsolutePath().normalize();
        this.ports = Collections.unmodifiableMap(new EnumMap<>(ports));
        this.prometheus = prometheus;
        this.tracing = tracing;
        this.startupCaches = startupCaches.toAbsolutePath().normalize();
        requireDistinctPorts();
    }

    /** Every port at its default; the work folder is {@code <repository>/.alliance}. */
    public static PlatformSettings defaults(Path repository) {
        Map<PortSetting, Integer> ports = new EnumMap<>(PortSetting.class);
        for (PortSetting setting : PortSetting.values()) {
            ports.put(setting, setting.defaultPort());
        }
        return new PlatformSettings(repository, repository.resolve(".alliance"), ports);
    }

    /**
     * The defaults, then every {@code ALLIANCE_<PART>_PORT} variable of {@code environment}, then every
     * {@code --<part>-port=N} among {@code arguments} (other arguments are left to the caller).
     *
     * @throws IllegalArgumentException naming the variable or flag whose value is not a port, or an unknown port flag
     */
    public static PlatformSettings fromEnvironmentAndFlags(
            Path repository, Map<String, String> environment, List<String> arguments) {
        Map<PortSetting, Integer> ports = new EnumMap<>(defaults(repository).ports);
        for (PortSetting setting : PortSetting.values()) {
            String value = environment.get(setting.environmentVariable());
            if (value != null && !value.isBlank()) {
                ports.put(setting, parsePort(setting.environmentVariable() + "=" + value, value));
            }
        }
        for (String argument : arguments) {
            if (!isPortFlag(argument)) {
                continue;
            }
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            PortSetting setting = Arrays.stream(PortSetting.values())
                    .filter(candidate -> candidate.flag().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown port flag " + name + "; the ports are "
                            + Arrays.stream(PortSetting.values())
                                    .map(PortSetting::flag)
                                    .collect(Collectors.joining(", "))));
            if (!argument.contains("=")) {
                throw new IllegalArgumentException(name + " needs a value: " + name + "=" + setting.defaultPort());
            }
            ports.put(setting, parsePort(argument, argument.substring(argument.indexOf('=') + 1)));
        }
        return new PlatformSettings(repository, workFolder(repository, environment.get(WORK_FOLDER_VARIABLE)), ports);
    }

    /**
     * The work folder: {@code <repository>/.alliance}, or the absolute form of {@value #WORK_FOLDER_VARIABLE} where it
     * is set (a second platform beside the first, or a test's temporary folder). Since every {@code up} deletes the
     * work folder's content, a folder given that way must be new, empty, or an earlier run's (it holds {@code logs/}
     * or {@code data/}); anything else is refused rather than wiped.
     *
     * @throws IllegalArgumentException for a folder that exists and is not empty or an earlier run's
     */
    static Path workFolder(Path repository, String configured) {
        if (configured == null || configured.isBlank()) {
            return repository.resolve(".alliance");
        }
        Path folder = Path.of(configured.strip()).toAbsolutePath().normalize();
        if (Files.isDirectory(folder)
                && !Files.isDirectory(folder.resolve("logs"))
                && !Files.isDirectory(folder.resolve("data"))) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(WORK_FOLDER_VARIABLE + "=" + configured + " names a folder that"
                            + " holds other files; ./alliance up empties its work folder, so give a new or empty one");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + folder, e);
            }
        } else if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(WORK_FOLDER_VARIABLE + "=" + configured + " is a file, not a folder");
        }
        return folder;
    }

    /** True for an argument that {@link #fromEnvironmentAndFlags} reads: {@code --<something>-port[=N]}. */
    public static boolean isPortFlag(String argument) {
        String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
        return name.startsWith("--") && name.endsWith("-port");
    }

    /**
     * Settings for a test that starts the whole platform: every port one that is free right now (so the platform can
     * run next to a developer's own {@code ./alliance up} or other tests), the repository found from the current folder
     * (or the {@code services.root} system property), and {@code workFolder} for data and logs
     * ({@code workFolder/logs/<part>.log}).
     */
    public static PlatformSettings forTests(Path workFolder) {
        Path repository = RepositoryRoot.find();
        Map<PortSetting, Integer> ports = new EnumMap<>(PortSetting.class);
        for (PortSetting setting : PortSetting.values()) {
            // outside the ephemeral range: a part binds its port a minute after the choice, and an outgoing connection
            // meanwhile must not take it
            ports.put(setting, FreePorts.take());
        }
        return new PlatformSettings(repository, workFolder, ports);
    }

    /** The same settings with one port changed. */
    public PlatformSettings withPort(PortSetting setting, int port) {
        Map<PortSetting, Integer> changed = new EnumMap<>(ports);
        changed.put(setting, parsePort(setting.flag() + "=" + port, Integer.toString(port)));
        return new PlatformSettings(repository, workFolder, changed, prometheus, tracing, startupCaches);
    }

    /** The same settings with another work folder. */
    public PlatformSettings withWorkFolder(Path folder) {
        return new PlatformSettings(repository, folder, ports, prometheus, tracing, startupCaches);
    }

    /**
     * The same settings, with or without a Prometheus server scraping the services' management ports
     * ({@code ./alliance up --with-prometheus}; it needs a {@code prometheus} executable on the machine).
     */
    public PlatformSettings withPrometheus(boolean enabled) {
        return new PlatformSettings(repository, workFolder, ports, enabled, tracing, startupCaches);
    }

    /** Whether the platform starts Prometheus too (off unless asked for). */
    public boolean prometheus() {
        return prometheus;
    }

    /**
     * The same settings with the local trace collector (Zipkin behind an OTLP receiver, {@link TraceCollector}) started
     * too, and the services and the gateway exporting their spans to it: {@code ./alliance up --with-tracing}.
     */
    public PlatformSettings withTracing() {
        return new PlatformSettings(repository, workFolder, ports, prometheus, true, startupCaches);
    }

    /** Whether the local trace collector runs ({@link #withTracing()}; off by default). */
    public boolean tracing() {
        return tracing;
    }

    /**
     * The same settings with the services' {@linkplain StartupCache startup caches} in {@code folder} rather than the
     * user's {@code ~/.cache/skill-alliance/aot}.
     */
    public PlatformSettings withStartupCaches(Path folder) {
        return new PlatformSettings(repository, workFolder, ports, prometheus, tracing, folder);
    }

    /** Where the services' extracted jars and startup caches are kept, across starts and work folders. */
    public Path startupCaches() {
        return startupCaches;
    }

    /**
     * Whether the platform listens on this port: Prometheus's only {@linkplain #prometheus() with Prometheus}, the
     * trace collector's only {@linkplain #tracing() with tracing}.
     */
    public boolean listensOn(PortSetting setting) {
        return switch (setting) {
            case PROMETHEUS -> prometheus;
            case ZIPKIN, OTLP -> tracing;
            default -> true;
        };
    }

    public int port(PortSetting setting) {
        return ports.get(setting);
    }

    public Map<PortSetting, Integer> ports() {
        return ports;
    }

    /** The repository root: {@code <service>/target/*.jar} and {@code infra/keycloak} are found below it. */
    public Path repository() {
        return repository;
    }

    /** Holds the platform's data ({@code data/}), its logs ({@code logs/}) and the pid and state files. */
    public Path workFolder() {
        return workFolder;
    }

    /** One log per process: {@code postgres.log}, {@code kafka.log}, {@code keycloak.log}, {@code gateway.log}, ... */
    public Path logs() {
        return workFolder.resolve("logs");
    }

    /** The parts' data, wiped on every start. */
    public Path data() {
        return workFolder.resolve("data");
    }

    /** The packaged jar of a service module, e.g. {@code member-service/target/member-service-0.1.0-SNAPSHOT.jar}. */
    public Path serviceJar(String module) {
        return repository.resolve(module).resolve("target").resolve(module + "-" + Versions.project() + ".jar");
    }

    /** The production realm export. */
    public Path realmExport() {
        return repository.resolve(RepositoryRoot.MARKER);
    }

    /** What the local demo adds to the realm (a password-grant client setting and a demo user). */
    public Path demoRealmOverlay() {
        return repository.resolve("infra/keycloak/demo/demo-overlay.json");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlatformSettings that
                && repository.equals(that.repository)
                && workFolder.equals(that.workFolder)
                && ports.equals(that.ports)
                && prometheus == that.prometheus
                && tracing == that.tracing
                && startupCaches.equals(that.startupCaches);
    }

    @Override
    public int hashCode() {
        return Objects.hash(repository, workFolder, ports, prometheus, tracing, startupCaches);
    }

    @Override
    public String toString() {
        return "PlatformSettings[repository=" + repository + ", workFolder=" + workFolder + ", ports=" + ports
                + (prometheus ? ", with Prometheus" : "") + "]";
    }

    private void requireDistinctPorts() {
        Map<Integer, PortSetting> byPort = new HashMap<>();
        for (Map.Entry<PortSetting, Integer> entry : ports.entrySet()) {
            PortSetting earlier = byPort.putIfAbsent(entry.getValue(), entry.getKey());
            if (earlier != null) {
                throw new IllegalArgumentException(
                        earlier.description() + " and " + entry.getKey().description()
                                + " are both set to port " + entry.getValue() + "; give one another port ("
                                + entry.getKey().environmentVariable() + " or "
                                + entry.getKey().flag() + "=N)");
            }
        }
    }

    private static int parsePort(String source, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(source + ": a port is a number from 1 to 65535");
    }
}
