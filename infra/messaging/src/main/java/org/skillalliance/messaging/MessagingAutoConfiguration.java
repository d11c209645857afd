package org.skillalliance.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.messaging.inbox.EventInbox;
import org.skillalliance.messaging.kafka.DeadLetters;
import org.skillalliance.messaging.kafka.KafkaHealthIndicator;
import org.skillalliance.messaging.metrics.ConsumerLagMonitor;
import org.skillalliance.messaging.metrics.EventFreshness;
import org.skillalliance.messaging.metrics.OutboxBacklog;
import org.skillalliance.messaging.outbox.Outbox;
import org.skillalliance.messaging.outbox.OutboxRelay;
import org.skillalliance.messaging.tracing.MessageTracing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every service the same backbone: the outbox and its relay, the inbox, dead-lettering, topic declarations and
 * Kafka readiness. Configured under {@code skillalliance.messaging}; the service's Flyway runs the tables from
 * {@code classpath:db/messaging}.
 *
 * <p>The Kafka clients made here (the relay's producer, readiness's and the lag monitor's admin clients) start from the
 * configuration of Spring Boot's own {@link ProducerFactory} and {@link KafkaAdmin}, which Boot builds from the
 * {@code KafkaConnectionDetails} bean (bootstrap servers, security protocol, SSL bundle) and {@code spring.kafka.*}:
 * whoever hands Boot a broker's connection details hands them to the backbone too.
 */
@AutoConfiguration(
        after = {
            KafkaAutoConfiguration.class,
            JdbcClientAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class,
            TransactionAutoConfiguration.class
        },
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventRegistry eventRegistry() {
        return EventRegistry.standard();
    }

    /** Tracing where the service has a tracer (infra/observability), none otherwise. */
    @Bean
    @ConditionalOnMissingBean
    MessageTracing messageTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer available = tracer.getIfAvailable();
        Propagator propagating = propagator.getIfAvailable();
        return available == null || propagating == null
                ? MessageTracing.NONE
                : new MessageTracing(available, propagating);
    }

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(JdbcClient jdbc, EventRegistry registry, MessagingProperties properties, MessageTracing tracing) {
        return new Outbox(jdbc, registry, properties, tracing);
    }

    /**
     * The relay has a producer of its own, with timeouts short enough that a missing broker fails a batch in seconds
     * (and the relay backs off) instead of blocking for the client's default minute.
     */
    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            ProducerFactory<?, ?> bootProducerFactory,
            MessagingProperties properties,
            MessageTracing tracing,
            ObjectProvider<ObservationRegistry> observations) {
        Map<String, Object> producer = new HashMap<>(bootProducerFactory.getConfigurationProperties());
        int sendTimeout = (int) properties.relay().sendTimeout().toMillis();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        int requestTimeout = Math.min(sendTimeout, 5000);
        int linger = 5;
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, requestTimeout);
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
        producer.put(ProducerConfig.LINGER_MS_CONFIG, linger);
        // Kafka insists on delivery.timeout >= linger + request.timeout
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(sendTimeout, requestTimeout + linger + 1000));
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, properties.service() + "-outbox-relay");
        KafkaTemplate<String, String> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
        // a producer span per record, and the trace context in its headers (the template is no bean: told here)
        template.setObservationEnabled(true);
        template.setObservationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP));
        return new OutboxRelay(
                jdbc,
                new TransactionTemplate(transactionManager),
                template,
                properties.publishes() ? properties.relay() : properties.relay().disabled(),
                tracing);
    }

    @Bean
    @ConditionalOnMissingBean
    EventInbox eventInbox(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            EventRegistry registry,
            MessageTracing tracing,
            ObjectProvider<MeterRegistry> meters) {
        MeterRegistry meterRegistry = meters.getIfAvailable();
        return new EventInbox(
                jdbc,
                new TransactionTemplate(transactionManager),
                registry,
                tracing,
                meterRegistry == null ? EventFreshness.NONE : new EventFreshness(meterRegistry, Clock.systemUTC()));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler deadLetteringErrorHandler(
            KafkaTemplate<?, ?> template, MessagingProperties properties, ObjectProvider<MeterRegistry> meters) {
        return DeadLetters.errorHandler(template, properties.consumer(), meters.getIfAvailable());
    }

    @Bean
    KafkaAdmin.NewTopics skillAllianceTopics(MessagingProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        if (properties.publishes()) {
            // kept forever: every projection must be rebuildable from the topics
            topics.add(TopicBuilder.name(properties.topic())
                    .partitions(properties.partitions())
                    .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                    .build());
        }
        for (String consumed : properties.consumedTopics()) {
            // declared here too, so that the topic exists before this service's listeners subscribe, whichever
            // service starts first: a consumer subscribed to a missing topic may not notice it appear for minutes
            topics.add(TopicBuilder.name(consumed)
                    .partitions(properties.partitions())
                    .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                    .build());
            topics.add(TopicBuilder.name(properties.deadLetterTopic(consumed))
                    .partitions(properties.partitions())
                    .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                    .build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin.getConfigurationProperties(), Duration.ofSeconds(3));
    }

    /** The pipeline's gauges (docs/observability.md), where the service has a meter registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class PipelineMetrics {

        /** Only where the service publishes: a consumer-only service has no outbox rows. */
        @Bean
        @ConditionalOnProperty(name = "skillalliance.messaging.publishes", havingValue = "true", matchIfMissing = true)
        OutboxBacklog outboxBacklog(JdbcClient jdbc) {
            return new OutboxBacklog(jdbc, Clock.systemUTC());
        }

        @Bean
        ConsumerLagMonitor consumerLagMonitor(
                KafkaAdmin kafkaAdmin,
                MessagingProperties properties,
                ObjectProvider<KafkaListenerEndpointRegistry> listeners,
                MeterRegistry meters) {
            Map<String, Object> admin = new HashMap<>(kafkaAdmin.getConfigurationProperties());
            admin.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, properties.service());
            Supplier<Collection<MessageListenerContainer>> containers = () -> {
                KafkaListenerEndpointRegistry registry = listeners.getIfAvailable();
                return registry == null ? List.of() : registry.getAllListenerContainers();
            };
            return new ConsumerLagMonitor(
                    admin,
                    containers,
                    properties.consumedTopics().stream()
                            .map(properties::deadLetterTopic)
                            .toList(),
                    meters,
                    properties.metrics().lagInterval());
        }
    }
}
