package org.skillalliance.reporting.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How current the projections are: the time of the last event applied ({@code rp_watermark}), every report's. */
@Component
public class ProjectionsWatermark {

    private final JdbcClient jdbc;

    ProjectionsWatermark(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The time of the last event applied to the projections; null before the first. */
    public Instant currentAsOf() {
        return jdbc.sql("select last_event_at from rp_watermark where id = 1")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(null);
    }
}
