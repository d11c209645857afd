package org.skillalliance.curriculum.skillsneeds.skillrecord;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSkillRecords {

    /** Filters of the record list (null: any); {@code scopeEmployer} null for admins, else the only employer seen. */
    record Filter(
            UUID staffId, UUID employerId, UUID skillId, SkillSource source, boolean seesAll, UUID scopeEmployer) {}

    private static final String FILTER = """
            where (cast(:staffId as uuid) is null or r.staff_id = :staffId)
              and (cast(:employerId as uuid) is null or r.employer_id = :employerId)
              and (cast(:skillId as uuid) is null or r.skill_id = :skillId)
              and (cast(:source as varchar) is null or r.source = :source)
              and (:seesAll or r.employer_id = cast(:scopeEmployer as uuid))
            """;

    private final JdbcClient jdbc;

    JdbcSkillRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SkillRecord r) {
        jdbc.sql("""
                insert into skill_record (id, staff_id, employer_id, skill_id, level, source, assessed_on, recorded_at,
                                          enrolment_id, course_id)
                values (:id, :staffId, :employerId, :skillId, :level, :source, :assessedOn, :recordedAt,
                        :enrolmentId, :courseId)
                """)
                .param("id", r.id())
                .param("staffId", r.staffId())
                .param("employerId", r.employerId())
                .param("skillId", r.skillId())
                .param("level", r.level())
                .param("source", r.source().name())
                .param("assessedOn", Date.valueOf(r.assessedOn()))
                .param("recordedAt", Timestamp.from(r.recordedAt()))
                .param("enrolmentId", r.enrolmentId())
                .param("courseId", r.courseId())
                .update();
    }

    /** Removes what an enrolment's earlier outcome proved (a later outcome of the enrolment replaces it). */
    int deleteOfEnrolment(UUID enrolmentId) {
        return jdbc.sql("delete from skill_record where enrolment_id = :id")
                .param("id", enrolmentId)
                .update();
    }

    List<SkillRecord> ofStaff(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from skill_record where staff_id in (:ids)")
                .param("ids", staffIds)
                .query(JdbcSkillRecords::map)
                .list();
    }

    List<SkillRecord> page(Filter filter, PageQuery page) {
        return bind(
                        jdbc.sql("select * from skill_record r " + FILTER
                                + " order by r.staff_id, r.skill_id, r.assessed_on desc, r.recorded_at desc, r.id"
                                + " limit :limit offset :offset"),
                        filter)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcSkillRecords::map)
                .list();
    }

    long count(Filter filter) {
        return bind(jdbc.sql("select count(*) from skill_record r " + FILTER), filter)
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f) {
        return spec.param("staffId", f.staffId())
                .param("employerId", f.employerId())
                .param("skillId", f.skillId())
                .param("source", f.source() == null ? null : f.source().name())
                .param("seesAll", f.seesAll())
                .param("scopeEmployer", f.scopeEmployer());
    }

    private static SkillRecord map(ResultSet rs, int row) throws SQLException {
        return new SkillRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("staff_id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getObject("skill_id", UUID.class),
                rs.getInt("level"),
                SkillSource.valueOf(rs.getString("source")),
                rs.getObject("assessed_on", LocalDate.class),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("enrolment_id", UUID.class),
                rs.getObject("course_id", UUID.class));
    }
}
