package org.skillalliance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.skillalliance.messaging.testapp.WidgetApplication;
import org.skillalliance.messaging.testapp.WidgetEffects;
import org.skillalliance.messaging.testapp.Widgets;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKafka;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Found while building the database fault drill (docs/reliability.md): a consumer that met its database down gave a
 * valid event up after its few retries (about a second and a half) and dead-lettered it, so its effect would be missing
 * for good after any PostgreSQL restart longer than that. An event that meets an unreachable database must wait for
 * it, however long that takes, and never be dead-lettered. (The database is made unreachable for eight deliveries by
 * the test application; the drill does it for real.)
 */
@RealInfrastructure
@SpringBootTest(
        classes = WidgetApplication.class,
        properties = "skillalliance.messaging.topic=" + DatabaseOutageIT.TOPIC)
class DatabaseOutageIT {

    static final String TOPIC = "dboutage.events.v1";

    @Autowired
    Widgets widgets;

    @Autowired
    WidgetEffects effects;

    @Test
    void anEventThatMeetsAnUnreachableDatabaseWaitsForItAndIsNeverDeadLettered() throws Exception {
        try (TopicRecorder deadLetters =
                TopicRecorder.record(TestKafka.instance().bootstrapServers(), TOPIC + ".DLT")) {
            // the tests allow 2 retries: three failed deliveries would dead-letter an event whose effect failed
            effects.databaseUnreachableForNext(8);

            widgets.change("k", 1);

            await().atMost(Duration.ofSeconds(60)).until(() -> effects.effects() == 1);
            assertThat(effects.deliveries()).isEqualTo(8 + 1);
            Thread.sleep(1_000); // a dead letter, had there been one, is sent before the record is given up
            assertThat(deadLetters.records()).isEmpty();
        }
    }
}
