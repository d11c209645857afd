package org.skillalliance.drills;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drills' view of the broker: how far behind each consumer group is, what the dead-letter topics hold, and a
 * producer to inject records straight onto the topics (past the services).
 */
final class KafkaProbe {

    /** The header the dead-letter recoverer writes with the consumer group that gave the record up. */
    static final String DLT_GROUP_HEADER = "kafka_dlt-original-consumer-group";

    /** A record found in a {@code .DLT} topic. */
    record DeadLetter(String topic, String key, String value, String group) {}

    /** The header the outbox relay writes with the event id. */
    static final String EVENT_ID_HEADER = "event-id";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrap;

    KafkaProbe(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /**
     * Every consumer group with committed offsets, and how many records it has not consumed yet (end offset minus
     * committed offset, summed over its partitions).
     */
    Map<String, Long> consumerLag() throws Exception {
        try (Admin admin = admin()) {
            Map<String, Long> lag = new TreeMap<>();
            List<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId)
                    .toList();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest =
                        committed.keySet().stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                        admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                long behind = 0;
                for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                    if (entry.getValue() != null) {
                        behind += Math.max(
                                0,
                                ends.get(entry.getKey()).offset()
                                        - entry.getValue().offset());
                    }
                }
                lag.put(group, behind);
            }
            return lag;
        }
    }

    /** Everything in every {@code .DLT} topic, from the beginning. */
    List<DeadLetter> deadLetters() throws Exception {
        Set<String> topics;
        try (Admin admin = admin()) {
            topics = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(name -> name.endsWith(".DLT"))
                    .collect(Collectors.toSet());
        }
        List<DeadLetter> found = new ArrayList<>();
        for (ConsumerRecord<String, String> record : readAll(topics)) {
            Header group = record.headers().lastHeader(DLT_GROUP_HEADER);
            found.add(new DeadLetter(
                    record.topic(),
                    record.key(),
                    record.value(),
                    group == null ? "?" : new String(group.value(), StandardCharsets.UTF_8)));
        }
        return found;
    }

    /**
     * The event id of every record on each topic, a copy per record (a duplicate's id appears again): the
     * {@code event-id} header the relay writes, else the envelope's {@code eventId}; records with neither (a poison
     * message) are left out.
     */
    Map<String, List<UUID>> eventIds(Set<String> topics) {
        Map<String, List<UUID>> ids = new HashMap<>();
        topics.forEach(topic -> ids.put(topic, new ArrayList<>()));
        for (ConsumerRecord<String, String> record : readAll(topics)) {
            eventId(record).ifPresent(id -> ids.get(record.topic()).add(id));
        }
        return ids;
    }

    private static Optional<UUID> eventId(ConsumerRecord<String, String> record) {
        try {
            Header header = record.headers().lastHeader(EVENT_ID_HEADER);
            if (header != null) {
                return Optional.of(UUID.fromString(new String(header.value(), StandardCharsets.UTF_8)));
            }
            if (record.value() == null) {
                return Optional.empty();
            }
            JsonNode id = JSON.readTree(record.value()).path("eventId");
            return id.isString() ? Optional.of(UUID.fromString(id.asString())) : Optional.empty();
        } catch (RuntimeException notAnEvent) {
            return Optional.empty();
        }
    }

    /** Every record of the topics, from the beginning up to their end offsets now. */
    List<ConsumerRecord<String, String>> readAll(Set<String> topics) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        if (topics.isEmpty()) {
            return records;
        }
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                            .map(p -> new TopicPartition(topic, p.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Instant deadline = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, Duration.ofSeconds(10)) < ends.get(tp))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topics + " to their ends within 60 s");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    /** Sends the records and waits until the broker has acknowledged every one. */
    void send(List<ProducerRecord<String, String>> records) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
            for (ProducerRecord<String, String> record : records) {
                acks.add(producer.send(record));
            }
            for (java.util.concurrent.Future<?> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** True if the broker answers right now. */
    boolean answers() {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return false;
        }
    }

    private Admin admin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        return Admin.create(properties);
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "fault-drills-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(properties);
    }

    private KafkaProducer<String, String> producer() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "fault-drills-injector");
        return new KafkaProducer<>(properties);
    }
}
