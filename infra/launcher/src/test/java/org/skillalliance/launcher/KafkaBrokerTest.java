package org.skillalliance.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path folder;

    @Test
    void aBrokerKilledAndLaunchedAgainComesBackWithItsTopics() throws Exception {
        KafkaBroker broker = new KafkaBroker(
                folder.resolve("kafka"), FreePorts.take(), FreePorts.take(), List.of("-Xmx256m", "-XX:+UseSerialGC"));
        Path log = folder.resolve("logs").resolve("kafka.log");

        ChildProcess first = broker.formatNewCluster(folder.resolve("logs").resolve("format.log"))
                .launch(log, false);
        try {
            first.awaitHealthy(Duration.ofMinutes(2));
            try (Admin admin = admin(broker)) {
                admin.createTopics(List.of(new NewTopic("launcher.test", 3, (short) 1)))
                        .all()
                        .get(60, TimeUnit.SECONDS);
            }
        } finally {
            first.kill();
        }
        assertThat(first.isAlive()).isFalse();

        ChildProcess second = broker.launch(log, true).awaitHealthy(Duration.ofMinutes(2));
        try (Admin admin = admin(broker)) {
            assertThat(admin.listTopics().names().get(60, TimeUnit.SECONDS)).contains("launcher.test");
        } finally {
            second.stop();
        }
        assertThat(Files.readString(log)).contains("---- kafka started at");
    }

    @Test
    void aBrokerWithoutAFormattedClusterIsNotLaunched() {
        KafkaBroker broker = new KafkaBroker(folder.resolve("nothing"), 1, 2, List.of());

        assertThatThrownBy(() -> broker.launch(folder.resolve("kafka.log"), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Kafka cluster to start in " + folder.resolve("nothing"));
    }

    @Test
    void theBrokerIsOneKraftNodeOnLocalhostWithReplicationFactorsOfOne() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(KafkaBroker.serverProperties(folder, 19092, 19093)));

        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@localhost:19093")
                .containsEntry("listeners", "PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://localhost:19092")
                .containsEntry("log.dirs", folder.resolve("log-dirs").toString())
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1");
        assertThat(new KafkaBroker(folder, 19092, 19093, List.of()).bootstrapServers())
                .isEqualTo("localhost:19092");
    }

    private static Admin admin(KafkaBroker broker) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                30_000));
    }
}
