package org.skillalliance.reporting.projection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.skillalliance.contracts.EventEnvelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies one event to the projection tables. Every write is an upsert of the columns the event knows about, guarded
 * by the event's time where a later event of the same thing may already be there; so an outcome can arrive before
 * the staff member it refers to, and a replay in another interleaving gives the same rows. One projection per topic it
 * reads ({@link MemberProjection}, {@link CurriculumProjection}, {@link FundingProjection}) writes the tables of that
 * topic's events; this class hands each event to its projection and keeps the watermark.
 */
@Component
public class Projector {

    private final JdbcClient jdbc;
    private final MemberProjection members;
    private final CurriculumProjection curriculum;
    private final FundingProjection funding;

    Projector(JdbcClient jdbc, MemberProjection members, CurriculumProjection curriculum, FundingProjection funding) {
        this.jdbc = jdbc;
        this.members = members;
        this.curriculum = curriculum;
        this.funding = funding;
    }

    /** Applies the event and moves the watermark to it; events of types the reports do not need only move it. */
    public void apply(EventEnvelope event) {
        project(event);
        advanceWatermark(event.occurredAt());
    }

    /**
     * Makes PostgreSQL plan the rest of the current transaction's statements for the tables as they are now, not
     * reuse a plan it cached for a prepared statement while the projections were small (which may read a whole table
     * that has grown by thousands of rows since). For a transaction that applies a batch of events; it costs one
     * statement, and planning each statement a fraction of a millisecond.
     */
    void planForTheTablesAsTheyAre() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /**
     * Applies the event to the projections without touching the watermark: a batch of events moves the watermark
     * once, to its latest ({@link #advanceWatermark}), in the same transaction. Events of types no report needs yet
     * (whatever later versions add) are left alone.
     */
    void project(EventEnvelope event) {
        Timestamp at = Timestamp.from(event.occurredAt());
        if (members.project(event, at) || curriculum.project(event, at)) {
            return;
        }
        funding.project(event, at);
    }

    /** Records that every event up to {@code occurredAt} has been applied (the watermark only moves forward). */
    void advanceWatermark(Instant occurredAt) {
        jdbc.sql("""
                insert into rp_watermark (id, last_event_at) values (1, :at)
                on conflict (id) do update set last_event_at = greatest(rp_watermark.last_event_at, excluded.last_event_at)
                """).param("at", Timestamp.from(occurredAt)).update();
    }

    /** A PostgreSQL array literal of the values (empty for none), each element quoted. */
    static String array(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return "{}";
        }
        return values.stream()
                .map(v -> "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static List<String> tableNames() {
        return List.of(
                "rp_alliance",
                "rp_organisation",
                "rp_membership",
                "rp_staff",
                "rp_course",
                "rp_course_skill",
                "rp_cohort",
                "rp_enrolment",
                "rp_seat",
                "rp_seat_pair",
                "rp_cost_share",
                "rp_programme",
                "rp_award",
                "rp_claim",
                "rp_disbursement",
                "rp_follow_up",
                "rp_cohort_results",
                "rp_cohort_result_measure",
                "rp_workplace_learning",
                "rp_watermark");
    }
}
