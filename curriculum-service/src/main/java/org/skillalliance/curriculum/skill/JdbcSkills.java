package org.skillalliance.curriculum.skill;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSkills {

    private final JdbcClient jdbc;

    JdbcSkills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Skill skill, Instant at) {
        jdbc.sql("""
                insert into skill (id, code, name, category, esco_uri, description, created_at)
                values (:id, :code, :name, :category, :escoUri, :description, :at)
                """)
                .param("id", skill.id())
                .param("code", skill.code())
                .param("name", skill.name())
                .param("category", skill.category().name())
                .param("escoUri", skill.escoUri())
                .param("description", skill.description())
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<Skill> find(UUID id) {
        return jdbc.sql("select * from skill where id = :id")
                .param("id", id)
                .query(JdbcSkills::map)
                .optional();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from skill where lower(code) = lower(:code))")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    boolean escoUriTaken(String uri) {
        return jdbc.sql("select exists (select 1 from skill where esco_uri = :uri)")
                .param("uri", uri)
                .query(Boolean.class)
                .single();
    }

    List<Skill> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from skill where id in (:ids)")
                .param("ids", ids)
                .query(JdbcSkills::map)
                .list();
    }

    List<Skill> page(SkillCategory category, String text, PageQuery page) {
        return jdbc.sql("""
                select * from skill
                where (cast(:category as varchar) is null or category = :category)
                  and (cast(:text as varchar) is null or code ilike :pattern escape '\\' or name ilike :pattern escape '\\')
                order by lower(code)
                limit :limit offset :offset
                """)
                .param("category", category == null ? null : category.name())
                .param("text", text)
                .param("pattern", SearchText.containsPattern(text))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcSkills::map)
                .list();
    }

    long count(SkillCategory category, String text) {
        return jdbc.sql("""
                select count(*) from skill
                where (cast(:category as varchar) is null or category = :category)
                  and (cast(:text as varchar) is null or code ilike :pattern escape '\\' or name ilike :pattern escape '\\')
                """)
                .param("category", category == null ? null : category.name())
                .param("text", text)
                .param("pattern", SearchText.containsPattern(text))
                .query(Long.class)
                .single();
    }

    private static Skill map(ResultSet rs, int row) throws SQLException {
        return new Skill(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                SkillCategory.valueOf(rs.getString("category")),
                rs.getString("esco_uri"),
                rs.getString("description"));
    }
}
