package org.skillalliance.funding.award;

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
import org.skillalliance.funding.application.BeneficiaryKind;
import org.skillalliance.funding.money.Money;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Awards in PostgreSQL. */
@Repository
class JdbcAwards {

    private final JdbcClient jdbc;

    JdbcAwards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Award a) {
        jdbc.sql("""
                insert into award (id, programme_id, application_id, beneficiary_id, beneficiary_kind, cohort_id,
                    amount_minor, currency, period_start, period_end, awarded_at)
                values (:id, :programmeId, :applicationId, :beneficiaryId, :kind, :cohortId, :amount, :currency,
                    :periodStart, :periodEnd, :awardedAt)
                """)
                .param("id", a.id())
                .param("programmeId", a.programmeId())
                .param("applicationId", a.applicationId())
                .param("beneficiaryId", a.beneficiaryId())
                .param("kind", a.beneficiaryKind().name())
                .param("cohortId", a.cohortId())
                .param("amount", a.amount().amountMinor())
                .param("currency", a.amount().currency())
                .param("periodStart", Date.valueOf(a.periodStart()))
                .param("periodEnd", Date.valueOf(a.periodEnd()))
                .param("awardedAt", Timestamp.from(a.awardedAt()))
                .update();
    }

    Optional<Award> find(UUID id) {
        return jdbc.sql("select * from award where id = :id")
                .param("id", id)
                .query(JdbcAwards::map)
                .optional();
    }

    Optional<Award> findForUpdate(UUID id) {
        return jdbc.sql("select * from award where id = :id for update")
                .param("id", id)
                .query(JdbcAwards::map)
                .optional();
    }

    /** Awards that may cover the employer's seats in the cohort, oldest first. */
    List<Award> candidates(UUID cohortId, UUID employerId) {
        return jdbc.sql("""
                select * from award where cohort_id = :cohortId
                   or (cohort_id is null and beneficiary_id = :employerId)
                order by awarded_at, id
                """)
                .param("cohortId", cohortId)
                .param("employerId", employerId)
                .query(JdbcAwards::map)
                .list();
    }

    /** The employer's own awards naming no cohort, oldest first: the awards that can pay its learning at work. */
    List<Award> employerAwardsWithoutCohort(UUID employerId) {
        return jdbc.sql("""
                select * from award where cohort_id is null and beneficiary_id = :employerId
                order by awarded_at, id
                """)
                .param("employerId", employerId)
                .query(JdbcAwards::map)
                .list();
    }

    List<Award> list(AwardFilter filter, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return jdbc.sql("select * from award" + where + " order by awarded_at, id limit :limit offset :offset")
                .params(params)
                .query(JdbcAwards::map)
                .list();
    }

    long count(AwardFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from award" + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(AwardFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.programmeId() != null) {
            conditions.add("programme_id = :programmeId");
            params.put("programmeId", f.programmeId());
        }
        if (f.beneficiaryId() != null) {
            conditions.add("beneficiary_id = :beneficiaryId");
            params.put("beneficiaryId", f.beneficiaryId());
        }
        if (f.cohortId() != null) {
            conditions.add("cohort_id = :cohortId");
            params.put("cohortId", f.cohortId());
        }
        if (f.viewer() != null) {
            conditions.add(
                    "(beneficiary_id = :viewer or programme_id in (select id from programme where funder_id = :viewer))");
            params.put("viewer", f.viewer());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Award map(ResultSet rs, int row) throws SQLException {
        return new Award(
                rs.getObject("id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                rs.getObject("application_id", UUID.class),
                rs.getObject("beneficiary_id", UUID.class),
                BeneficiaryKind.valueOf(rs.getString("beneficiary_kind")),
                rs.getObject("cohort_id", UUID.class),
                Money.of(rs.getLong("amount_minor"), rs.getString("currency").trim()),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getTimestamp("awarded_at").toInstant());
    }
}
