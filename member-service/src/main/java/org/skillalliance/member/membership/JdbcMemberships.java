package org.skillalliance.member.membership;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Memberships in PostgreSQL. */
@Repository
class JdbcMemberships {

    private final JdbcClient jdbc;

    JdbcMemberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Membership m) {
        jdbc.sql("""
                insert into membership (id, alliance_id, organisation_id, role, status, applied_on, joined_on, left_on, updated_at)
                values (:id, :allianceId, :organisationId, :role, :status, :appliedOn, :joinedOn, :leftOn, :updatedAt)
                """).params(parameters(m)).update();
    }

    void update(Membership m) {
        jdbc.sql("""
                update membership set status = :status, joined_on = :joinedOn, left_on = :leftOn, updated_at = :updatedAt
                where id = :id
                """).params(parameters(m)).update();
    }

    Optional<Membership> findForUpdate(UUID id) {
        return jdbc.sql("select * from membership where id = :id for update")
                .param("id", id)
                .query(JdbcMemberships::map)
                .optional();
    }

    Optional<Membership> find(UUID id) {
        return jdbc.sql("select * from membership where id = :id")
                .param("id", id)
                .query(JdbcMemberships::map)
                .optional();
    }

    Optional<Membership> findOpen(UUID allianceId, UUID organisationId) {
        return jdbc.sql("""
                select * from membership where alliance_id = :allianceId and organisation_id = :organisationId
                and status in ('APPLIED', 'ACTIVE', 'SUSPENDED')
                """)
                .param("allianceId", allianceId)
                .param("organisationId", organisationId)
                .query(JdbcMemberships::map)
                .optional();
    }

    /** Whether the organisation holds an ACTIVE membership of an alliance whose coordinator is {@code coordinatorId}. */
    boolean activeInAllianceCoordinatedBy(UUID organisationId, UUID coordinatorId) {
        return jdbc.sql("""
                select exists (select 1 from membership m join alliance a on a.id = m.alliance_id
                where m.organisation_id = :organisationId and m.status = 'ACTIVE' and a.coordinator_id = :coordinatorId)
                """)
                .param("organisationId", organisationId)
                .param("coordinatorId", coordinatorId)
                .query(Boolean.class)
                .single();
    }

    /** @param visibleTo what the caller may see, or null for everything */
    List<Membership> list(MembershipFilter filter, Visibility visibleTo, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, visibleTo, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return jdbc.sql("select * from membership" + where + " order by applied_on, id limit :limit offset :offset")
                .params(params)
                .query(JdbcMemberships::map)
                .list();
    }

    long count(MembershipFilter filter, Visibility visibleTo) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from membership" + where(filter, visibleTo, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * The memberships of one organisation, and (when it coordinates) of the alliances it runs.
     *
     * @param organisation the caller's organisation
     * @param coordinator  the same organisation when the caller is a coordinator, else null
     */
    record Visibility(UUID organisation, UUID coordinator) {}

    private static String where(MembershipFilter filter, Visibility visibleTo, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (visibleTo != null) {
            conditions.add("(organisation_id = :visibleTo or alliance_id in"
                    + " (select a.id from alliance a where a.coordinator_id = cast(:coordinator as uuid)))");
            params.put("visibleTo", visibleTo.organisation());
            params.put("coordinator", visibleTo.coordinator());
        }
        if (filter.allianceId() != null) {
            conditions.add("alliance_id = :allianceId");
            params.put("allianceId", filter.allianceId());
        }
        if (filter.organisationId() != null) {
            conditions.add("organisation_id = :organisationId");
            params.put("organisationId", filter.organisationId());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.role() != null) {
            conditions.add("role = :role");
            params.put("role", filter.role().name());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Map<String, Object> parameters(Membership m) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", m.id());
        params.put("allianceId", m.allianceId());
        params.put("organisationId", m.organisationId());
        params.put("role", m.role().name());
        params.put("status", m.status().name());
        params.put("appliedOn", date(m.appliedOn()));
        params.put("joinedOn", date(m.joinedOn()));
        params.put("leftOn", date(m.leftOn()));
        params.put("updatedAt", Timestamp.from(m.updatedAt()));
        return params;
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Membership map(ResultSet rs, int row) throws SQLException {
        return new Membership(
                rs.getObject("id", UUID.class),
                rs.getObject("alliance_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                MembershipRole.valueOf(rs.getString("role")),
                MembershipStatus.valueOf(rs.getString("status")),
                rs.getObject("applied_on", LocalDate.class),
                rs.getObject("joined_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class),
                rs.getTimestamp("updated_at").toInstant());
    }
}
