package org.skillalliance.reporting.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.skillalliance.contracts.InvalidEventException;
import org.skillalliance.contracts.Topics;
import org.skillalliance.messaging.inbox.EventInbox;
import org.skillalliance.security.Caller;
import org.skillalliance.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drops every projection and replays the three topics from offset 0 up to their ends as they stood when the rebuild
 * began, through the same inbox and projector as live consumption. The live listener is stopped meanwhile; when it
 * resumes from its committed offsets, the events the rebuild has already applied are recognised by their ids and
 * skipped. Run it on one instance at a time.
 *
 * <p>Its consumer starts from the configuration of Spring Boot's {@link ConsumerFactory}, the one the live listener
 * uses, which Boot builds from the {@code KafkaConnectionDetails} bean and {@code spring.kafka.*}.
 */
@Service
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final List<String> TOPICS = List.of(Topics.MEMBER, Topics.CURRICULUM, Topics.FUNDING);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EventInbox inbox;
    private final Projector projector;
    private final KafkaListenerEndpointRegistry listeners;
    private final ConsumerFactory<?, ?> bootConsumerFactory;

    ProjectionRebuild(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            EventInbox inbox,
            Projector projector,
            KafkaListenerEndpointRegistry listeners,
            ConsumerFactory<?, ?> bootConsumerFactory) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.inbox = inbox;
        this.projector = projector;
        this.listeners = listeners;
        this.bootConsumerFactory = bootConsumerFactory;
    }

    /** What a rebuild did. */
    public record Result(long eventsApplied, long recordsSkipped, Map<String, Long> recordsPerTopic) {}

    /**
     * Rebuilds every projection from the topics.
     *
     * @throws ApiException.Forbidden unless the caller is a platform admin
     */
    public Result rebuild(Caller caller) {
        caller.requireAnyRole("rebuild the projections");
        return rebuild();
    }

    synchronized Result rebuild() {
        MessageListenerContainer live = listeners.getListenerContainer(ProjectionListener.LISTENER_ID);
        boolean wasRunning = live != null && live.isRunning();
        if (wasRunning) {
            live.stop();
        }
        try {
            transactions.executeWithoutResult(status -> {
                for (String table : Projector.tableNames()) {
                    jdbc.sql("delete from " + table).update();
                }
                jdbc.sql("delete from processed_event where consumer = :consumer")
                        .param("consumer", ProjectionListener.CONSUMER)
                        .update();
            });
            return replay();
        } finally {
            if (wasRunning) {
                live.start();
            }
        }
    }

    private Result replay() {
        Map<String, Object> properties = new HashMap<>(bootConsumerFactory.getConfigurationProperties());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-rebuild-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        long applied = 0;
        long skipped = 0;
        Map<String, Long> perTopic = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            for (String topic : TOPICS) {
                List<TopicPartition> partitions = new ArrayList<>();
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                for (PartitionInfo info : infos == null ? List.<PartitionInfo>of() : infos) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
                if (partitions.isEmpty()) {
                    perTopic.put(topic, 0L);
                    continue;
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
                long records = 0;
                while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(10)) < ends.get(p))) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                            continue;
                        }
                        records++;
                        try {
                            if (inbox.consume(ProjectionListener.CONSUMER, record, projector::apply)) {
                                applied++;
                            }
                        } catch (InvalidEventException unreadable) {
                            skipped++;
                        }
                    }
                }
                perTopic.put(topic, records);
            }
        }
        log.info("Projections rebuilt: {} events applied, {} unreadable records skipped", applied, skipped);
        return new Result(applied, skipped, perTopic);
    }
}
