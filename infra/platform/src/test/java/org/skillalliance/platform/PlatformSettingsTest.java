package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformSettingsTest {

    private static final Path REPOSITORY = Path.of("/repo");

    @Test
    void defaults_put_every_part_on_its_documented_port_and_the_work_folder_in_the_repository() {
        PlatformSettings settings = PlatformSettings.defaults(REPOSITORY);

        assertThat(settings.port(PortSetting.GATEWAY)).isEqualTo(8080);
        assertThat(settings.port(PortSetting.MEMBER)).isEqualTo(8081);
        assertThat(settings.port(PortSetting.REPORTING)).isEqualTo(8084);
        assertThat(settings.port(PortSetting.KEYCLOAK)).isEqualTo(8180);
        assertThat(settings.port(PortSetting.KAFKA)).isEqualTo(9092);
        assertThat(settings.port(PortSetting.POSTGRES)).isEqualTo(15432);
        assertThat(settings.workFolder()).isEqualTo(Path.of("/repo/.alliance"));
        assertThat(settings.logs()).isEqualTo(Path.of("/repo/.alliance/logs"));
    }

    @Test
    void every_port_has_a_variable_and_a_flag_named_after_its_part() {
        assertThat(PortSetting.GATEWAY.environmentVariable()).isEqualTo("ALLIANCE_GATEWAY_PORT");
        assertThat(PortSetting.GATEWAY.flag()).isEqualTo("--gateway-port");
        assertThat(PortSetting.KEYCLOAK_MANAGEMENT.environmentVariable())
                .isEqualTo("ALLIANCE_KEYCLOAK_MANAGEMENT_PORT");
        assertThat(PortSetting.KEYCLOAK_MANAGEMENT.flag()).isEqualTo("--keycloak-management-port");
    }

    @Test
    void a_variable_overrides_the_default_and_a_flag_overrides_the_variable() {
        PlatformSettings settings = PlatformSettings.fromEnvironmentAndFlags(
                REPOSITORY,
                Map.of("ALLIANCE_GATEWAY_PORT", "18080", "ALLIANCE_KAFKA_PORT", "19092", "PATH", "/usr/bin"),
                List.of("--no-seed", "--gateway-port=28080"));

        assertThat(settings.port(PortSetting.GATEWAY)).isEqualTo(28080);
        assertThat(settings.port(PortSetting.KAFKA)).isEqualTo(19092);
        assertThat(settings.port(PortSetting.MEMBER)).isEqualTo(8081);
    }

    @Test
    void a_value_that_is_not_a_port_is_refused_naming_where_it_came_from() {
        assertThatThrownBy(() -> PlatformSettings.fromEnvironmentAndFlags(
                        REPOSITORY, Map.of("ALLIANCE_POSTGRES_PORT", "five"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ALLIANCE_POSTGRES_PORT=five: a port is a number from 1 to 65535");
        assertThatThrownBy(() ->
                        PlatformSettings.fromEnvironmentAndFlags(REPOSITORY, Map.of(), List.of("--member-port=70000")))
                .hasMessage("--member-port=70000: a port is a number from 1 to 65535");
        assertThatThrownBy(
                        () -> PlatformSettings.fromEnvironmentAndFlags(REPOSITORY, Map.of(), List.of("--member-port")))
                .hasMessage("--member-port needs a value: --member-port=8081");
    }

    @Test
    void an_unknown_port_flag_is_refused_listing_the_known_ones() {
        assertThatThrownBy(() ->
                        PlatformSettings.fromEnvironmentAndFlags(REPOSITORY, Map.of(), List.of("--redis-port=6379")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown port flag --redis-port; the ports are --gateway-port, --member-port");
    }

    @Test
    void two_parts_on_one_port_are_refused() {
        assertThatThrownBy(() ->
                        PlatformSettings.fromEnvironmentAndFlags(REPOSITORY, Map.of(), List.of("--member-port=8080")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the gateway and member-service are both set to port 8080; give one another port"
                        + " (ALLIANCE_MEMBER_PORT or --member-port=N)");
    }

    @Test
    void settings_for_tests_use_distinct_free_ports_and_the_given_work_folder(@TempDir Path work) {
        PlatformSettings settings = PlatformSettings.forTests(work);

        assertThat(new HashSet<>(settings.ports().values())).hasSize(PortSetting.values().length);
        assertThat(settings.ports().values())
                .allSatisfy(port -> assertThat(PortsInUse.isFree(port)).isTrue());
        assertThat(settings.workFolder()).isEqualTo(work);
        assertThat(settings.realmExport()).isRegularFile();
        assertThat(settings.demoRealmOverlay()).isRegularFile();
        assertThat(settings.serviceJar("gateway").toString()).endsWith("gateway/target/gateway-0.1.0-SNAPSHOT.jar");
    }

    @Test
    void the_work_folder_variable_moves_data_and_logs_to_a_new_empty_or_earlier_runs_folder(@TempDir Path dir)
            throws Exception {
        Path fresh = dir.resolve("fresh");
        assertThat(PlatformSettings.fromEnvironmentAndFlags(
                                REPOSITORY, Map.of("ALLIANCE_WORK_FOLDER", fresh.toString()), List.of())
                        .logs())
                .isEqualTo(fresh.resolve("logs"));
        Path earlier =
                Files.createDirectories(dir.resolve("earlier").resolve("logs")).getParent();
        Files.writeString(earlier.resolve("platform.json"), "{}");
        assertThat(PlatformSettings.fromEnvironmentAndFlags(
                                REPOSITORY, Map.of("ALLIANCE_WORK_FOLDER", earlier.toString()), List.of())
                        .workFolder())
                .isEqualTo(earlier);
        assertThat(PlatformSettings.fromEnvironmentAndFlags(REPOSITORY, Map.of("ALLIANCE_WORK_FOLDER", " "), List.of())
                        .workFolder())
                .isEqualTo(Path.of("/repo/.alliance"));
    }

    @Test
    void a_work_folder_holding_other_files_is_refused_rather_than_wiped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("thesis.tex"), "years of work");

        assertThatThrownBy(() -> PlatformSettings.fromEnvironmentAndFlags(
                        REPOSITORY, Map.of("ALLIANCE_WORK_FOLDER", dir.toString()), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds other files");
        assertThatThrownBy(() -> PlatformSettings.fromEnvironmentAndFlags(
                        REPOSITORY,
                        Map.of("ALLIANCE_WORK_FOLDER", dir.resolve("thesis.tex").toString()),
                        List.of()))
                .hasMessageContaining("is a file");
    }
}
