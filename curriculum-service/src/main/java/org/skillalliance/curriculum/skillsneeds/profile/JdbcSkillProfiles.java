package org.skillalliance.curriculum.skillsneeds.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.curriculum.skill.SkillCategory;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSkillProfiles {

    /**
     * Filters of the profile list (null: any); {@code seesAll} for admins, otherwise standards and the profiles of
     * {@code viewerEmployer}.
     */
    record Filter(
            UUID allianceId,
            UUID employerId,
            String jobRoleIsco,
            Boolean standard,
            boolean seesAll,
            UUID viewerEmployer) {}

    private static final String FILTER = """
            where (cast(:allianceId as uuid) is null or p.alliance_id = :allianceId)
              and (cast(:employerId as uuid) is null or p.employer_id = :employerId)
              and (cast(:isco as varchar) is null or p.job_role_isco = :isco)
              and (cast(:standard as boolean) is null or (p.employer_id is null) = :standard)
              and (:seesAll or p.employer_id is null or p.employer_id = cast(:viewer as uuid))
            """;

    private final JdbcClient jdbc;

    JdbcSkillProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SkillProfile p, Instant at) {
        jdbc.sql("""
                insert into skill_profile (id, alliance_id, employer_id, job_role_isco, name, based_on, created_at,
                                           updated_at)
                values (:id, :allianceId, :employerId, :isco, :name, :basedOn, :at, :at)
                """)
                .param("id", p.id())
                .param("allianceId", p.allianceId())
                .param("employerId", p.employerId())
                .param("isco", p.jobRoleIsco())
                .param("name", p.name())
                .param("basedOn", p.basedOn())
                .param("at", Timestamp.from(at))
                .update();
        insertSkills(p);
    }

    void update(SkillProfile p, Instant at) {
        jdbc.sql("update skill_profile set name = :name, updated_at = :at where id = :id")
                .param("id", p.id())
                .param("name", p.name())
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("delete from skill_profile_skill where profile_id = :id")
                .param("id", p.id())
                .update();
        insertSkills(p);
    }

    private void insertSkills(SkillProfile p) {
        for (int i = 0; i < p.skills().size(); i++) {
            ProfileSkill skill = p.skills().get(i);
            jdbc.sql("""
                    insert into skill_profile_skill (profile_id, skill_id, target_level, ordinal)
                    values (:profileId, :skillId, :level, :ordinal)
                    """)
                    .param("profileId", p.id())
                    .param("skillId", skill.skillId())
                    .param("level", skill.targetLevel())
                    .param("ordinal", i)
                    .update();
        }
    }

    boolean taken(UUID allianceId, UUID employerId, String jobRoleIsco) {
        return jdbc.sql("""
                select exists (select 1 from skill_profile
                               where alliance_id = :allianceId and job_role_isco = :isco
                                 and employer_id is not distinct from cast(:employerId as uuid))
                """)
                .param("allianceId", allianceId)
                .param("employerId", employerId)
                .param("isco", jobRoleIsco)
                .query(Boolean.class)
                .single();
    }

    Optional<SkillProfile> find(UUID id) {
        return load(jdbc.sql("select * from skill_profile p where p.id = :id")
                        .param("id", id)
                        .query(JdbcSkillProfiles::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** Locks the profile row for the rest of the transaction (revisions of one profile serialise). */
    Optional<SkillProfile> lock(UUID id) {
        List<UUID> locked = jdbc.sql("select id from skill_profile where id = :id for update")
                .param("id", id)
                .query(UUID.class)
                .list();
        return locked.isEmpty() ? Optional.empty() : find(id);
    }

    /** Every profile of the alliance: its standards and its employers' profiles. */
    List<SkillProfile> ofAlliance(UUID allianceId) {
        return load(jdbc.sql("select * from skill_profile p where p.alliance_id = :allianceId order by p.id")
                .param("allianceId", allianceId)
                .query(JdbcSkillProfiles::row)
                .list());
    }

    List<SkillProfile> page(Filter filter, PageQuery page) {
        return load(bind(
                        jdbc.sql("select * from skill_profile p " + FILTER
                                + " order by p.alliance_id, p.employer_id nulls first, p.job_role_isco, p.id"
                                + " limit :limit offset :offset"),
                        filter)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcSkillProfiles::row)
                .list());
    }

    long count(Filter filter) {
        return bind(jdbc.sql("select count(*) from skill_profile p " + FILTER), filter)
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f) {
        return spec.param("allianceId", f.allianceId())
                .param("employerId", f.employerId())
                .param("isco", f.jobRoleIsco())
                .param("standard", f.standard())
                .param("seesAll", f.seesAll())
                .param("viewer", f.viewerEmployer());
    }

    private record Row(UUID id, UUID allianceId, UUID employerId, String isco, String name, UUID basedOn) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("alliance_id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getString("job_role_isco"),
                rs.getString("name"),
                rs.getObject("based_on", UUID.class));
    }

    private List<SkillProfile> load(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ProfileSkill>> skills = new HashMap<>();
        jdbc.sql("""
                select ps.profile_id, ps.skill_id, ps.target_level, s.code, s.esco_uri, s.name, s.category
                from skill_profile_skill ps join skill s on s.id = ps.skill_id
                where ps.profile_id in (:ids) order by ps.profile_id, ps.ordinal
                """).param("ids", rows.stream().map(Row::id).toList()).query(rs -> {
            String esco = rs.getString("esco_uri");
            skills.computeIfAbsent(rs.getObject("profile_id", UUID.class), k -> new ArrayList<>())
                    .add(new ProfileSkill(
                            rs.getObject("skill_id", UUID.class),
                            esco != null ? esco : rs.getString("code"),
                            rs.getString("name"),
                            SkillCategory.valueOf(rs.getString("category")),
                            rs.getInt("target_level")));
        });
        return rows.stream()
                .map(r -> SkillProfile.restore(
                        r.id(),
                        r.allianceId(),
                        r.employerId(),
                        r.isco(),
                        r.name(),
                        r.basedOn(),
                        skills.getOrDefault(r.id(), List.of())))
                .toList();
    }
}
