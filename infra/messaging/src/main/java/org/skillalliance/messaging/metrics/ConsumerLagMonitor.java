package org.skillalliance.messaging.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.skillalliance.messaging.kafka.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Reads from the broker, every {@code skillalliance.messaging.metrics.lag-interval} (10 s), how far each consumer group
 * of this service is behind and how many records lie in the dead-letter topics it writes to, and publishes both as
 * gauges:
 * <ul>
 *   <li>{@value #LAG}{@code {group, topic}}: the end offset minus the group's committed offset, summed over the
 *   topic's partitions (a partition the group has never committed counts from its first offset, as
 *   {@code auto-offset-reset: earliest} reads it);</li>
 *   <li>{@value #DEAD_LETTERS}{@code {topic}}: the records of each {@code <topic>.DLT} of the topics this service's
 *   listeners read (end minus first offset; kept forever, so this only grows).</li>
 * </ul>
 * The groups and their topics are those of the service's listener containers, running or stopped (for each of those
 * topics it also registers {@code DeadLetters}' counters at 0). This is measured
 * from outside the consumer on purpose: the Kafka client's own {@code records-lag} is reported by the consumer while it
 * polls, so it vanishes exactly when a stopped or stuck consumer falls behind. A check that fails (the broker away)
 * leaves the figures as the last one that worked saw them; readiness reports the broker.
 */
public final class ConsumerLagMonitor implements SmartLifecycle {

    public static final String LAG = "skillalliance.consumer.lag";
    public static final String DEAD_LETTERS = "skillalliance.dead.letter.records";

    private static final Logger log = LoggerFactory.getLogger(ConsumerLagMonitor.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private record GroupTopic(String group, String topic) {}

    private final Map<String, Object> adminProperties;
    private final Supplier<Collection<MessageListenerContainer>> containers;
    private final Set<String> declaredDeadLetterTopics;
    private final MeterRegistry registry;
    private final Duration interval;
    private final Map<GroupTopic, AtomicLong> lags = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> deadLetters = new ConcurrentHashMap<>();

    private ScheduledExecutorService executor;
    private Admin admin;
    private volatile boolean running;
    private volatile boolean lastCheckFailed;

    /**
     * @param containers               the service's listener containers, asked at each check
     * @param declaredDeadLetterTopics dead-letter topics the service declares (those of its consumed topics); the
     *                                 {@code .DLT} of every topic a listener reads is added
     */
    public ConsumerLagMonitor(
            Map<String, Object> adminProperties,
            Supplier<Collection<MessageListenerContainer>> containers,
            Collection<String> declaredDeadLetterTopics,
            MeterRegistry registry,
            Duration interval) {
        this.adminProperties = Map.copyOf(adminProperties);
        this.containers = containers;
        this.declaredDeadLetterTopics = Set.copyOf(declaredDeadLetterTopics);
        this.registry = registry;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        Map<String, Object> properties = new HashMap<>(adminProperties);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        properties.put(
                AdminClientConfig.CLIENT_ID_CONFIG,
                properties.getOrDefault(AdminClientConfig.CLIENT_ID_CONFIG, "skillalliance") + "-lag-monitor");
        admin = Admin.create(properties);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "consumer-lag-monitor");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::checkQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        executor.shutdownNow();
        try {
            executor.awaitTermination(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(2));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started before the listener containers (a lower phase) and stopped after them: it reads the broker, not them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }

    private void checkQuietly() {
        try {
            check();
            if (lastCheckFailed) {
                log.info("consumer lag is read from the broker again");
            }
            lastCheckFailed = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            if (!lastCheckFailed) {
                log.warn(
                        "consumer lag could not be read from the broker ({}); the figures keep their last values",
                        e.toString());
            }
            lastCheckFailed = true;
        }
    }

    /** One check: reads every group's committed offsets and every topic's ends, and sets the gauges. */
    void check() throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Set<String>> topicsByGroup = new LinkedHashMap<>();
        Set<String> deadLetterTopics = new TreeSet<>(declaredDeadLetterTopics);
        for (MessageListenerContainer container : containers.get()) {
            String group = container.getGroupId();
            String[] topics = container.getContainerProperties().getTopics();
            if (group == null || topics == null) {
                continue;
            }
            for (String topic : topics) {
                topicsByGroup.computeIfAbsent(group, key -> new TreeSet<>()).add(topic);
                deadLetterTopics.add(topic + ".DLT");
                // the recoverer's counters of this topic, at 0 until something is dead-lettered
                DeadLetters.counter(registry, topic, DeadLetters.UNREADABLE);
                DeadLetters.counter(registry, topic, DeadLetters.FAILED);
            }
        }
        Set<String> topics = new TreeSet<>(deadLetterTopics);
        topicsByGroup.values().forEach(topics::addAll);
        if (topics.isEmpty()) {
            return;
        }
        Map<String, List<TopicPartition>> partitions = partitions(topics);
        List<TopicPartition> all =
                partitions.values().stream().flatMap(List::stream).toList();
        Map<TopicPartition, Long> ends = offsets(all, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(all, OffsetSpec.earliest());

        for (Map.Entry<String, Set<String>> group : topicsByGroup.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                    .partitionsToOffsetAndMetadata()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            for (String topic : group.getValue()) {
                long lag = 0;
                for (TopicPartition partition : partitions.getOrDefault(topic, List.of())) {
                    OffsetAndMetadata position = committed.get(partition);
                    long from = position != null ? position.offset() : starts.getOrDefault(partition, 0L);
                    lag += Math.max(0, ends.getOrDefault(partition, 0L) - from);
                }
                set(
                        lags,
                        new GroupTopic(group.getKey(), topic),
                        lag,
                        (key, holder) -> Gauge.builder(LAG, holder, AtomicLong::get)
                                .description(
                                        "Records of the topic that the consumer group has not consumed yet (end offset"
                                                + " minus committed offset, summed over partitions)")
                                .tags("group", key.group(), "topic", key.topic()));
            }
        }
        for (String topic : deadLetterTopics) {
            long records = 0;
            for (TopicPartition partition : partitions.getOrDefault(topic, List.of())) {
                records += Math.max(0, ends.getOrDefault(partition, 0L) - starts.getOrDefault(partition, 0L));
            }
            set(
                    deadLetters,
                    topic,
                    records,
                    (key, holder) -> Gauge.builder(DEAD_LETTERS, holder, AtomicLong::get)
                            .description("Records in the dead-letter topic (kept forever; only grows)")
                            .tags("topic", key));
        }
    }

    /** Sets the gauge of {@code key}, registering it the first time (only the monitor's thread writes). */
    private <K> void set(
            Map<K, AtomicLong> values,
            K key,
            long value,
            BiFunction<K, AtomicLong, Gauge.Builder<AtomicLong>> builder) {
        AtomicLong holder = values.get(key);
        if (holder == null) {
            holder = new AtomicLong(value);
            values.put(key, holder);
            builder.apply(key, holder).strongReference(true).register(registry);
        }
        holder.set(value);
    }

    /** Each topic's partitions; a topic that does not exist (a dead-letter topic nothing was sent to yet) has none. */
    private Map<String, List<TopicPartition>> partitions(Set<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, List<TopicPartition>> partitions = new HashMap<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> described :
                admin.describeTopics(topics).topicNameValues().entrySet()) {
            try {
                TopicDescription description = described.getValue().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                List<TopicPartition> ofTopic = new ArrayList<>();
                description
                        .partitions()
                        .forEach(info -> ofTopic.add(new TopicPartition(described.getKey(), info.partition())));
                partitions.put(described.getKey(), ofTopic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        return partitions;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answers =
                admin.listOffsets(request).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        answers.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }
}
