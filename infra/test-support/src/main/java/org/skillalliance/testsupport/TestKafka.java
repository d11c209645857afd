package org.skillalliance.testsupport;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real Kafka broker per test JVM: spring-kafka-test's embedded KRaft broker, or a Testcontainers Apache Kafka where
 * a Docker engine answers. Test classes keep apart by using their own consumer groups and, where they need it, topics.
 */
public final class TestKafka {

    private static volatile TestKafka instance;

    private final String bootstrapServers;

    private TestKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static TestKafka instance() {
        TestKafka broker = instance;
        if (broker == null) {
            synchronized (TestKafka.class) {
                if (instance == null) {
                    instance = start();
                }
                broker = instance;
            }
        }
        return broker;
    }

    private static TestKafka start() {
        if (InfrastructureMode.current() == InfrastructureMode.CONTAINERS) {
            KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-kafka-stop"));
            return new TestKafka(container.getBootstrapServers());
        }
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "5"));
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "test-kafka-stop"));
        return new TestKafka(broker.getBrokersAsString());
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }
}
