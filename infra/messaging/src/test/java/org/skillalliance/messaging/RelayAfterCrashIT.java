package org.skillalliance.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillalliance.messaging.testapp.Widgets;
import org.skillalliance.testsupport.DatabaseCoordinates;
import org.skillalliance.testsupport.TestKafka;
import org.skillalliance.testsupport.TestPostgres;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An instance commits a change and dies before its relay publishes the event (its relay never runs); the instance
 * that starts afterwards over the same database publishes it.
 */
class RelayAfterCrashIT {

    static final String TOPIC = "crash.events.v1";

    @Test
    void anEventCommittedBeforeTheServiceDiedIsPublishedAfterRestart() {
        DatabaseCoordinates database = TestPostgres.instance().freshDatabase("relay_after_crash");
        String kafka = TestKafka.instance().bootstrapServers();
        try (TopicRecorder topic = TopicRecorder.record(kafka, TOPIC)) {
            try (ConfigurableApplicationContext dying = WidgetServiceInstance.start(
                    database,
                    kafka,
                    TOPIC,
                    "skillalliance.messaging.relay.enabled=false",
                    "spring.kafka.listener.auto-startup=false")) {
                dying.getBean(Widgets.class).change("survivor", 1);
                JdbcClient jdbc = dying.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select count(*) from outbox_event where published_at is null")
                                .query(Integer.class)
                                .single())
                        .isOne();
            }
            assertThat(topic.records()).isEmpty();

            try (ConfigurableApplicationContext restarted =
                    WidgetServiceInstance.start(database, kafka, TOPIC, "spring.kafka.listener.auto-startup=false")) {
                List<ConsumerRecord<String, String>> records = topic.awaitAtLeast(1, Duration.ofSeconds(30));
                assertThat(records).hasSize(1);
                assertThat(records.getFirst().key()).isEqualTo("survivor");
            }
        }
    }
}
