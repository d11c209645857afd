package org.skillalliance.messaging.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.apache.kafka.common.TopicPartition;
import org.skillalliance.contracts.InvalidEventException;
import org.skillalliance.messaging.MessagingProperties;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The error handling of every listener: a failing record is retried with exponential backoff a bounded number of
 * times, then published to {@code <topic>.DLT} with the failure in its headers, and the consumer moves on. A record
 * that cannot be read at all is not retried.
 *
 * <p>A record that fails because the consumer's own database cannot be reached (no connection, the connection lost,
 * the server shutting down or starting up) is not at fault and is never dead-lettered: it is retried with the same
 * backoff, capped at {@code max-backoff}, until the database is back. Giving it up after a few seconds would drop a
 * valid event from the consumer's state for good whenever the database restarts; holding the partition meanwhile
 * costs nothing, since every other record would fail the same way.
 *
 * <p>With a meter registry, every record published to a dead-letter topic counts in {@value #COUNTER}{@code {topic,
 * reason}}: the topic it came from, and {@code unreadable} (not retried: not an event of the contracts) or
 * {@code failed} (its effect failed every retry). This instance's count since it started, beside the records the
 * dead-letter topics hold, which {@code ConsumerLagMonitor} reads from the broker (docs/observability.md).
 */
public final class DeadLetters {

    public static final String COUNTER = "skillalliance.dead.letters";
    public static final String UNREADABLE = "unreadable";
    public static final String FAILED = "failed";

    private DeadLetters() {}

    public static DefaultErrorHandler errorHandler(
            KafkaOperations<?, ?> template, MessagingProperties.Consumer settings) {
        return errorHandler(template, settings, null);
    }

    /** As {@link #errorHandler(KafkaOperations, MessagingProperties.Consumer)}, counting into {@code meters} if given. */
    public static DefaultErrorHandler errorHandler(
            KafkaOperations<?, ?> template, MessagingProperties.Consumer settings, MeterRegistry meters) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(
                template, (record, exception) -> new TopicPartition(record.topic() + ".DLT", -1));
        ConsumerRecordRecoverer recoverer = meters == null
                ? publisher
                : (record, exception) -> {
                    publisher.accept(record, exception);
                    counter(meters, record.topic(), unreadable(exception) ? UNREADABLE : FAILED)
                            .increment();
                };
        ExponentialBackOff backOff =
                new ExponentialBackOff(settings.initialBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(settings.maxBackoff().toMillis());
        backOff.setMaxAttempts(settings.maxRetries());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class, DeserializationException.class);
        ExponentialBackOff untilReachable =
                new ExponentialBackOff(settings.initialBackoff().toMillis(), 2.0);
        untilReachable.setMaxInterval(settings.maxBackoff().toMillis());
        handler.setBackOffFunction((record, exception) -> databaseUnreachable(exception) ? untilReachable : null);
        return handler;
    }

    /**
     * The counter of records from {@code topic} dead-lettered for {@code reason} ({@value #UNREADABLE} or
     * {@value #FAILED}), registered at 0 the first time (so a rate over the first dead letter is right).
     */
    public static Counter counter(MeterRegistry meters, String topic, String reason) {
        return Counter.builder(COUNTER)
                .description("Records this instance published to a dead-letter topic")
                .tags("topic", topic, "reason", reason)
                .register(meters);
    }

    /** True if the record could not be read as an event at all (so it was not retried). */
    static boolean unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidEventException || cause instanceof DeserializationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the failure (or one of its causes) says the database could not be reached, rather than that the record
     * or its effect is wrong: Spring's resource-failure and transient exceptions, a transaction that could not begin,
     * or an SQL state of class 08 (connection exception) or 57P (the server shutting down, crashed, or not accepting
     * connections yet).
     */
    public static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
