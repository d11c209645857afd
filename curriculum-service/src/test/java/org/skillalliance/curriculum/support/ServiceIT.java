package org.skillalliance.curriculum.support;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.Topics;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKafka;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The whole service on a random port, with a fresh PostgreSQL database, the JVM's real Kafka broker and its real
 * Keycloak. The subclasses share one context and one database (docs/testing.md, "Sharing one context"): each makes
 * its own data with random ids and reads only that. A subclass that changes the service's settings (a
 * {@code @DynamicPropertySource}) re-declares {@code @RealInfrastructure(keycloak = true)}, so that its context of its
 * own is closed after it. Gives tests the HTTP API (called as an alliance admin with a real token, see
 * {@link Callers}), member-service's events and the curriculum topic as seen from outside.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceIT {

    @LocalServerPort
    protected int port;
    /** The management server's port (actuator, {@code /actuator/prometheus}), random as the service port is. */
    @LocalManagementPort
    protected int managementPort;

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @Autowired
    protected EventRegistry registry;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api;
    protected MemberEvents members;
    protected Curriculum curriculum;
    protected TopicRecorder published;

    @BeforeAll
    void recordCurriculumTopic() {
        published = TopicRecorder.record(TestKafka.instance().bootstrapServers(), Topics.CURRICULUM);
    }

    @AfterAll
    void stopRecording() {
        published.close();
    }

    @BeforeEach
    protected void wire() {
        api = new Api(port, Callers.admin());
        members = new MemberEvents(kafka, registry, jdbc);
        curriculum = new Curriculum(api);
    }

    /** The events published under this key (aggregate id), in order, once at least {@code count} have arrived. */
    protected List<EventEnvelope> awaitEvents(Object key, int count) {
        String wanted = key.toString();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> eventsOf(wanted, e -> true).size() >= count);
        return eventsOf(wanted, e -> true);
    }

    /** The first event of the type published under this key (aggregate id), once it has arrived. */
    protected EventEnvelope awaitEvent(Object key, String eventType) {
        String wanted = key.toString();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() ->
                        !eventsOf(wanted, e -> e.eventType().equals(eventType)).isEmpty());
        return eventsOf(wanted, e -> e.eventType().equals(eventType)).getFirst();
    }

    protected List<EventEnvelope> eventsOf(String key, Predicate<EventEnvelope> filter) {
        return published.records().stream()
                .filter(r -> wantedKey(r, key))
                .map(r -> parse(r))
                .filter(filter)
                .toList();
    }

    private static boolean wantedKey(ConsumerRecord<String, String> record, String key) {
        return key.equals(record.key());
    }

    private EventEnvelope parse(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = registry.parse(record.value());
        String header = new String(
                record.headers().lastHeader(EventEnvelope.TYPE_HEADER).value(), StandardCharsets.UTF_8);
        if (!header.equals(envelope.eventType())) {
            throw new AssertionError("event-type header " + header + " disagrees with " + envelope.eventType());
        }
        return envelope;
    }
}
