package org.skillalliance.curriculum.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSessions {

    /** One line of a session's register as stored. */
    record Mark(UUID enrolmentId, boolean present, Instant recordedAt) {}

    private static final String SELECT = """
            select id, cohort_id, session_date, start_time, end_time, place, online_link, title from cohort_session
            """;

    private final JdbcClient jdbc;

    JdbcSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CohortSession s, Instant at) {
        jdbc.sql("""
                insert into cohort_session (id, cohort_id, session_date, start_time, end_time, place, online_link, title,
                                            created_at, updated_at)
                values (:id, :cohortId, :date, :start, :end, :place, :link, :title, :at, :at)
                """)
                .param("id", s.id())
                .param("cohortId", s.cohortId())
                .param("date", s.date())
                .param("start", s.startTime())
                .param("end", s.endTime())
                .param("place", s.place())
                .param("link", s.onlineLink())
                .param("title", s.title())
                .param("at", Timestamp.from(at))
                .update();
    }

    void update(CohortSession s, Instant at) {
        jdbc.sql("""
                update cohort_session set session_date = :date, start_time = :start, end_time = :end, place = :place,
                       online_link = :link, title = :title, updated_at = :at
                where id = :id
                """)
                .param("id", s.id())
                .param("date", s.date())
                .param("start", s.startTime())
                .param("end", s.endTime())
                .param("place", s.place())
                .param("link", s.onlineLink())
                .param("title", s.title())
                .param("at", Timestamp.from(at))
                .update();
    }

    void delete(UUID sessionId) {
        jdbc.sql("delete from cohort_session where id = :id")
                .param("id", sessionId)
                .update();
    }

    Optional<CohortSession> find(UUID cohortId, UUID sessionId) {
        return jdbc.sql(SELECT + " where id = :id and cohort_id = :cohortId")
                .param("id", sessionId)
                .param("cohortId", cohortId)
                .query(JdbcSessions::map)
                .optional();
    }

    /** The cohort's sessions in time order. */
    List<CohortSession> ofCohort(UUID cohortId) {
        return jdbc.sql(SELECT + " where cohort_id = :cohortId order by session_date, start_time, id")
                .param("cohortId", cohortId)
                .query(JdbcSessions::map)
                .list();
    }

    /** The number of sessions of each of these cohorts (a cohort without sessions is left out), in one query. */
    Map<UUID, Integer> counts(Collection<UUID> cohortIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (cohortIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select cohort_id, count(*) as n from cohort_session where cohort_id in (:ids) group by cohort_id")
                .param("ids", cohortIds)
                .query(rs -> {
                    counts.put(rs.getObject("cohort_id", UUID.class), rs.getInt("n"));
                });
        return counts;
    }

    boolean hasRegister(UUID sessionId) {
        return jdbc.sql("select exists (select 1 from session_attendance where session_id = :id)")
                .param("id", sessionId)
                .query(Boolean.class)
                .single();
    }

    /** The ids of the cohort's sessions that have a register. */
    Set<UUID> withRegister(UUID cohortId) {
        return Set.copyOf(
                jdbc.sql("""
                select distinct a.session_id from session_attendance a join cohort_session s on s.id = a.session_id
                where s.cohort_id = :cohortId
                """).param("cohortId", cohortId).query(UUID.class).list());
    }

    List<Mark> register(UUID sessionId) {
        return jdbc.sql("select enrolment_id, present, recorded_at from session_attendance where session_id = :id")
                .param("id", sessionId)
                .query((rs, n) -> new Mark(
                        rs.getObject("enrolment_id", UUID.class),
                        rs.getBoolean("present"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** Replaces the session's register with these marks. */
    void replaceRegister(UUID sessionId, Map<UUID, Boolean> marks, Instant at) {
        jdbc.sql("delete from session_attendance where session_id = :id")
                .param("id", sessionId)
                .update();
        for (Map.Entry<UUID, Boolean> mark : marks.entrySet()) {
            jdbc.sql("""
                    insert into session_attendance (session_id, enrolment_id, present, recorded_at)
                    values (:sessionId, :enrolmentId, :present, :at)
                    """)
                    .param("sessionId", sessionId)
                    .param("enrolmentId", mark.getKey())
                    .param("present", mark.getValue())
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    /** The ids of the cohort's sessions this enrolment was marked present at. */
    Set<UUID> attended(UUID cohortId, UUID enrolmentId) {
        return Set.copyOf(jdbc.sql("""
                select a.session_id from session_attendance a join cohort_session s on s.id = a.session_id
                where s.cohort_id = :cohortId and a.enrolment_id = :enrolmentId and a.present
                """)
                .param("cohortId", cohortId)
                .param("enrolmentId", enrolmentId)
                .query(UUID.class)
                .list());
    }

    private static CohortSession map(ResultSet rs, int n) throws SQLException {
        return CohortSession.restore(
                rs.getObject("id", UUID.class),
                rs.getObject("cohort_id", UUID.class),
                rs.getObject("session_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class),
                rs.getString("place"),
                rs.getString("online_link"),
                rs.getString("title"));
    }
}
