package org.skillalliance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
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
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service handed its database and its broker the way Spring Boot hands connections over, as
 * {@link JdbcConnectionDetails} and {@link KafkaConnectionDetails} beans ({@link RealInfrastructure} registers them for
 * a fresh database and the test JVM's broker), while {@code spring.datasource.url} and
 * {@code spring.kafka.bootstrap-servers} name addresses where nothing listens: Flyway migrates and the DataSource
 * connects to the database of the connection details, the outbox relay still publishes to the real broker and
 * readiness still finds it, because Boot and the backbone's Kafka clients take their connection from the beans and not
 * from the properties.
 */
@RealInfrastructure
@SpringBootTest(
        classes = WidgetApplication.class,
        properties = "skillalliance.messaging.topic=" + ConnectionDetailsIT.TOPIC)
class ConnectionDetailsIT {

    static final String TOPIC = "connection-details.events.v1";

    /** Port 1 (tcpmux): nothing listens there, so a client that reads the property finds no broker. */
    private static final String NO_BROKER = "localhost:1";

    /** Port 1 again: a DataSource built from the property finds no database, and Flyway nothing to migrate. */
    private static final String NO_DATABASE = "jdbc:postgresql://localhost:1/nowhere";

    @DynamicPropertySource
    static void propertiesNamingNoServer(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> NO_BROKER);
        registry.add("spring.datasource.url", () -> NO_DATABASE);
    }

    @Autowired
    JdbcConnectionDetails jdbcConnectionDetails;

    @Autowired
    DataSource dataSource;

    @Autowired
    KafkaConnectionDetails kafkaConnectionDetails;

    @Autowired
    Environment environment;

    @Autowired
    Widgets widgets;

    @Autowired
    KafkaHealthIndicator kafkaHealthIndicator;

    @Test
    void theRelayPublishesToTheBrokerOfTheConnectionDetailsAndNotOfTheProperty() {
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(NO_BROKER);
        assertThat(kafkaConnectionDetails.getBootstrapServers())
                .containsExactly(TestKafka.instance().bootstrapServers().split(","));
        try (TopicRecorder topic = TopicRecorder.record(TestKafka.instance().bootstrapServers(), TOPIC)) {
            widgets.change("w-details", 1);

            List<ConsumerRecord<String, String>> records = topic.awaitAtLeast(1, Duration.ofSeconds(30));
            assertThat(records).extracting(ConsumerRecord::key).containsExactly("w-details");
        }
    }

    @Test
    void flywayMigratesTheDatabaseOfTheConnectionDetailsThatTheDataSourceUses() throws SQLException {
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(NO_DATABASE);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet migrations =
                        statement.executeQuery("select count(*) from flyway_schema_history where success")) {
            assertThat(connection.getMetaData().getURL()).isEqualTo(jdbcConnectionDetails.getJdbcUrl());
            assertThat(migrations.next()).isTrue();
            assertThat(migrations.getInt(1)).isPositive();
        }
    }

    @Test
    void readinessFindsTheBrokerOfTheConnectionDetails() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(kafkaHealthIndicator.health().getStatus()).isEqualTo(Status.UP));
    }
}
