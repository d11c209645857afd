package org.skillalliance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillalliance.messaging.kafka.KafkaHealthIndicator;
import org.skillalliance.messaging.testapp.WidgetApplication;
import org.skillalliance.messaging.testapp.Widgets;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKafka;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service handed its broker the way Spring Boot hands connections over, as a {@link KafkaConnectionDetails} bean,
 * while {@code spring.kafka.bootstrap-servers} names an address where no broker listens: the outbox relay still
 * publishes to the real broker and readiness still finds it, because the backbone's Kafka clients take their
 * connection from Boot and not from the property.
 */
@RealInfrastructure
@SpringBootTest(
        classes = {WidgetApplication.class, KafkaConnectionDetailsIT.BrokerAsConnectionDetails.class},
        properties = "skillalliance.messaging.topic=" + KafkaConnectionDetailsIT.TOPIC)
class KafkaConnectionDetailsIT {

    static final String TOPIC = "connection-details.events.v1";

    /** Port 1 (tcpmux): nothing listens there, so a client that reads the property finds no broker. */
    private static final String NO_BROKER = "localhost:1";

    @DynamicPropertySource
    static void propertyNamingNoBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> NO_BROKER);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class BrokerAsConnectionDetails {

        @Bean
        KafkaConnectionDetails kafkaConnectionDetails() {
            List<String> servers =
                    Arrays.asList(TestKafka.instance().bootstrapServers().split(","));
            return () -> servers;
        }
    }

    @Autowired
    Environment environment;

    @Autowired
    Widgets widgets;

    @Autowired
    KafkaHealthIndicator kafkaHealthIndicator;

    @Test
    void theRelayPublishesToTheBrokerOfTheConnectionDetailsAndNotOfTheProperty() {
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(NO_BROKER);
        try (TopicRecorder topic = TopicRecorder.record(TestKafka.instance().bootstrapServers(), TOPIC)) {
            widgets.change("w-details", 1);

            List<ConsumerRecord<String, String>> records = topic.awaitAtLeast(1, Duration.ofSeconds(30));
            assertThat(records).extracting(ConsumerRecord::key).containsExactly("w-details");
        }
    }

    @Test
    void readinessFindsTheBrokerOfTheConnectionDetails() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(kafkaHealthIndicator.health().getStatus()).isEqualTo(Status.UP));
    }
}
