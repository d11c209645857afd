package org.skillalliance.curriculum.skill;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOccupations {

    private static final String MATCHING = """
            where cast(:text as varchar) is null
               or label ilike :pattern escape '\\' or code ilike :pattern escape '\\' or isco_group = :text
            """;

    private final JdbcClient jdbc;

    JdbcOccupations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Occupation> page(String text, PageQuery page) {
        return jdbc.sql("select * from occupation " + MATCHING
                        + " order by lower(label), uri limit :limit offset :offset")
                .param("text", text)
                .param("pattern", SearchText.containsPattern(text))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcOccupations::map)
                .list();
    }

    long count(String text) {
        return jdbc.sql("select count(*) from occupation " + MATCHING)
                .param("text", text)
                .param("pattern", SearchText.containsPattern(text))
                .query(Long.class)
                .single();
    }

    private static Occupation map(ResultSet rs, int row) throws SQLException {
        return new Occupation(
                rs.getString("uri"), rs.getString("code"), rs.getString("isco_group"), rs.getString("label"));
    }
}
