package org.skillalliance.curriculum.skillsneeds.objective;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcObjectives {

    /** Filters of the objective list; {@code alliances} null for admins (all), else the only alliances seen. */
    record Filter(UUID allianceId, ObjectiveKind kind, Set<UUID> alliances) {
        String alliancesArray() {
            return alliances == null
                    ? null
                    : alliances.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        }
    }

    private static final String FILTER = """
            where (cast(:allianceId as uuid) is null or o.alliance_id = :allianceId)
              and (cast(:kind as varchar) is null or o.kind = :kind)
              and (cast(:alliances as uuid[]) is null or o.alliance_id = any(cast(:alliances as uuid[])))
            """;

    private final JdbcClient jdbc;

    JdbcObjectives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Objective o, Instant at) {
        jdbc.sql("""
                insert into objective (id, alliance_id, kind, title, skill_id, minimum_level, target_count, course_id,
                                       target_rate, period_start, target_date, created_on, baseline, created_at)
                values (:id, :allianceId, :kind, :title, :skillId, :minimumLevel, :targetCount, :courseId,
                        :targetRate, :periodStart, :targetDate, :createdOn, :baseline, :at)
                """)
                .param("id", o.id())
                .param("allianceId", o.allianceId())
                .param("kind", o.kind().name())
                .param("title", o.title())
                .param("skillId", o.skillId())
                .param("minimumLevel", o.minimumLevel())
                .param("targetCount", o.targetCount())
                .param("courseId", o.courseId())
                .param("targetRate", o.targetRate())
                .param("periodStart", o.periodStart() == null ? null : Date.valueOf(o.periodStart()))
                .param("targetDate", Date.valueOf(o.targetDate()))
                .param("createdOn", Date.valueOf(o.createdOn()))
                .param("baseline", o.baseline())
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<Objective> find(UUID id) {
        return jdbc.sql("select * from objective o where o.id = :id")
                .param("id", id)
                .query(JdbcObjectives::map)
                .optional();
    }

    List<Objective> page(Filter filter, PageQuery page) {
        return bind(
                        jdbc.sql("select * from objective o " + FILTER
                                + " order by o.target_date, o.created_at, o.id limit :limit offset :offset"),
                        filter)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcObjectives::map)
                .list();
    }

    long count(Filter filter) {
        return bind(jdbc.sql("select count(*) from objective o " + FILTER), filter)
                .query(Long.class)
                .single();
    }

    /** Keeps the latest outcome of an enrolment (an older event never overwrites a newer one). */
    void upsertOutcome(UUID enrolmentId, UUID cohortId, UUID courseId, String outcome, Instant occurredAt) {
        jdbc.sql("""
                insert into objective_outcome (enrolment_id, cohort_id, course_id, outcome, occurred_at)
                values (:enrolmentId, :cohortId, :courseId, :outcome, :at)
                on conflict (enrolment_id) do update set outcome = excluded.outcome, occurred_at = excluded.occurred_at
                where objective_outcome.occurred_at <= excluded.occurred_at
                """)
                .param("enrolmentId", enrolmentId)
                .param("cohortId", cohortId)
                .param("courseId", courseId)
                .param("outcome", outcome)
                .param("at", Timestamp.from(occurredAt))
                .update();
    }

    /** The outcomes in cohorts of the course that start inside [from, to]. */
    ObjectiveProgress.Outcomes outcomes(UUID courseId, LocalDate from, LocalDate to) {
        int[] counts = new int[3];
        jdbc.sql("""
                select o.outcome, count(*) as n from objective_outcome o join cohort c on c.id = o.cohort_id
                where o.course_id = :courseId and c.start_date between :from and :to
                group by o.outcome
                """)
                .param("courseId", courseId)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(rs -> {
                    switch (rs.getString("outcome")) {
                        case "COMPLETED" -> counts[0] = rs.getInt("n");
                        case "NOT_COMPLETED" -> counts[1] = rs.getInt("n");
                        case "NO_SHOW" -> counts[2] = rs.getInt("n");
                        default -> {}
                    }
                });
        return new ObjectiveProgress.Outcomes(counts[0], counts[1], counts[2]);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f) {
        return spec.param("allianceId", f.allianceId())
                .param("kind", f.kind() == null ? null : f.kind().name())
                .param("alliances", f.alliancesArray());
    }

    private static Objective map(ResultSet rs, int row) throws SQLException {
        return Objective.restore(
                rs.getObject("id", UUID.class),
                rs.getObject("alliance_id", UUID.class),
                ObjectiveKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getObject("skill_id", UUID.class),
                nullableInt(rs, "minimum_level"),
                nullableInt(rs, "target_count"),
                rs.getObject("course_id", UUID.class),
                rs.getBigDecimal("target_rate"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("target_date", LocalDate.class),
                rs.getObject("created_on", LocalDate.class),
                nullableInt(rs, "baseline"));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
