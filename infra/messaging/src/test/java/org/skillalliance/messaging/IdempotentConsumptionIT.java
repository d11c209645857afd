package org.skillalliance.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.messaging.testapp.WidgetApplication;
import org.skillalliance.messaging.testapp.WidgetChanged;
import org.skillalliance.messaging.testapp.WidgetEffects;
import org.skillalliance.messaging.testapp.Widgets;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@RealInfrastructure
@SpringBootTest(classes = WidgetApplication.class, properties = "skillalliance.messaging.topic=" + IdempotentConsumptionIT.TOPIC)
class IdempotentConsumptionIT {

    static final String TOPIC = "idempotence.events.v1";

    @Autowired Widgets widgets;
    @Autowired WidgetEffects effects;
    @Autowired EventRegistry registry;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired KafkaListenerEndpointRegistry listeners;

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnceAndAReplayFromOffsetZeroChangesNothing() throws Exception {
        EventEnvelope twice = registry.envelope(WidgetApplication.WIDGET_CHANGED, "dup", "widget-service",
                new WidgetChanged("dup", 1));
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
}
