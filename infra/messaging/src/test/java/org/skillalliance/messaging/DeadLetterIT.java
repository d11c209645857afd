package org.skillalliance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.messaging.testapp.WidgetApplication;
import org.skillalliance.messaging.testapp.WidgetChanged;
import org.skillalliance.messaging.testapp.WidgetEffects;
import org.skillalliance.messaging.testapp.Widgets;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKafka;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;

@RealInfrastructure
@SpringBootTest(classes = WidgetApplication.class, properties = "skillalliance.messaging.topic=" + DeadLetterIT.TOPIC)
class DeadLetterIT {

    static final String TOPIC = "deadletter.events.v1";

    @Autowired
    Widgets widgets;

    @Autowired
    WidgetEffects effects;

    @Autowired
    EventRegistry registry;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void unreadableAndFailingMessagesAreDeadLetteredAndTheConsumerMovesOn() throws Exception {
        try (TopicRecorder deadLetters =
                TopicRecorder.record(TestKafka.instance().bootstrapServers(), TOPIC + ".DLT")) {
            String unknownType = """
                    {"eventId":"6f1c1d2e-8a55-4d4e-9a43-2f9c6a0b7a11","eventType":"SomethingNobodyKnows",
                     "schemaVersion":1,"occurredAt":"2026-11-24T10:00:00Z","aggregateId":"k",
                     "producer":"widget-service","payload":{}}""";
            String poison = registry.toJson(registry.envelope(
                    WidgetApplication.WIDGET_CHANGED, "k", "widget-service", new WidgetChanged("k", -1)));
            // all on one key, hence one partition: the good event waits behind the three bad ones
            kafka.send(new ProducerRecord<>(TOPIC, "k", "{this is not json")).get();
            kafka.send(new ProducerRecord<>(TOPIC, "k", unknownType)).get();
            kafka.send(new ProducerRecord<>(TOPIC, "k", poison)).get();
            widgets.change("k", 1);

            await().atMost(Duration.ofSeconds(60)).until(() -> effects.effects() == 1);

            List<ConsumerRecord<String, String>> dead = deadLetters.awaitAtLeast(3, Duration.ofSeconds(30));
            assertThat(dead)
                    .extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrder("{this is not json", unknownType, poison);
            assertThat(dead)
                    .allSatisfy(record -> assertThat(record.headers().lastHeader("kafka_dlt-exception-message"))
                            .isNotNull());
            String unknownTypeReason = dead.stream()
                    .filter(r -> r.value().equals(unknownType))
                    .findFirst()
                    .map(r -> new String(r.headers()
                            .lastHeader("kafka_dlt-exception-message")
                            .value()))
                    .orElseThrow();
            assertThat(unknownTypeReason).contains("SomethingNobodyKnows");
            // unreadable messages are dead-lettered on the first failure; the poison one after its retries
            assertThat(effects.deliveries()).isEqualTo(1 + 1 + 3 + 1);
        }
    }
}
