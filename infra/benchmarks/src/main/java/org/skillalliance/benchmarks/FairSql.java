package org.skillalliance.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The report's anchor: its question answered by the SQL a competent PostgreSQL user would write against reporting's
 * projection tables, with the indexes those tables have ({@code rp_award_programme}, {@code rp_enrolment_employer},
 * {@code rp_enrolment_cohort}, the primary keys): the programme's awards and the courses with its required tags first
 * (read once; checked per seat, PostgreSQL ran a sequential scan of the courses for every seat), then the two kinds of
 * coverage as a {@code UNION} (which also removes a seat covered twice): an employer's seats in eligible courses within
 * its award's period, and the seats of awarded cohorts (an association's whole cohort, or an employer's own seats in a cohort
 * awarded to it); then the programme's eligibility rules and whether a seat counts (docs/reporting.md), and the
 * headline counts. No index is added for it: every one it uses is the platform's.
 *
 * <p>It computes only the headline counts (covered seats, participants, employers, outcomes, completions, no-shows,
 * credentials, hours), so it does less than the report (no breakdowns, money or retention), and it runs over JDBC
 * where the report goes through the gateway: the comparison flatters the anchor. Run on reporting's database as its
 * owner.
 */
final class FairSql implements AutoCloseable {

    static final String SQL = """
            with programme as (select * from rp_programme where id = ?),
            -- the courses with the programme's required tags: a few hundred rows, read once
            tagged_course as (
                select co.id from rp_course co, programme p where co.priority_tags @> p.required_tags
            ),
            covered as (
                -- an employer's seats in courses with the programme's tags, in cohorts starting within its award's period
                select e.id, e.cohort_id, e.staff_id, e.employer_id, e.outcome, e.credential, e.attended_hours,
                       e.confirmed_at, e.ended_at
                from programme p
                join rp_award a on a.programme_id = p.id and a.beneficiary_kind <> 'ASSOCIATION' and a.cohort_id is null
                join rp_enrolment e on e.employer_id = a.beneficiary_id
                join rp_cohort c on c.id = e.cohort_id
                where (a.period_start is null or c.start_date >= a.period_start)
                  and (a.period_end is null or c.start_date <= a.period_end)
                  and (cardinality(p.required_tags) = 0 or c.course_id in (select id from tagged_course))
                union
                -- awarded cohorts: an association's whole cohort, an employer's own seats in it
                select e.id, e.cohort_id, e.staff_id, e.employer_id, e.outcome, e.credential, e.attended_hours,
                       e.confirmed_at, e.ended_at
                from programme p
                join rp_award a on a.programme_id = p.id and a.cohort_id is not null
                join rp_enrolment e on e.cohort_id = a.cohort_id
                                   and (a.beneficiary_kind = 'ASSOCIATION' or e.employer_id = a.beneficiary_id)
            )
            select count(*) as enrolments, count(distinct v.staff_id) as participants,
                   count(distinct v.employer_id) as employers, count(v.outcome) as with_outcome,
                   count(*) filter (where v.outcome = 'COMPLETED') as completions,
                   count(*) filter (where v.outcome = 'NO_SHOW') as no_shows,
                   count(*) filter (where v.outcome is not null and v.credential) as credentials,
                   coalesce(sum(v.attended_hours) filter (where v.outcome is not null), 0) as hours
            from covered v
            cross join programme p
            join rp_cohort c on c.id = v.cohort_id
            join rp_organisation o on o.id = v.employer_id
            where c.start_date between p.period_start and p.period_end
              and (v.outcome is not null
                   or (c.started_at is not null and v.confirmed_at is not null
                       and (v.ended_at is null or v.ended_at >= c.started_at)))
              and (cardinality(p.eligible_alliances) = 0 or c.alliance_id = any(p.eligible_alliances))
              and (cardinality(p.size_bands) = 0 or o.size_band = any(p.size_bands))
              and (cardinality(p.sector_prefixes) = 0
                   or exists (select 1 from unnest(p.sector_prefixes) s where o.sector_code like s || '%'))
              and (cardinality(p.regions) = 0 or exists (select 1 from unnest(p.regions) r where o.region like r || '%'))
            """;

    /** The headline counts it computed. */
    record Headline(long enrolments, long participants, long employers, long completions) {}

    private final Connection connection;
    private final PreparedStatement statement;

    FairSql(String jdbcUrl) throws SQLException {
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

    /** {@code EXPLAIN (ANALYZE, BUFFERS)} of the statement for one programme. */
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
