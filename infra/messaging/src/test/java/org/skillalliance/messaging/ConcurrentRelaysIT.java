package org.skillalliance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillalliance.messaging.outbox.OutboxRelay;
import org.skillalliance.messaging.testapp.WidgetChanged;
import org.skillalliance.messaging.testapp.WidgetEffects;
import org.skillalliance.messaging.testapp.Widgets;
import org.skillalliance.testsupport.DatabaseCoordinates;
import org.skillalliance.testsupport.TestKafka;
import org.skillalliance.testsupport.TestPostgres;
import org.springframework.context.ConfigurableApplicationContext;

/** Two instances of a service, each with its relay and its consumer, over one database and 10,000 events. */
class ConcurrentRelaysIT {

    static final String TOPIC = "two-relays.events.v1";
    static final int EVENTS = 10_000;

    @Test
    void twoRelaysLoseNothingAndTheEffectsCountOnce() {
        DatabaseCoordinates database = TestPostgres.instance().freshDatabase("concurrent_relays");
        String kafka = TestKafka.instance().bootstrapServers();
        try (ConfigurableApplicationContext first = WidgetServiceInstance.start(database, kafka, TOPIC);
                ConfigurableApplicationContext second = WidgetServiceInstance.start(database, kafka, TOPIC)) {
            Widgets widgets = first.getBean(Widgets.class);
            for (int batch = 0; batch < EVENTS / 500; batch++) {
                List<WidgetChanged> changes = new ArrayList<>(500);
                for (int i = 0; i < 500; i++) {
                    int n = batch * 500 + i;
                    changes.add(new WidgetChanged("widget-" + (n % 101), n));
                }
                widgets.changeAll(changes);
            }

            WidgetEffects effects = first.getBean(WidgetEffects.class);
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> effects.effects() >= EVENTS);

            assertThat(effects.effects()).isEqualTo(EVENTS);
            assertThat(effects.distinctEffects()).isEqualTo(EVENTS);
            long byFirst = first.getBean(OutboxRelay.class).publishedCount();
            long bySecond = second.getBean(OutboxRelay.class).publishedCount();
            assertThat(byFirst + bySecond).isGreaterThanOrEqualTo(EVENTS);
            assertThat(byFirst).as("events the first relay published").isPositive();
            assertThat(bySecond).as("events the second relay published").isPositive();
        }
    }
}
