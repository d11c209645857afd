package org.skillalliance.curriculum.course;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.curriculum.skill.SkillCategory;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCourses {

    /** Filters of the course list; null means "any". */
    record Filter(
            UUID allianceId,
            CourseStatus status,
            UUID providerId,
            String tag,
            UUID skillId,
            String text,
            Visibility visibility) {}

    /**
     * Which courses a caller may see besides the published and retired ones: the drafts of its own provider
     * organisation and of the alliances it coordinates; {@link #ALL} for admins.
     */
    record Visibility(boolean all, UUID provider, java.util.Set<UUID> coordinatedAlliances) {
        static final Visibility ALL = new Visibility(true, null, java.util.Set.of());

        Visibility(UUID provider, java.util.Set<UUID> coordinatedAlliances) {
            this(false, provider, coordinatedAlliances);
        }

        String alliancesArray() {
            return coordinatedAlliances.stream()
                    .map(UUID::toString)
                    .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        }
    }

    private static final String FILTER = """
            where (cast(:allianceId as uuid) is null or c.alliance_id = :allianceId)
              and (cast(:status as varchar) is null or c.status = :status)
              and (cast(:providerId as uuid) is null or c.provider_id = :providerId)
              and (cast(:tag as varchar) is null
                   or exists (select 1 from course_priority_tag t where t.course_id = c.id and t.tag = :tag))
              and (cast(:skillId as uuid) is null
                   or exists (select 1 from course_skill s where s.course_id = c.id and s.skill_id = :skillId))
              and (cast(:text as varchar) is null or c.code ilike :pattern escape '\\' or c.title ilike :pattern escape '\\')
              and (:seesAll or c.status <> 'DRAFT'
                   or c.provider_id = cast(:viewerProvider as uuid)
                   or c.alliance_id = any(cast(:viewerAlliances as uuid[])))
            """;

    private final JdbcClient jdbc;

    JdbcCourses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Course course, Instant at) {
        CourseDefinition d = course.definition();
        jdbc.sql("""
                insert into course (id, alliance_id, code, title, description, provider_id, delivery_mode, hours,
                                    credential_offered, language, prerequisites, status, created_at, updated_at)
                values (:id, :allianceId, :code, :title, :description, :providerId, :mode, :hours,
                        :credential, :language, :prerequisites, :status, :at, :at)
                """)
                .param("id", course.id())
                .param("allianceId", course.allianceId())
                .param("code", d.code())
                .param("title", d.title())
                .param("description", d.description())
                .param("providerId", d.providerId())
                .param("mode", d.deliveryMode().name())
                .param("hours", d.hours())
                .param("credential", d.credentialOffered())
                .param("language", d.language())
                .param("prerequisites", d.prerequisites())
                .param("status", course.status().name())
                .param("at", Timestamp.from(at))
                .update();
        insertSkillsAndTags(course);
    }

    void update(Course course, Instant at) {
        CourseDefinition d = course.definition();
        jdbc.sql("""
                update course set code = :code, title = :title, description = :description, provider_id = :providerId,
                       delivery_mode = :mode, hours = :hours, credential_offered = :credential, language = :language,
                       prerequisites = :prerequisites, status = :status,
                       updated_at = :at
                where id = :id
                """)
                .param("id", course.id())
                .param("code", d.code())
                .param("title", d.title())
                .param("description", d.description())
                .param("providerId", d.providerId())
                .param("mode", d.deliveryMode().name())
                .param("hours", d.hours())
                .param("credential", d.credentialOffered())
                .param("language", d.language())
                .param("prerequisites", d.prerequisites())
                .param("status", course.status().name())
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("delete from course_skill where course_id = :id")
                .param("id", course.id())
                .update();
        jdbc.sql("delete from course_priority_tag where course_id = :id")
                .param("id", course.id())
                .update();
        insertSkillsAndTags(course);
    }

    private void insertSkillsAndTags(Course course) {
        List<SkillTarget> skills = course.definition().skills();
        for (int i = 0; i < skills.size(); i++) {
            jdbc.sql("""
                    insert into course_skill (course_id, skill_id, target_level, ordinal)
                    values (:courseId, :skillId, :level, :ordinal)
                    """)
                    .param("courseId", course.id())
                    .param("skillId", skills.get(i).skillId())
                    .param("level", skills.get(i).targetLevel())
                    .param("ordinal", i)
                    .update();
        }
        for (String tag : course.definition().priorityTags()) {
            jdbc.sql("insert into course_priority_tag (course_id, tag) values (:courseId, :tag)")
                    .param("courseId", course.id())
                    .param("tag", tag)
                    .update();
        }
    }

    boolean codeTaken(UUID allianceId, String code, UUID except) {
        return jdbc.sql("""
                select exists (select 1 from course
                               where alliance_id = :allianceId and lower(code) = lower(:code) and id <> :except)
                """)
                .param("allianceId", allianceId)
                .param("code", code)
                .param("except", except)
                .query(Boolean.class)
                .single();
    }

    Optional<Course> find(UUID id) {
        return load(jdbc.sql("select * from course c where c.id = :id")
                        .param("id", id)
                        .query(JdbcCourses::row)
                        .list())
                .stream()
                .findFirst();
    }

    Optional<CourseStatus> status(UUID id) {
        return jdbc.sql("select status from course where id = :id")
                .param("id", id)
                .query((rs, row) -> CourseStatus.valueOf(rs.getString("status")))
                .optional();
    }

    /** Locks the course row for the rest of the transaction (lifecycle changes of one course serialise). */
    Optional<Course> lock(UUID id) {
        List<UUID> locked = jdbc.sql("select id from course where id = :id for update")
                .param("id", id)
                .query(UUID.class)
                .list();
        return locked.isEmpty() ? Optional.empty() : find(id);
    }

    List<Course> published(UUID allianceId) {
        return load(jdbc.sql("select * from course c where c.alliance_id = :allianceId and c.status = 'PUBLISHED'"
                        + " order by lower(c.code), c.id")
                .param("allianceId", allianceId)
                .query(JdbcCourses::row)
                .list());
    }

    List<Course> page(Filter filter, PageQuery page) {
        List<Row> rows = bind(
                        jdbc.sql("select * from course c " + FILTER
                                + " order by c.alliance_id, lower(c.code) limit :limit offset :offset"),
                        filter)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcCourses::row)
                .list();
        return load(rows);
    }

    long count(Filter filter) {
        return bind(jdbc.sql("select count(*) from course c " + FILTER), filter)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f) {
        return spec.param("allianceId", f.allianceId())
                .param("status", f.status() == null ? null : f.status().name())
                .param("providerId", f.providerId())
                .param("tag", f.tag())
                .param("skillId", f.skillId())
                .param("text", f.text())
                .param("pattern", SearchText.containsPattern(f.text()))
                .param("seesAll", f.visibility().all())
                .param("viewerProvider", f.visibility().provider())
                .param("viewerAlliances", f.visibility().alliancesArray());
    }

    /** The language of instruction and prerequisites of each of these courses, in one query. */
    Map<UUID, CourseManagement.Catalogue> catalogue(java.util.Collection<UUID> ids) {
        Map<UUID, CourseManagement.Catalogue> facts = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        jdbc.sql("select id, language, prerequisites from course where id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    facts.put(
                            rs.getObject("id", UUID.class),
                            new CourseManagement.Catalogue(rs.getString("language"), rs.getString("prerequisites")));
                });
        return facts;
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("alliance_id", UUID.class),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getObject("provider_id", UUID.class),
                rs.getString("delivery_mode"),
                rs.getBigDecimal("hours"),
                rs.getString("credential_offered"),
                rs.getString("status"),
                rs.getString("language"),
                rs.getString("prerequisites"));
    }

    private record Row(
            UUID id,
            UUID allianceId,
            String code,
            String title,
            String description,
            UUID providerId,
            String mode,
            java.math.BigDecimal hours,
            String credential,
            String status,
            String language,
            String prerequisites) {}

    private List<Course> load(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<SkillTarget>> skills = new java.util.HashMap<>();
        jdbc.sql("""
                select cs.course_id, cs.skill_id, cs.target_level, s.code, s.esco_uri, s.name, s.category
                from course_skill cs join skill s on s.id = cs.skill_id
                where cs.course_id in (:ids) order by cs.course_id, cs.ordinal
                """).param("ids", ids).query(rs -> {
            String esco = rs.getString("esco_uri");
            skills.computeIfAbsent(rs.getObject("course_id", UUID.class), k -> new ArrayList<>())
                    .add(new SkillTarget(
                            rs.getObject("skill_id", UUID.class),
                            esco != null ? esco : rs.getString("code"),
                            rs.getString("name"),
                            SkillCategory.valueOf(rs.getString("category")),
                            rs.getInt("target_level")));
        });
        Map<UUID, List<String>> tags = new java.util.HashMap<>();
        jdbc.sql("select course_id, tag from course_priority_tag where course_id in (:ids) order by course_id, tag")
                .param("ids", ids)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getObject("course_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("tag"));
                });
        return rows.stream()
                .map(r -> Course.restore(
                        r.id(),
                        r.allianceId(),
                        new CourseDefinition(
                                r.code(),
                                r.title(),
                                r.description(),
                                r.providerId(),
                                DeliveryMode.valueOf(r.mode()),
                                r.hours(),
                                skills.getOrDefault(r.id(), List.of()),
                                tags.getOrDefault(r.id(), List.of()),
                                r.credential(),
                                r.language(),
                                r.prerequisites()),
                        CourseStatus.valueOf(r.status())))
                .toList();
    }
}
