package org.skillalliance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.messaging.inbox.EventInbox;
import org.skillalliance.messaging.testapp.WidgetApplication;
import org.skillalliance.messaging.testapp.WidgetChanged;
import org.skillalliance.messaging.testapp.WidgetEffects;
import org.skillalliance.messaging.testapp.Widgets;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;

@RealInfrastructure
@SpringBootTest(
        classes = WidgetApplication.class,
        properties = "skillalliance.messaging.topic=" + IdempotentConsumptionIT.TOPIC)
class IdempotentConsumptionIT {

    static final String TOPIC = "idempotence.events.v1";

    @Autowired
    Widgets widgets;

    @Autowired
    WidgetEffects effects;

    @Autowired
    EventRegistry registry;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    EventInbox inbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnceAndAReplayFromOffsetZeroChangesNothing() throws Exception {
        EventEnvelope twice = registry.envelope(
                WidgetApplication.WIDGET_CHANGED, "dup", "widget-service", new WidgetChanged("dup", 1));
        String json = registry.toJson(twice);
        kafka.send(new ProducerRecord<>(TOPIC, "dup", json)).get();
        kafka.send(new ProducerRecord<>(TOPIC, "dup", json)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> effects.deliveries() >= 2);
        assertThat(effects.effects()).isOne();

        List<WidgetChanged> changes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            changes.add(new WidgetChanged("widget-" + (i % 37), i));
        }
        widgets.changeAll(changes);
        await().atMost(Duration.ofSeconds(60)).until(() -> effects.effects() == 1001);
        int deliveriesBeforeReplay = effects.deliveries();

        listeners.getListenerContainer(WidgetEffects.REPLAY_LISTENER).start();
        // the replay group starts at offset 0 and is delivered all 1,002 records again
        await().atMost(Duration.ofSeconds(60)).until(() -> effects.deliveries() >= deliveriesBeforeReplay + 1002);

        assertThat(effects.effects()).isEqualTo(1001);
        assertThat(effects.distinctEffects()).isEqualTo(1001);
    }

    @Test
    void aBatchAppliesEachEventItHasNotSeenOnceInOrderAndRollsBackWhole() {
        String consumer = "batch-" + System.nanoTime();
        EventEnvelope seenBefore = widgetEvent("b-0", 0);
        EventEnvelope first = widgetEvent("b-1", 1);
        EventEnvelope second = widgetEvent("b-2", 2);
        assertThat(inbox.processOnce(consumer, seenBefore, event -> {})).isTrue();

        List<Integer> appliedSequences = new ArrayList<>();
        List<EventEnvelope> applied = inbox.processAllOnce(
                consumer,
                List.of(first, seenBefore, second, first),
                event -> appliedSequences.add(
                        inbox.payload(event, WidgetChanged.class).sequence()));

        assertThat(applied).containsExactly(first, second);
        assertThat(appliedSequences).containsExactly(1, 2);
        assertThat(processedMarks(consumer)).isEqualTo(3);
        assertThat(inbox.processAllOnce(consumer, List.of(second, first), event -> appliedSequences.add(-1)))
                .isEmpty();

        // an effect that fails takes the whole batch's marks with it, so every event of it can be applied again
        EventEnvelope third = widgetEvent("b-3", 3);
        EventEnvelope poison = widgetEvent("b-4", -1);
        assertThatThrownBy(() -> inbox.processAllOnce(consumer, List.of(third, poison), event -> {
                    if (inbox.payload(event, WidgetChanged.class).sequence() < 0) {
                        throw new IllegalStateException("poison");
                    }
                }))
                .hasMessage("poison");
        assertThat(processedMarks(consumer)).isEqualTo(3);
        assertThat(inbox.processAllOnce(consumer, List.of(third), event -> {})).containsExactly(third);
    }

    private EventEnvelope widgetEvent(String widgetId, int sequence) {
        return registry.envelope(
                WidgetApplication.WIDGET_CHANGED, widgetId, "widget-service", new WidgetChanged(widgetId, sequence));
    }

    private long processedMarks(String consumer) {
        return jdbc.sql("select count(*) from processed_event where consumer = :consumer")
                .param("consumer", consumer)
                .query(Long.class)
                .single();
    }
}
