package org.skillalliance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.messaging.outbox.Outbox;
import org.skillalliance.messaging.testapp.WidgetApplication;
import org.skillalliance.messaging.testapp.WidgetChanged;
import org.skillalliance.messaging.testapp.Widgets;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKafka;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;

@RealInfrastructure
@SpringBootTest(
        classes = WidgetApplication.class,
        properties = "skillalliance.messaging.topic=" + OutboxAtomicityIT.TOPIC)
class OutboxAtomicityIT {

    static final String TOPIC = "atomicity.events.v1";

    @Autowired
    Widgets widgets;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRegistry registry;

    @Test
    void aRolledBackChangePublishesNothingAndACommittedOneIsPublished() {
        try (TopicRecorder topic = TopicRecorder.record(TestKafka.instance().bootstrapServers(), TOPIC)) {
            assertThatThrownBy(() -> widgets.changeThenFail("w-1", 1)).isInstanceOf(IllegalStateException.class);
            assertThat(widgets.changeCount()).isZero();
            assertThat(jdbc.sql("select count(*) from outbox_event")
                            .query(Integer.class)
                            .single())
                    .isZero();

            widgets.change("w-1", 2);

            // same key, so the rolled-back event, had it been published, would precede this one on the partition
            List<ConsumerRecord<String, String>> records = topic.awaitAtLeast(1, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            ConsumerRecord<String, String> record = records.getFirst();
            assertThat(record.key()).isEqualTo("w-1");
            assertThat(new String(record.headers().lastHeader("event-type").value()))
                    .isEqualTo("WidgetChanged");
            var envelope = registry.parse(record.value());
            assertThat(envelope.producer()).isEqualTo("widget-service");
            assertThat(registry.payload(envelope, WidgetChanged.class)).isEqualTo(new WidgetChanged("w-1", 2));
            // the relay marks the row after the broker's acknowledgement, so the mark may follow the record by a moment
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(
                                    jdbc.sql("select count(*) from outbox_event where published_at is not null")
                                            .query(Integer.class)
                                            .single())
                            .isOne());
        }
    }

    @Test
    void theOutboxRefusesToWriteOutsideATransaction() {
        assertThatThrownBy(() -> outbox.append("WidgetChanged", "w-2", new WidgetChanged("w-2", 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
