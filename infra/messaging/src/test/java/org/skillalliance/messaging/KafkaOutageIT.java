package org.skillalliance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.messaging.testapp.WidgetChanged;
import org.skillalliance.messaging.testapp.WidgetEffects;
import org.skillalliance.messaging.testapp.Widgets;
import org.skillalliance.testsupport.DatabaseCoordinates;
import org.skillalliance.testsupport.KafkaBrokerProcess;
import org.skillalliance.testsupport.TestPostgres;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The broker (a real one, in its own JVM) is killed while 1,000 changes commit, then comes back. */
class KafkaOutageIT {

    static final String TOPIC = "outage.events.v1";
    static final int CHANGES = 1000;

    @Test
    void everyEventCommittedWhileKafkaWasDownArrivesAfterwardsInOrderPerKey() {
        DatabaseCoordinates database = TestPostgres.instance().freshDatabase("kafka_outage");
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.startNew();
                ConfigurableApplicationContext service =
                        WidgetServiceInstance.start(database, broker.bootstrapServers(), TOPIC)) {
            Widgets widgets = service.getBean(Widgets.class);
            WidgetEffects effects = service.getBean(WidgetEffects.class);
            JdbcClient jdbc = service.getBean(JdbcClient.class);
            widgets.change("warm-up", 0);
            await().atMost(Duration.ofSeconds(60)).until(() -> effects.effects() == 1);

            broker.kill();
            for (int n = 1; n <= CHANGES; n++) {
                widgets.change("widget-" + (n % 23), n);
            }
            assertThat(jdbc.sql("select count(*) from outbox_event where published_at is null")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(CHANGES);

            broker.start();
            EventRegistry registry = service.getBean(EventRegistry.class);
            try (TopicRecorder topic = TopicRecorder.record(broker.bootstrapServers(), TOPIC)) {
                await().atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> distinctEventIds(topic.records()) == CHANGES + 1);
                assertOrderedPerKey(topic.records(), registry);
            }
            await().atMost(Duration.ofMinutes(1)).until(() -> effects.effects() == CHANGES + 1);
            assertThat(effects.distinctEffects()).isEqualTo(CHANGES + 1);
            assertThat(jdbc.sql("select count(*) from outbox_event where published_at is null")
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
    }

    private static long distinctEventIds(List<ConsumerRecord<String, String>> records) {
        return records.stream()
                .map(r -> new String(r.headers().lastHeader("event-id").value()))
                .distinct()
                .count();
    }

    /** Per key, the first delivery of each event follows the order in which the changes committed. */
    private static void assertOrderedPerKey(List<ConsumerRecord<String, String>> records, EventRegistry registry) {
        Map<String, Integer> lastSequence = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            EventEnvelope event = registry.parse(record.value());
            if (!seen.add(event.eventId().toString())) {
                continue;
            }
            int sequence = registry.payload(event, WidgetChanged.class).sequence();
            Integer previous = lastSequence.put(record.key(), sequence);
            if (previous != null) {
                assertThat(sequence).as("order of key %s", record.key()).isGreaterThan(previous);
            }
        }
    }
}
