package org.skillalliance.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.skillalliance.launcher.ChildProcess;
import org.skillalliance.launcher.HealthCheck;

/**
 * Prometheus for {@code ./alliance up --with-prometheus}: the machine's own {@code prometheus} (Debian's package, or any
 * on the {@code PATH}; nothing is downloaded), scraping the five management ports every 10 s with the alert rules of
 * {@code infra/observability/alert-rules.yml}, its data in {@code <data>/prometheus}. Optional: the platform runs the
 * same without it.
 */
final class PrometheusServer {

    /** Where Debian's package puts it; looked for after the {@code PATH}. */
    static final Path DEBIAN_BINARY = Path.of("/usr/bin/prometheus");

    static final String RULES = "infra/observability/alert-rules.yml";

    private PrometheusServer() {}

    /** The {@code prometheus} executable on the {@code PATH}, else Debian's {@code /usr/bin/prometheus}, if any. */
    static Optional<Path> executable() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(
                        Stream.of(path.split(File.pathSeparator))
                                .filter(dir -> !dir.isBlank())
                                .map(dir -> Path.of(dir, "prometheus")),
                        Stream.of(DEBIAN_BINARY))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** What to tell someone who asked for Prometheus on a machine without it. */
    static String missingMessage() {
        return "--with-prometheus needs a prometheus executable on the PATH or at " + DEBIAN_BINARY
                + " (Debian/Ubuntu: apt-get install prometheus); none was found. Start without the flag, or install it.";
    }

    /**
     * The configuration it runs with: one job per part, each scraping {@code localhost:<management port>}
     * {@code /actuator/prometheus}, and the alert rules beside it.
     */
    static String configuration(PlatformSettings settings) {
        StringBuilder yaml = new StringBuilder("""
                # written by ./alliance up --with-prometheus on every start (infra/observability/prometheus.yml is the
                # same for docker-compose); docs/observability.md
                global:
                  scrape_interval: 10s
                  evaluation_interval: 10s

                rule_files:
                  - alert-rules.yml

                scrape_configs:
                """);
        for (ServiceJar part : ServiceJar.values()) {
            yaml.append("  - job_name: ")
                    .append(part.module())
                    .append('\n')
                    .append("    metrics_path: /actuator/prometheus\n")
                    .append("    static_configs:\n")
                    .append("      - targets: [\"localhost:")
                    .append(settings.port(part.managementPort()))
                    .append("\"]\n");
        }
        return yaml.toString();
    }

    /** Writes the configuration and the rules into {@code <data>/prometheus} and starts Prometheus there. */
    static ChildProcess launch(PlatformSettings settings, boolean keepLog) {
        Path binary = executable().orElseThrow(() -> new PlatformStartException(missingMessage()));
        Path home = settings.data().resolve("prometheus");
        try {
            Files.createDirectories(home);
            Files.writeString(home.resolve("prometheus.yml"), configuration(settings));
            Files.copy(
                    settings.repository().resolve(RULES),
                    home.resolve("alert-rules.yml"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write Prometheus's configuration into " + home, e);
        }
        int port = settings.port(PortSetting.PROMETHEUS);
        List<String> command = List.of(
                binary.toString(),
                "--config.file=" + home.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + home.resolve("data"),
                "--storage.tsdb.retention.time=1d",
                "--web.listen-address=localhost:" + port);
        return ChildProcess.launch(
                "prometheus",
                command,
                Map.of(),
                settings.logs().resolve("prometheus.log"),
                HealthCheck.http(baseUrl(port) + "/-/ready"),
                Duration.ofSeconds(10),
                keepLog);
    }

    static String baseUrl(int port) {
        return "http://localhost:" + port;
    }
}
