package org.skillalliance.funding.application;

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
import org.skillalliance.funding.money.Money;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications in PostgreSQL. */
@Repository
class JdbcApplications {

    private final JdbcClient jdbc;

    JdbcApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(GrantApplication a) {
        jdbc.sql("""
                insert into grant_application (id, programme_id, applicant_id, applicant_kind, cohort_id,
                    requested_minor, currency, period_start, period_end, status, decision_note, submitted_at,
                    updated_at)
                values (:id, :programmeId, :applicantId, :kind, :cohortId, :requested, :currency, :periodStart,
                    :periodEnd, :status, :note, :submittedAt, :updatedAt)
                """).params(params(a)).update();
    }

    void update(GrantApplication a) {
        jdbc.sql("""
                update grant_application set status = :status, decision_note = :note, updated_at = :updatedAt
                where id = :id
                """).params(params(a)).update();
    }

    Optional<GrantApplication> find(UUID id) {
        return jdbc.sql("select * from grant_application where id = :id")
                .param("id", id)
                .query(JdbcApplications::map)
                .optional();
    }

    Optional<GrantApplication> findForUpdate(UUID id) {
        return jdbc.sql("select * from grant_application where id = :id for update")
                .param("id", id)
                .query(JdbcApplications::map)
                .optional();
    }

    boolean hasOpenOrAwarded(UUID programmeId, UUID applicantId, UUID cohortId) {
        return jdbc.sql("""
                select count(*) from grant_application where programme_id = :programmeId
                and applicant_id = :applicantId and cohort_id is not distinct from :cohortId
                and status in ('SUBMITTED', 'UNDER_REVIEW', 'AWARDED')
                """)
                        .param("programmeId", programmeId)
                        .param("applicantId", applicantId)
                        .param("cohortId", cohortId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<GrantApplication> list(ApplicationFilter filter, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return jdbc.sql("select * from grant_application" + where
                        + " order by submitted_at, id limit :limit offset :offset")
                .params(params)
                .query(JdbcApplications::map)
                .list();
    }

    long count(ApplicationFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from grant_application" + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(ApplicationFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.programmeId() != null) {
            conditions.add("programme_id = :programmeId");
            params.put("programmeId", f.programmeId());
        }
        if (f.applicantId() != null) {
            conditions.add("applicant_id = :applicantId");
            params.put("applicantId", f.applicantId());
        }
        if (f.cohortId() != null) {
            conditions.add("cohort_id = :cohortId");
            params.put("cohortId", f.cohortId());
        }
        if (f.status() != null) {
            conditions.add("status = :status");
            params.put("status", f.status().name());
        }
        if (f.viewer() != null) {
            conditions.add(
                    "(applicant_id = :viewer or programme_id in (select id from programme where funder_id = :viewer))");
            params.put("viewer", f.viewer());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Map<String, Object> params(GrantApplication a) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", a.id());
        params.put("programmeId", a.programmeId());
        params.put("applicantId", a.applicantId());
        params.put("kind", a.applicantKind().name());
        params.put("cohortId", a.cohortId());
        params.put("requested", a.requested().amountMinor());
        params.put("currency", a.requested().currency());
        params.put("periodStart", Date.valueOf(a.periodStart()));
        params.put("periodEnd", Date.valueOf(a.periodEnd()));
        params.put("status", a.status().name());
        params.put("note", a.decisionNote());
        params.put("submittedAt", Timestamp.from(a.submittedAt()));
        params.put("updatedAt", Timestamp.from(a.updatedAt()));
        return params;
    }

    private static GrantApplication map(ResultSet rs, int row) throws SQLException {
        return new GrantApplication(
                rs.getObject("id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                rs.getObject("applicant_id", UUID.class),
                BeneficiaryKind.valueOf(rs.getString("applicant_kind")),
                rs.getObject("cohort_id", UUID.class),
                Money.of(rs.getLong("requested_minor"), rs.getString("currency").trim()),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("decision_note"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
