package org.skillalliance.funding.allocation;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.funding.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cost-sharing terms and fixed shares in PostgreSQL. */
@Repository
class JdbcCostSharings {

    private final JdbcClient jdbc;

    JdbcCostSharings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cohort's sharing, locked for the rest of the transaction; created with the default rule if absent. */
    CohortCostSharing lock(UUID cohortId) {
        jdbc.sql("""
                insert into cost_sharing (cohort_id, rule, status) values (:id, 'PER_SEAT', 'PROVISIONAL')
                on conflict (cohort_id) do nothing
                """).param("id", cohortId).update();
        return jdbc.sql("select * from cost_sharing where cohort_id = :id for update")
                .param("id", cohortId)
                .query((rs, n) -> map(rs))
                .single();
    }

    Optional<CohortCostSharing> find(UUID cohortId) {
        return jdbc.sql("select * from cost_sharing where cohort_id = :id")
                .param("id", cohortId)
                .query((rs, n) -> map(rs))
                .optional();
    }

    void save(CohortCostSharing s) {
        jdbc.sql("""
                update cost_sharing set rule = :rule, base_fee_minor = :baseFee, max_share_minor = :maxShare,
                    chosen_by = :chosenBy, status = :status, fixed_at = :fixedAt, total_minor = :total,
                    currency = :currency
                where cohort_id = :id
                """)
                .param("id", s.cohortId())
                .param("rule", s.terms().rule().name())
                .param("baseFee", s.terms().baseFeeMinor())
                .param("maxShare", s.terms().maxShareMinor())
                .param("chosenBy", s.chosenBy())
                .param("status", s.status().name())
                .param("fixedAt", s.fixedAt() == null ? null : Timestamp.from(s.fixedAt()))
                .param("total", s.total() == null ? null : s.total().amountMinor())
                .param("currency", s.total() == null ? null : s.total().currency())
                .update();
        if (s.status() == CohortCostSharing.Status.FIXED) {
            for (ShareLine line : s.fixedShares()) {
                jdbc.sql("""
                        insert into cost_share_fixed (cohort_id, employer_id, seats, amount_minor)
                        values (:cohortId, :employerId, :seats, :amount) on conflict do nothing
                        """)
                        .param("cohortId", s.cohortId())
                        .param("employerId", line.employerId())
                        .param("seats", line.seats())
                        .param("amount", line.amountMinor())
                        .update();
            }
        }
    }

    private CohortCostSharing map(java.sql.ResultSet rs) throws java.sql.SQLException {
        UUID cohortId = rs.getObject("cohort_id", UUID.class);
        CohortCostSharing.Status status = CohortCostSharing.Status.valueOf(rs.getString("status"));
        String currency = rs.getString("currency");
        Money total = currency == null ? null : Money.of(rs.getLong("total_minor"), currency.trim());
        Timestamp fixedAt = rs.getTimestamp("fixed_at");
        List<ShareLine> lines = status == CohortCostSharing.Status.FIXED ? fixedLines(cohortId) : List.of();
        return new CohortCostSharing(
                cohortId,
                new SharingTerms(
                        CostSharingRule.valueOf(rs.getString("rule")), (Long) rs.getObject("base_fee_minor"), (Long)
                                rs.getObject("max_share_minor")),
                rs.getObject("chosen_by", UUID.class),
                status,
                fixedAt == null ? null : fixedAt.toInstant(),
                total,
                lines);
    }

    private List<ShareLine> fixedLines(UUID cohortId) {
        return jdbc.sql("""
                select s.employer_id, s.seats, s.amount_minor, o.headcount from cost_share_fixed s
                left join fact_organisation o on o.id = s.employer_id
                where s.cohort_id = :id order by s.employer_id
                """)
                .param("id", cohortId)
                .query((rs, n) -> new ShareLine(
                        rs.getObject("employer_id", UUID.class),
                        rs.getInt("seats"),
                        (Integer) rs.getObject("headcount"),
                        rs.getLong("amount_minor")))
                .list();
    }

    /** Cohorts known from curriculum events, newest start first, with their sharing status. */
    List<UUID> cohortIds(CostShareFilter filter, int limit, long offset) {
        return jdbc.sql("select c.id from fact_cohort c left join cost_sharing s on s.cohort_id = c.id" + where(filter)
                        + " order by c.start_date desc, c.id limit :limit offset :offset")
                .params(params(filter))
                .param("limit", limit)
                .param("offset", offset)
                .query(UUID.class)
                .list();
    }

    long count(CostShareFilter filter) {
        return jdbc.sql("select count(*) from fact_cohort c left join cost_sharing s on s.cohort_id = c.id"
                        + where(filter))
                .params(params(filter))
                .query(Long.class)
                .single();
    }

    private static String where(CostShareFilter filter) {
        List<String> conditions = new java.util.ArrayList<>();
        if (filter.allianceId() != null) {
            conditions.add("c.alliance_id = :allianceId");
        }
        if (filter.status() != null) {
            conditions.add("coalesce(s.status, 'PROVISIONAL') = :status");
        }
        if (filter.employerId() != null) {
            conditions.add("""
                    exists (select 1 from fact_enrolment e where e.cohort_id = c.id and e.employer_id = :employerId
                    and e.status = 'CONFIRMED')""");
        }
        if (filter.viewer() != null) {
            conditions.add("""
                    (c.organiser_id = :viewer or exists (select 1 from fact_enrolment v where v.cohort_id = c.id
                    and v.employer_id = :viewer and v.status = 'CONFIRMED'))""");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static java.util.Map<String, Object> params(CostShareFilter filter) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (filter.allianceId() != null) {
            params.put("allianceId", filter.allianceId());
        }
        if (filter.status() != null) {
            params.put("status", filter.status().name());
        }
        if (filter.employerId() != null) {
            params.put("employerId", filter.employerId());
        }
        if (filter.viewer() != null) {
            params.put("viewer", filter.viewer());
        }
        return params;
    }
}
