package org.skillalliance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillalliance.messaging.outbox.OutboxRelay;
import org.skillalliance.messaging.testapp.WidgetApplication;
import org.skillalliance.messaging.testapp.WidgetEffects;
import org.skillalliance.messaging.testapp.Widgets;
import org.skillalliance.testsupport.DatabaseCoordinates;
import org.skillalliance.testsupport.TestKafka;
import org.skillalliance.testsupport.TestPostgres;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The widget service runs as a process of its own; its relay sends an event, the broker acknowledges it, and the
 * process is killed with SIGKILL before the outbox row's published mark commits. The moment is arranged, not hoped
 * for: the test holds the row's lock, so the relay's {@code update ... set published_at} (which it issues only after
 * the acknowledgement) waits, and the kill lands while it waits. The next instance over the same database publishes
 * the event again; the consumer's inbox applies it once.
 */
class RelayKilledBeforeMarkIT {

    static final String TOPIC = "killed-relay.events.v1";

    @Test
    void anEventAcknowledgedButNotMarkedIsPublishedTwiceAndAppliedOnce() throws Exception {
        DatabaseCoordinates database = TestPostgres.instance().freshDatabase("relay_killed_before_mark");
        String kafka = TestKafka.instance().bootstrapServers();
        try (TopicRecorder topic = TopicRecorder.record(kafka, TOPIC)) {
            try (ConfigurableApplicationContext writer = WidgetServiceInstance.start(
                    database,
                    kafka,
                    TOPIC,
                    "skillalliance.messaging.relay.enabled=false",
                    "spring.kafka.listener.auto-startup=false")) {
                writer.getBean(Widgets.class).change("acknowledged-once", 1);
            }

            Path log = Files.createTempFile("widget-service-", ".log");
            try (Connection lockHolder = connect(database);
                    Connection observer = connect(database)) {
                lockHolder.setAutoCommit(false);
                try (Statement lock = lockHolder.createStatement()) {
                    lock.execute("select position from outbox_event where published_at is null for update");
                }
                Process service = startProcess(database, kafka, log);
                try {
                    List<ConsumerRecord<String, String>> first = topic.awaitAtLeast(1, Duration.ofMinutes(2));
                    assertThat(first)
                            .as("the broker acknowledged the event once")
                            .hasSize(1);
                    await("the relay's published mark waiting on the row lock")
                            .atMost(Duration.ofSeconds(60))
                            .pollInterval(Duration.ofMillis(100))
                            .until(() -> markWaiting(observer));
                } finally {
                    service.destroyForcibly();
                    assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
                }
                assertThat(service.exitValue())
                        .as("killed with SIGKILL, see " + log)
                        .isEqualTo(128 + 9);
                lockHolder.rollback();
                assertThat(unpublished(observer))
                        .as("the mark died with the process")
                        .isOne();
            }

            try (ConfigurableApplicationContext restarted = WidgetServiceInstance.start(database, kafka, TOPIC)) {
                WidgetEffects effects = restarted.getBean(WidgetEffects.class);
                JdbcClient jdbc = restarted.getBean(JdbcClient.class);
                List<ConsumerRecord<String, String>> records = topic.awaitAtLeast(2, Duration.ofMinutes(1));
                await().atMost(Duration.ofMinutes(1)).until(() -> effects.deliveries() >= 2);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> jdbc.sql("select count(*) from outbox_event where published_at is null")
                                        .query(Integer.class)
                                        .single()
                                == 0);

                assertThat(records)
                        .as("published twice: before the kill and by the next instance")
                        .hasSize(2);
                assertThat(records.stream()
                                .map(r -> header(r, OutboxRelay.EVENT_ID_HEADER))
                                .distinct()
                                .toList())
                        .as("both copies carry the same event id")
                        .hasSize(1);
                assertThat(effects.deliveries())
                        .as("both copies delivered to the consumer")
                        .isEqualTo(2);
                assertThat(effects.effects())
                        .as("effects applied for 2 deliveries of 1 distinct event")
                        .isEqualTo(1);
                assertThat(jdbc.sql("select count(*) from processed_event where consumer = :consumer")
                                .param("consumer", WidgetEffects.CONSUMER)
                                .query(Integer.class)
                                .single())
                        .isOne();
            }
        }
    }

    private static Process startProcess(DatabaseCoordinates database, String kafka, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                WidgetApplication.class.getName(),
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--skillalliance.messaging.topic=" + TOPIC,
                "--spring.kafka.listener.auto-startup=false"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** True while the relay's {@code update outbox_event set published_at ...} waits for a lock. */
    private static boolean markWaiting(Connection observer) throws SQLException {
        try (Statement statement = observer.createStatement();
                ResultSet rows = statement.executeQuery("""
                     select count(*) from pg_stat_activity
                     where datname = current_database() and wait_event_type = 'Lock'
                       and query like 'update outbox_event set published_at%'
                     """)) {
            rows.next();
            return rows.getInt(1) == 1;
        }
    }

    private static int unpublished(Connection observer) throws SQLException {
        try (Statement statement = observer.createStatement();
                ResultSet rows =
                        statement.executeQuery("select count(*) from outbox_event where published_at is null")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Connection connect(DatabaseCoordinates database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
