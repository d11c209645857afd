package org.skillalliance.testsupport;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;

/**
 * The JVM's Kafka broker ({@link TestKafka}), handed to Spring Boot as its {@link KafkaConnectionDetails}: Boot's
 * producer, consumer and admin factories connect to it instead of to {@code spring.kafka.bootstrap-servers}.
 */
record RealBrokerConnectionDetails(List<String> bootstrapServers) implements KafkaConnectionDetails {

    /** The broker of the test JVM. */
    static RealBrokerConnectionDetails ofTheTestJvm() {
        return new RealBrokerConnectionDetails(
                Arrays.asList(TestKafka.instance().bootstrapServers().split(",")));
    }

    @Override
    public List<String> getBootstrapServers() {
        return bootstrapServers;
    }
}
