package org.skillalliance.member.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations in PostgreSQL. */
@Repository
class JdbcOrganisations {

    private final JdbcClient jdbc;

    JdbcOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Organisation o) {
        jdbc.sql("""
                insert into organisation (id, type, legal_name, registration_number, country, region, sector_code,
                                          headcount, size_band, created_at, updated_at)
                values (:id, :type, :legalName, :registrationNumber, :country, :region, :sectorCode,
                        :headcount, :sizeBand, :createdAt, :updatedAt)
                """).params(parameters(o)).update();
    }

    void update(Organisation o) {
        jdbc.sql("""
                update organisation set legal_name = :legalName, region = :region, sector_code = :sectorCode,
                       headcount = :headcount, size_band = :sizeBand, updated_at = :updatedAt
                where id = :id
                """).params(parameters(o)).update();
    }

    Optional<Organisation> find(UUID id) {
        return jdbc.sql("select * from organisation where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Reads the organisation and locks its row until the transaction ends. */
    Optional<Organisation> findForUpdate(UUID id) {
        return jdbc.sql("select * from organisation where id = :id for update")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    boolean registrationNumberTaken(String country, String registrationNumber) {
        return jdbc.sql(
                        "select exists (select 1 from organisation where country = :country and registration_number = :number)")
                .param("country", country)
                .param("number", registrationNumber)
                .query(Boolean.class)
                .single();
    }

    List<Organisation> list(OrganisationFilter filter, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return jdbc.sql("select * from organisation o" + where
                        + " order by o.created_at, o.id limit :limit offset :offset")
                .params(params)
                .query(this::map)
                .list();
    }

    long count(OrganisationFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from organisation o" + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(OrganisationFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.type() != null) {
            conditions.add("o.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.sector() != null) {
            // normalised codes start with the codes they belong to: C, C25, C25.6, C25.62
            conditions.add("o.sector_code like :sectorPrefix");
            params.put("sectorPrefix", filter.sector() + "%");
        }
        if (filter.sizeBand() != null) {
            conditions.add("o.size_band = :sizeBand");
            params.put("sizeBand", filter.sizeBand().name());
        }
        if (filter.country() != null) {
            conditions.add("o.country = :country");
            params.put("country", filter.country());
        }
        if (filter.allianceId() != null) {
            conditions.add("""
                    exists (select 1 from membership m where m.organisation_id = o.id and m.alliance_id = :allianceId
                            and m.status in ('APPLIED', 'ACTIVE', 'SUSPENDED'))""");
            params.put("allianceId", filter.allianceId());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Map<String, Object> parameters(Organisation o) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", o.id());
        params.put("type", o.type().name());
        params.put("legalName", o.legalName());
        params.put("registrationNumber", o.registrationNumber());
        params.put("country", o.country());
        params.put("region", o.region());
        params.put("sectorCode", o.sectorCode());
        params.put("headcount", o.headcount());
        params.put("sizeBand", o.sizeBand() == null ? null : o.sizeBand().name());
        params.put("createdAt", Timestamp.from(o.createdAt()));
        params.put("updatedAt", Timestamp.from(o.updatedAt()));
        return params;
    }

    private Organisation map(ResultSet rs, int row) throws SQLException {
        int headcountValue = rs.getInt("headcount");
        Integer headcount = rs.wasNull() ? null : headcountValue;
        return new Organisation(
                rs.getObject("id", UUID.class),
                OrganisationType.valueOf(rs.getString("type")),
                rs.getString("legal_name"),
                rs.getString("registration_number"),
                rs.getString("country"),
                rs.getString("region"),
                rs.getString("sector_code"),
                headcount,
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
