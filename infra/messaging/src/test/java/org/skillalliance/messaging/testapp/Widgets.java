package org.skillalliance.messaging.testapp;

import java.util.List;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The business change: a widget row and its event, in one transaction. */
@Service
public class Widgets {

    private final JdbcClient jdbc;
    private final Outbox outbox;

    Widgets(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    public void change(String widgetId, int sequence) {
        jdbc.sql("insert into widget_change (widget_id, sequence) values (:id, :sequence)")
                .param("id", widgetId)
                .param("sequence", sequence)
                .update();
        outbox.append(WidgetApplication.WIDGET_CHANGED, widgetId, new WidgetChanged(widgetId, sequence));
    }

    @Transactional
    public void changeAll(List<WidgetChanged> changes) {
        changes.forEach(change -> change(change.widgetId(), change.sequence()));
    }

    /** Writes the change and its event, then fails: both must vanish. */
    @Transactional
    public void changeThenFail(String widgetId, int sequence) {
        change(widgetId, sequence);
        throw new IllegalStateException("the business rule refused the change after it was written");
    }

    public int changeCount() {
        return jdbc.sql("select count(*) from widget_change")
                .query(Integer.class)
                .single();
    }
}
