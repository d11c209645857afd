package org.skillalliance.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the event backbone, under {@code skillalliance.messaging}.
 *
 * @param service        the producing service, written into every envelope (for example {@code member-service})
 * @param topic          where this service publishes; defaults to {@code <service without -service>.events.v1}
 * @param publishes      false for a service that only consumes: no topic of its own, no relay
 * @param partitions     partitions of the service's topic and of the dead-letter topics it declares
 * @param consumedTopics topics this service reads; they and their {@code .DLT} topics are declared
 * @param relay          the outbox relay
 * @param consumer       retries of a failing record before it is dead-lettered
 * @param metrics        the pipeline's figures (docs/observability.md)
 */
@ConfigurationProperties("skillalliance.messaging")
public record MessagingProperties(
        String service,
        String topic,
        Boolean publishes,
        Integer partitions,
        List<String> consumedTopics,
        Relay relay,
        Consumer consumer,
        Metrics metrics) {

    public MessagingProperties {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("skillalliance.messaging.service must name the producing service");
        }
        if (topic == null || topic.isBlank()) {
            topic = service.replaceFirst("-service$", "") + ".events.v1";
        }
        publishes = publishes == null || publishes;
        partitions = partitions == null ? 6 : partitions;
        consumedTopics = consumedTopics == null ? List.of() : List.copyOf(consumedTopics);
        relay = relay == null ? new Relay(null, null, null, null, null, null) : relay;
        consumer = consumer == null ? new Consumer(null, null, null) : consumer;
        metrics = metrics == null ? new Metrics(null) : metrics;
    }

    /**
     * @param enabled       whether this instance relays (all instances may)
     * @param pollInterval  pause when the outbox was empty
     * @param batchSize     events claimed per shard and round
     * @param sendTimeout   how long a batch may wait for the broker's acknowledgements
     * @param maxBackoff    longest pause after failures (the pause doubles from the poll interval)
     * @param keepPublished how long published rows stay in the outbox table before they are purged
     */
    public record Relay(
            Boolean enabled,
            Duration pollInterval,
            Integer batchSize,
            Duration sendTimeout,
            Duration maxBackoff,
            Duration keepPublished) {
        public Relay {
            enabled = enabled == null || enabled;
            pollInterval = pollInterval == null ? Duration.ofMillis(100) : pollInterval;
            batchSize = batchSize == null ? 500 : batchSize;
            sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(5) : maxBackoff;
            keepPublished = keepPublished == null ? Duration.ofDays(7) : keepPublished;
        }

        Relay disabled() {
            return new Relay(false, pollInterval, batchSize, sendTimeout, maxBackoff, keepPublished);
        }
    }

    /**
     * @param maxRetries     retries after the first failed attempt, then the record goes to the dead-letter topic
     * @param initialBackoff pause before the first retry; it doubles up to {@code maxBackoff}
     * @param maxBackoff     longest pause between retries
     */
    public record Consumer(Integer maxRetries, Duration initialBackoff, Duration maxBackoff) {
        public Consumer {
            maxRetries = maxRetries == null ? 3 : maxRetries;
            initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(2) : maxBackoff;
        }
    }

    /**
     * @param lagInterval how often the consumer lag of this service's groups and the records of its dead-letter topics
     *                    are read from the broker
     */
    public record Metrics(Duration lagInterval) {
        public Metrics {
            lagInterval = lagInterval == null ? Duration.ofSeconds(10) : lagInterval;
        }
    }

    public String deadLetterTopic(String topic) {
        return topic + ".DLT";
    }
}
