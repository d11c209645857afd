package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration {@code ./alliance up --with-prometheus} writes: the five management ports and the alert rules. */
class PrometheusServerTest {

    @Test
    void scrapes_each_part_on_its_management_port_with_the_alert_rules(@TempDir Path work) {
        PlatformSettings settings = PlatformSettings.forTests(work);

        String configuration = PrometheusServer.configuration(settings);

        for (ServiceJar part : ServiceJar.values()) {
            assertThat(configuration)
                    .contains("  - job_name: " + part.module() + "\n"
                            + "    metrics_path: /actuator/prometheus\n"
                            + "    static_configs:\n"
                            + "      - targets: [\"localhost:" + settings.port(part.managementPort()) + "\"]\n");
        }
        assertThat(configuration).contains("rule_files:\n  - alert-rules.yml\n");
        assertThat(settings.repository().resolve(PrometheusServer.RULES)).isRegularFile();
    }

    @Test
    void the_management_ports_are_what_the_services_read_by_default() throws IOException {
        PlatformSettings defaults = PlatformSettings.defaults(RepositoryRoot.find());
        for (ServiceJar part : ServiceJar.values()) {
            String config = Files.readString(
                    defaults.repository().resolve(part.module()).resolve("src/main/resources/application.yml"));
            String variable = part.module().replace("-service", "").toUpperCase(Locale.ROOT) + "_MANAGEMENT_PORT";
            assertThat(config)
                    .as(part.module())
                    .contains("port: ${" + variable + ":" + defaults.port(part.managementPort()) + "}");
        }
        assertThat(ServiceJar.GATEWAY.environment(defaults, null, "unused"))
                .containsEntry("GATEWAY_MANAGEMENT_PORT", "9080")
                .containsEntry("GATEWAY_PORT", "8080");
    }

    /** Where the machine has Prometheus's promtool (Debian's prometheus package), it must accept what is written. */
    @Test
    void promtool_accepts_the_written_configuration(@TempDir Path work) throws Exception {
        Path promtool = Path.of("/usr/bin/promtool");
        assumeThat(Files.isExecutable(promtool))
                .as("promtool is not installed; the configuration is not checked by it")
                .isTrue();
        PlatformSettings settings = PlatformSettings.forTests(work);
        Files.writeString(work.resolve("prometheus.yml"), PrometheusServer.configuration(settings));
        Files.copy(settings.repository().resolve(PrometheusServer.RULES), work.resolve("alert-rules.yml"));

        Process check = new ProcessBuilder(promtool.toString(), "check", "config", "prometheus.yml")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("SUCCESS");
    }
}
