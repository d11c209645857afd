package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlatformProcessesTest {

    private static final Path WORK = Path.of("/repo/.alliance");

    @Test
    void recognises_the_platforms_own_processes_by_their_markers() {
        assertThat(PlatformProcesses.belongsTo(
                        "/jdk/bin/java -Dalliance.work=/repo/.alliance -Xmx320m -jar gateway.jar", WORK))
                .isTrue();
        assertThat(PlatformProcesses.belongsTo(
                        "/bin/sh /cache/keycloak/bin/kc.sh start-dev -Dkc.home.dir=/repo/.alliance/data/keycloak",
                        WORK))
                .isTrue();
        assertThat(PlatformProcesses.belongsTo(
                        "/tmp/embedded-pg/PG-1/bin/postgres -D /repo/.alliance/data/postgres -p 15432", WORK))
                .isTrue();
        assertThat(PlatformProcesses.belongsTo(
                        "/usr/bin/prometheus --config.file=/repo/.alliance/data/prometheus/prometheus.yml"
                                + " --storage.tsdb.path=/repo/.alliance/data/prometheus/data",
                        WORK))
                .isTrue();
    }

    @Test
    void leaves_other_processes_alone() {
        assertThat(PlatformProcesses.belongsTo("tail -f /repo/.alliance/logs/gateway.log", WORK))
                .isFalse();
        assertThat(PlatformProcesses.belongsTo("/jdk/bin/java -Dalliance.work=/other/.alliance -jar gateway.jar", WORK))
                .isFalse();
        assertThat(PlatformProcesses.belongsTo(
                        "/jdk/bin/java -Dalliance.work=/repo/.alliance-old -jar gateway.jar", WORK))
                .isFalse();
        assertThat(PlatformProcesses.belongsTo("/jdk/bin/java -jar member-service.jar", WORK))
                .isFalse();
        assertThat(PlatformProcesses.belongsTo(
                        "/usr/bin/prometheus --config.file=/etc/prometheus/prometheus.yml", WORK))
                .isFalse();
    }
}
