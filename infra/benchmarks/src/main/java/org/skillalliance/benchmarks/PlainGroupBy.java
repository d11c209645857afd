package org.skillalliance.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The report's anchor: the same question asked plainly, one SQL statement with a GROUP BY over the raw facts (the
 * projection rows of every seat, joined to cohort, course, employer and the programme's awards), as one would write it
 * without pre-aggregation. It computes only the headline counts (covered seats, participants, employers, outcomes,
 * completions, no-shows, credentials, hours), so it does less than the report (no breakdowns, money or retention):
 * the comparison flatters the anchor, not the report. Run on reporting's database as its owner, over JDBC.
 */
final class PlainGroupBy implements AutoCloseable {

    static final String SQL = """
            select count(*) as enrolments, count(distinct e.staff_id) as participants,
                   count(distinct e.employer_id) as employers, count(e.outcome) as with_outcome,
                   count(*) filter (where e.outcome = 'COMPLETED') as completions,
                   count(*) filter (where e.outcome = 'NO_SHOW') as no_shows,
                   count(*) filter (where e.outcome is not null and e.credential) as credentials,
                   coalesce(sum(e.attended_hours) filter (where e.outcome is not null), 0) as hours
            from rp_programme p
            cross join rp_enrolment e
            join rp_cohort c on c.id = e.cohort_id
            left join rp_course co on co.id = c.course_id
            join rp_organisation o on o.id = e.employer_id
            where p.id = ?
              and c.start_date between p.period_start and p.period_end
              and (e.outcome is not null
                   or (c.started_at is not null and e.confirmed_at is not null
                       and (e.ended_at is null or e.ended_at >= c.started_at)))
              and (cardinality(p.eligible_alliances) = 0 or c.alliance_id = any(p.eligible_alliances))
              and (cardinality(p.size_bands) = 0 or o.size_band = any(p.size_bands))
              and (cardinality(p.sector_prefixes) = 0
                   or exists (select 1 from unnest(p.sector_prefixes) s where o.sector_code like s || '%'))
              and (cardinality(p.regions) = 0 or exists (select 1 from unnest(p.regions) r where o.region like r || '%'))
              and exists (select 1 from rp_award a
                          where a.programme_id = p.id
                            and ((a.beneficiary_kind = 'ASSOCIATION' and a.cohort_id = e.cohort_id)
                                 or (a.beneficiary_kind <> 'ASSOCIATION' and a.beneficiary_id = e.employer_id
                                     and ((a.cohort_id is not null and a.cohort_id = e.cohort_id)
                                          or (a.cohort_id is null
                                              and coalesce(co.priority_tags, '{}') @> p.required_tags
                                              and (a.period_start is null or c.start_date >= a.period_start)
                                              and (a.period_end is null or c.start_date <= a.period_end))))))
            group by p.id
            """;

    /** The headline counts it computed. */
    record Headline(long enrolments, long participants, long employers, long completions) {}

    private final Connection connection;
    private final PreparedStatement statement;

    PlainGroupBy(String jdbcUrl) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl, "reporting", "reporting");
        statement = connection.prepareStatement(SQL);
    }

    Headline ask(UUID programmeId) throws SQLException {
        statement.setObject(1, programmeId);
        try (ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return new Headline(0, 0, 0, 0);
            }
            return new Headline(
                    row.getLong("enrolments"),
                    row.getLong("participants"),
                    row.getLong("employers"),
                    row.getLong("completions"));
        }
    }

    /** EXPLAIN ANALYZE of the statement for one programme, for docs/performance.md. */
    String explain(UUID programmeId) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + SQL)) {
            explain.setObject(1, programmeId);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
