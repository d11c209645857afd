package org.skillalliance.member.alliance;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alliances in PostgreSQL. */
@Repository
class JdbcAlliances {

    private final JdbcClient jdbc;

    JdbcAlliances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Alliance a) {
        jdbc.sql("""
                insert into alliance (id, name, kind, sector_codes, region, currency, coordinator_id, created_at)
                values (:id, :name, :kind, string_to_array(:sectorCodes, ','), :region, :currency, :coordinatorId, :createdAt)
                """)
                .param("id", a.id())
                .param("name", a.name())
                .param("kind", a.kind().name())
                .param("sectorCodes", String.join(",", a.sectorCodes()))
                .param("region", a.region())
                .param("currency", a.currency())
                .param("coordinatorId", a.coordinatorId())
                .param("createdAt", Timestamp.from(a.createdAt()))
                .update();
    }

    Optional<Alliance> find(UUID id) {
        return jdbc.sql("select * from alliance where id = :id")
                .param("id", id)
                .query(JdbcAlliances::map)
                .optional();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("select exists (select 1 from alliance where lower(name) = lower(:name))")
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    List<Alliance> list(AllianceKind kind, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        params.put("kind", kind == null ? null : kind.name());
        return jdbc.sql("""
                select * from alliance where (cast(:kind as text) is null or kind = :kind)
                order by created_at, id limit :limit offset :offset
                """).params(params).query(JdbcAlliances::map).list();
    }

    long count(AllianceKind kind) {
        return jdbc.sql("select count(*) from alliance where (cast(:kind as text) is null or kind = :kind)")
                .param("kind", kind == null ? null : kind.name())
                .query(Long.class)
                .single();
    }

    private static Alliance map(ResultSet rs, int row) throws SQLException {
        Array codes = rs.getArray("sector_codes");
        return new Alliance(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                AllianceKind.valueOf(rs.getString("kind")),
                List.of((String[]) codes.getArray()),
                rs.getString("region"),
                rs.getString("currency"),
                rs.getObject("coordinator_id", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
