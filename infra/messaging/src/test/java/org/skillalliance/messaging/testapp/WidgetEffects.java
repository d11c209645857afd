package org.skillalliance.messaging.testapp;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.messaging.inbox.EventInbox;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The consumer side: every delivery is counted, every effect is a row in {@code widget_effect}, which has no unique
 * key of its own, so that an effect applied twice would show as two rows.
 */
@Component
public class WidgetEffects {

    public static final String CONSUMER = "widget-effects";
    public static final String REPLAY_LISTENER = "widget-replay";
    public static final String LISTENER = "widget-effects";

    private final EventInbox inbox;
    private final JdbcClient jdbc;
    private final AtomicInteger deliveries = new AtomicInteger();
    private final AtomicInteger unreachableDeliveries = new AtomicInteger();

    WidgetEffects(EventInbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(id = LISTENER, topics = "${skillalliance.messaging.topic}", groupId = "widget-effects")
    void onWidgetEvent(ConsumerRecord<String, String> record) {
        deliveries.incrementAndGet();
        if (unreachableDeliveries.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            // what the listener meets while PostgreSQL restarts: no connection for the inbox's transaction
            throw new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("Connection is not available, request timed out", "08001"));
        }
        inbox.consume(CONSUMER, record, event -> {
            WidgetChanged change = inbox.payload(event, WidgetChanged.class);
            if (change.sequence() < 0) {
                throw new IllegalStateException("poison: widget " + change.widgetId() + " has a negative sequence");
            }
            jdbc.sql(
                            "insert into widget_effect (event_id, widget_id, sequence) values (:eventId, :widgetId, :sequence)")
                    .param("eventId", event.eventId())
                    .param("widgetId", change.widgetId())
                    .param("sequence", change.sequence())
                    .update();
        });
    }

    /** A second consumer group over the same topic from offset 0, applying through the same inbox name. */
    @KafkaListener(
            id = REPLAY_LISTENER,
            topics = "${skillalliance.messaging.topic}",
            groupId = "widget-replay",
            autoStartup = "false")
    void replay(ConsumerRecord<String, String> record) {
        onWidgetEvent(record);
    }

    /** The next {@code count} deliveries find the database unreachable, as while PostgreSQL restarts. */
    public void databaseUnreachableForNext(int count) {
        unreachableDeliveries.set(count);
    }

    public int deliveries() {
        return deliveries.get();
    }

    public int effects() {
        return jdbc.sql("select count(*) from widget_effect")
                .query(Integer.class)
                .single();
    }

    public int distinctEffects() {
        return jdbc.sql("select count(distinct event_id) from widget_effect")
                .query(Integer.class)
                .single();
    }
}
