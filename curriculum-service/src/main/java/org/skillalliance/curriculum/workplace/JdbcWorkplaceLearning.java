package org.skillalliance.curriculum.workplace;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWorkplaceLearning {

    /**
     * Whom a caller sees: everything ({@code all}), an employer's plans, or the plans where a person is the learner or
     * the mentor; null where that scope does not apply.
     */
    record Scope(boolean all, UUID employerId, UUID personStaffId) {}

    /** A plan with its sessions' tally. */
    record Row(WorkplaceLearning learning, BigDecimal loggedHours, int sessions) {}

    private static final String SELECT = """
            select w.*, coalesce(s.logged_hours, 0) as logged_hours, coalesce(s.sessions, 0) as sessions
            from workplace_learning w
            left join (select learning_id, sum(hours) as logged_hours, count(*) as sessions
                       from workplace_learning_session group by learning_id) s on s.learning_id = w.id
            """;

    private static final String FILTER = """
            where (cast(:kind as varchar) is null or w.kind = :kind)
              and (cast(:staffId as uuid) is null or w.staff_id = :staffId)
              and (cast(:status as varchar) is null or :status =
                   case when w.signed_off_on is not null then 'SIGNED_OFF'
                        when s.sessions is null then 'PLANNED' else 'IN_PROGRESS' end)
              and (:all
                   or w.employer_id = cast(:employerId as uuid)
                   or w.staff_id = cast(:person as uuid)
                   or w.mentor_staff_id = cast(:person as uuid))
            """;

    private final JdbcClient jdbc;

    JdbcWorkplaceLearning(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkplaceLearning w) {
        jdbc.sql("""
                insert into workplace_learning (id, kind, alliance_id, employer_id, staff_id, skill_id, target_level,
                                                mentor_staff_id, planned_hours, starts_on, ends_on, created_at)
                values (:id, :kind, :allianceId, :employerId, :staffId, :skillId, :targetLevel,
                        :mentorStaffId, :plannedHours, :startsOn, :endsOn, :createdAt)
                """)
                .param("id", w.id())
                .param("kind", w.kind().name())
                .param("allianceId", w.allianceId())
                .param("employerId", w.employerId())
                .param("staffId", w.staffId())
                .param("skillId", w.skillId())
                .param("targetLevel", w.targetLevel())
                .param("mentorStaffId", w.mentorStaffId())
                .param("plannedHours", w.plannedHours())
                .param("startsOn", Date.valueOf(w.startsOn()))
                .param("endsOn", Date.valueOf(w.endsOn()))
                .param("createdAt", Timestamp.from(w.createdAt()))
                .update();
    }

    /** Records the sign-off of a plan locked by {@link #lock} (a sign-off is final: never overwritten). */
    void signOff(WorkplaceLearning w) {
        WorkplaceLearning.SignOff s = w.signOff();
        jdbc.sql("""
                        update workplace_learning
                        set level_reached = :level, evidence = :evidence, signed_off_on = :on,
                            signed_off_by = :by, signed_off_at = :at
                        where id = :id and signed_off_on is null
                        """)
                .param("id", w.id())
                .param("level", s.levelReached())
                .param("evidence", s.evidence())
                .param("on", Date.valueOf(s.signedOffOn()))
                .param("by", s.signedOffBy().name())
                .param("at", Timestamp.from(s.signedOffAt()))
                .update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where w.id = :id")
                .param("id", id)
                .query(JdbcWorkplaceLearning::row)
                .optional();
    }

    /** The plan, its row locked until the transaction ends (sessions and sign-offs of one plan take turns). */
    Optional<WorkplaceLearning> lock(UUID id) {
        return jdbc.sql("select * from workplace_learning where id = :id for update")
                .param("id", id)
                .query(JdbcWorkplaceLearning::learning)
                .optional();
    }

    List<Row> page(WorkplaceLearningFilter filter, Scope scope, PageQuery page) {
        return bind(
                        jdbc.sql(SELECT + FILTER + " order by w.starts_on desc, w.id limit :limit offset :offset"),
                        filter,
                        scope)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcWorkplaceLearning::row)
                .list();
    }

    long count(WorkplaceLearningFilter filter, Scope scope) {
        return bind(jdbc.sql("select count(*) from (" + SELECT + FILTER + ") counted"), filter, scope)
                .query(Long.class)
                .single();
    }

    void insertSession(LearningSession s) {
        jdbc.sql("""
                insert into workplace_learning_session (id, learning_id, date, hours, practised, logged_by, logged_at)
                values (:id, :learningId, :date, :hours, :practised, :loggedBy, :loggedAt)
                """)
                .param("id", s.id())
                .param("learningId", s.learningId())
                .param("date", Date.valueOf(s.date()))
                .param("hours", s.hours())
                .param("practised", s.practised())
                .param("loggedBy", s.loggedBy().name())
                .param("loggedAt", Timestamp.from(s.loggedAt()))
                .update();
    }

    /** The plan's sessions by date, then by when they were logged. */
    List<LearningSession> sessions(UUID learningId) {
        return jdbc.sql("""
                        select * from workplace_learning_session where learning_id = :id
                        order by date, logged_at, id
                        """)
                .param("id", learningId)
                .query((rs, n) -> new LearningSession(
                        rs.getObject("id", UUID.class),
                        rs.getObject("learning_id", UUID.class),
                        rs.getObject("date", LocalDate.class),
                        rs.getBigDecimal("hours"),
                        rs.getString("practised"),
                        LearningRole.valueOf(rs.getString("logged_by")),
                        rs.getTimestamp("logged_at").toInstant()))
                .list();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, WorkplaceLearningFilter f, Scope scope) {
        return spec.param("kind", f.kind() == null ? null : f.kind().name())
                .param("staffId", f.staffId())
                .param("status", f.status() == null ? null : f.status().name())
                .param("all", scope.all())
                .param("employerId", scope.employerId())
                .param("person", scope.personStaffId());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(learning(rs, n), rs.getBigDecimal("logged_hours").setScale(2), rs.getInt("sessions"));
    }

    private static WorkplaceLearning learning(ResultSet rs, int n) throws SQLException {
        Timestamp signedOffAt = rs.getTimestamp("signed_off_at");
        WorkplaceLearning.SignOff signOff = signedOffAt == null
                ? null
                : new WorkplaceLearning.SignOff(
                        rs.getInt("level_reached"),
                        rs.getString("evidence"),
                        rs.getObject("signed_off_on", LocalDate.class),
                        LearningRole.valueOf(rs.getString("signed_off_by")),
                        signedOffAt.toInstant());
        return new WorkplaceLearning(
                rs.getObject("id", UUID.class),
                LearningKind.valueOf(rs.getString("kind")),
                rs.getObject("alliance_id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getObject("staff_id", UUID.class),
                rs.getObject("skill_id", UUID.class),
                rs.getInt("target_level"),
                rs.getObject("mentor_staff_id", UUID.class),
                rs.getBigDecimal("planned_hours"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getTimestamp("created_at").toInstant(),
                signOff);
    }
}
