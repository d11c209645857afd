package org.skillalliance.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Records everything published to a topic, from its first offset, as an independent consumer would see it: for tests
 * that check what a service published on the real broker.
 */
public final class TopicRecorder implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean open = true;

    private TopicRecorder(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "recorder-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG,
                1000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
        consumer.subscribe(List.of(topic));
        poller = new Thread(this::poll, "topic-recorder-" + topic);
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts recording {@code topic} (which need not exist yet) from its beginning. */
    public static TopicRecorder record(String bootstrapServers, String topic) {
        return new TopicRecorder(bootstrapServers, topic);
    }

    private void poll() {
        try {
            while (open) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        } catch (WakeupException closing) {
            // close() woke the poller up
        } finally {
            consumer.close(Duration.ofSeconds(1));
        }
    }

    /** What has arrived so far, in arrival order (per partition, the broker's order). */
    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    /** Waits until at least {@code count} records have arrived and returns all of them. */
    public List<ConsumerRecord<String, String>> awaitAtLeast(int count, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> records.size() >= count);
        return records();
    }

    @Override
    public void close() {
        open = false;
        consumer.wakeup();
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
