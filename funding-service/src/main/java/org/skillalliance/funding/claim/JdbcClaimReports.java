package org.skillalliance.funding.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claims' reports in PostgreSQL (table {@code claim_report}); a requirement without a row is due. */
@Repository
class JdbcClaimReports {

    private final JdbcClient jdbc;

    JdbcClaimReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The claim's submitted reports by requirement key. */
    Map<String, ClaimReport> ofClaim(UUID claimId) {
        return jdbc
                .sql("select * from claim_report where claim_id = :claimId")
                .param("claimId", claimId)
                .query(this::map)
                .stream()
                .collect(Collectors.toMap(ClaimReport::requirementKey, Function.identity()));
    }

    /** Inserts the report or replaces its row: a report is written whole after each transition. */
    void save(ClaimReport report) {
        jdbc.sql("""
                insert into claim_report (claim_id, requirement_key, state, summary, submitted_at, decided_at,
                    decision_note)
                values (:claimId, :key, :state, :summary, :submittedAt, :decidedAt, :note)
                on conflict (claim_id, requirement_key) do update set state = excluded.state,
                    summary = excluded.summary, submitted_at = excluded.submitted_at,
                    decided_at = excluded.decided_at, decision_note = excluded.decision_note
                """)
                .param("claimId", report.claimId())
                .param("key", report.requirementKey())
                .param("state", report.state().name())
                .param("summary", report.summary())
                .param("submittedAt", timestamp(report.submittedAt()))
                .param("decidedAt", timestamp(report.decidedAt()))
                .param("note", report.decisionNote())
                .update();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private ClaimReport map(ResultSet rs, int row) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new ClaimReport(
                rs.getObject("claim_id", UUID.class),
                rs.getString("requirement_key"),
                ReportState.valueOf(rs.getString("state")),
                rs.getString("summary"),
                rs.getTimestamp("submitted_at").toInstant(),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decision_note"));
    }
}
