package org.skillalliance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.messaging.inbox.EventInbox;
import org.skillalliance.messaging.outbox.OutboxRelay;
import org.skillalliance.messaging.testapp.WidgetApplication;
import org.skillalliance.messaging.testapp.WidgetChanged;
import org.skillalliance.messaging.testapp.WidgetEffects;
import org.skillalliance.messaging.testapp.Widgets;
import org.skillalliance.testsupport.PrometheusScrape;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pipeline's figures as Prometheus sees them: the widget service with a web server and a management port of its
 * own, scraped over HTTP at {@code /actuator/prometheus}, against a real PostgreSQL and a real broker. The backlog of
 * an outbox whose relay is stopped, the lag of a group whose listener container is stopped and its return to 0, the
 * delay with which the inbox applied what waited (and nothing for an effect rolled back), and dead letters counted by
 * the recoverer and in the dead-letter topic.
 */
@RealInfrastructure
@SpringBootTest(
        classes = WidgetApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.main.web-application-type=servlet",
            "management.server.port=0",
            "management.endpoints.web.exposure.include=health,prometheus",
            "skillalliance.messaging.topic=" + PipelineMetricsIT.TOPIC,
            "skillalliance.messaging.metrics.lag-interval=300ms"
        })
class PipelineMetricsIT {

    static final String TOPIC = "metrics.events.v1";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalManagementPort
    int managementPort;

    @Autowired
    Widgets widgets;

    @Autowired
    WidgetEffects effects;

    @Autowired
    OutboxRelay relay;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventRegistry registry;

    @Autowired
    EventInbox inbox;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theOutboxBacklogAndTheAgeOfItsOldestRowShowWhileTheRelayIsStopped() {
        awaitFigure("skillalliance_outbox_backlog", 0);
        relay.stop();
        try {
            widgets.change("backlog-a", 1);
            widgets.change("backlog-b", 1);
            widgets.change("backlog-c", 1);
            awaitFigure("skillalliance_outbox_backlog", 3);
            // the oldest row keeps ageing while nothing publishes it
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(figure("skillalliance_outbox_oldest_age_seconds"))
                            .isGreaterThanOrEqualTo(1.0));
        } finally {
            relay.start();
        }
        awaitFigure("skillalliance_outbox_backlog", 0);
        awaitFigure("skillalliance_outbox_oldest_age_seconds", 0);
    }

    @Test
    void aGroupWhoseListenerIsStoppedShowsLagAndReturnsToZeroOnceItCatchesUp() {
        String[] group = {"group", "widget-effects", "topic", TOPIC};
        widgets.change("lag-warmup", 1);
        awaitFigure("skillalliance_consumer_lag", 0, group);
        int effectsBefore = effects.effects();
        double appliedBefore = scrape().sum(
                        "skillalliance_event_apply_delay_seconds_count",
                        "consumer",
                        WidgetEffects.CONSUMER,
                        "topic",
                        TOPIC,
                        "event_type",
                        WidgetApplication.WIDGET_CHANGED);

        MessageListenerContainer container = listeners.getListenerContainer(WidgetEffects.LISTENER);
        container.stop();
        Instant stoppedAfterPublishing;
        try {
            for (int i = 0; i < 5; i++) {
                widgets.change("lag-" + i, i);
            }
            awaitFigure("skillalliance_outbox_backlog", 0);
            stoppedAfterPublishing = Instant.now();
            // measured from the broker: the stopped consumer reports nothing itself
            awaitFigure("skillalliance_consumer_lag", 5, group);
            assertThat(effects.effects()).isEqualTo(effectsBefore);
        } finally {
            container.start();
        }
        Instant restarted = Instant.now();
        awaitFigure("skillalliance_consumer_lag", 0, group);
        await().atMost(WAIT).until(() -> effects.effects() == effectsBefore + 5);

        // every applied event was timed after its commit; each of the five had waited at least as long as the
        // listener stayed stopped after the last of them was published
        PrometheusScrape after = scrape();
        assertThat(after.sum(
                        "skillalliance_event_apply_delay_seconds_count",
                        "consumer",
                        WidgetEffects.CONSUMER,
                        "topic",
                        TOPIC,
                        "event_type",
                        WidgetApplication.WIDGET_CHANGED))
                .isEqualTo(appliedBefore + 5);
        double waited = Duration.between(stoppedAfterPublishing, restarted).toMillis() / 1000.0;
        assertThat(after.value(
                                "skillalliance_event_apply_delay_seconds_max",
                                "consumer",
                                WidgetEffects.CONSUMER,
                                "topic",
                                TOPIC,
                                "event_type",
                                WidgetApplication.WIDGET_CHANGED)
                        .orElseThrow())
                .isGreaterThanOrEqualTo(waited);
        assertThat(after.value("skillalliance_event_last_applied_age_seconds", "consumer", WidgetEffects.CONSUMER)
                        .orElseThrow())
                .isBetween(0.0, 30.0);
        // the replay group of the test service never ran: everything on the topic is its lag
        assertThat(after.value("skillalliance_consumer_lag", "group", "widget-replay", "topic", TOPIC))
                .isPresent();
    }

    @Test
    void deadLettersAreCountedByReasonAndInTheDeadLetterTopic() throws Exception {
        String poison = registry.toJson(registry.envelope(
                WidgetApplication.WIDGET_CHANGED, "dead", "widget-service", new WidgetChanged("dead", -1)));
        String[] applied = {
            "consumer", WidgetEffects.CONSUMER, "topic", TOPIC, "event_type", WidgetApplication.WIDGET_CHANGED
        };
        double appliedBefore = scrape().sum("skillalliance_event_apply_delay_seconds_count", applied);
        // the counters are there from the start, at 0, so that a rate over the first dead letter is right
        awaitFigure("skillalliance_dead_letters_total", 0, "topic", TOPIC, "reason", "unreadable");
        awaitFigure("skillalliance_dead_letters_total", 0, "topic", TOPIC, "reason", "failed");
        kafka.send(new ProducerRecord<>(TOPIC, "dead", "{not an event")).get();
        kafka.send(new ProducerRecord<>(TOPIC, "dead", poison)).get();

        awaitFigure("skillalliance_dead_letters_total", 1, "topic", TOPIC, "reason", "unreadable");
        awaitFigure("skillalliance_dead_letters_total", 1, "topic", TOPIC, "reason", "failed");
        awaitFigure("skillalliance_dead_letter_records", 2, "topic", TOPIC + ".DLT");
        // the poison's effect ran three times and was rolled back each time: nothing was applied, nothing timed
        assertThat(scrape().sum("skillalliance_event_apply_delay_seconds_count", applied))
                .isEqualTo(appliedBefore);
        scrape().body()
                .lines()
                .filter(line -> line.startsWith("skillalliance_"))
                .forEach(System.out::println);
    }

    @Test
    void anEffectIsTimedOnlyOnceItsTransactionHasCommitted() {
        String consumer = "metrics-rolled-back";
        EventEnvelope event = registry.envelope(
                WidgetApplication.WIDGET_CHANGED, "rolled-back", "widget-service", new WidgetChanged("rolled-back", 1));
        // the inbox's transaction joins the caller's, which is rolled back after the effect ran: nothing happened
        transactions.executeWithoutResult(status -> {
            assertThat(inbox.processOnce(consumer, event, applied -> {})).isTrue();
            status.setRollbackOnly();
        });
        assertThat(scrape().sum("skillalliance_event_apply_delay_seconds_count", "consumer", consumer))
                .isZero();

        assertThat(inbox.processOnce(consumer, event, applied -> {}))
                .as("its mark went with the rollback")
                .isTrue();
        assertThat(scrape().sum("skillalliance_event_apply_delay_seconds_count", "consumer", consumer))
                .isOne();
    }

    @Test
    void theScrapeAnswersOnTheManagementPortOnly() {
        assertThat(scrape().status()).isEqualTo(200);
        assertThat(scrape().names()).contains("jvm_memory_used_bytes", "hikaricp_connections_active");
    }

    private PrometheusScrape scrape() {
        PrometheusScrape scrape = PrometheusScrape.of(managementPort);
        assertThat(scrape.status()).as(scrape.body()).isEqualTo(200);
        return scrape;
    }

    private double figure(String name, String... labels) {
        OptionalDouble value = scrape().value(name, labels);
        assertThat(value)
                .as("%s%s on the scrape", name, java.util.List.of(labels))
                .isPresent();
        return value.getAsDouble();
    }

    private void awaitFigure(String name, double expected, String... labels) {
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(figure(name, labels)).isEqualTo(expected));
    }
}
