package org.skillalliance.curriculum.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcHistoryImports {

    /** A cohort imported before under a key, with the fingerprint of what was sent. */
    record Earlier(UUID cohortId, String fingerprint, int seats) {}

    private final JdbcClient jdbc;

    JdbcHistoryImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the imports of one alliance until the transaction ends (two equal imports at once create one). */
    void lockAlliance(UUID allianceId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('history-import:' || cast(:id as text), 0))")
                .param("id", allianceId)
                .query()
                .singleRow();
    }

    Optional<Earlier> find(UUID allianceId, String importKey) {
        return jdbc.sql("""
                select cohort_id, fingerprint, seats from history_import
                where alliance_id = :allianceId and import_key = :key
                """)
                .param("allianceId", allianceId)
                .param("key", importKey)
                .query((rs, n) -> new Earlier(
                        rs.getObject("cohort_id", UUID.class), rs.getString("fingerprint"), rs.getInt("seats")))
                .optional();
    }

    void insert(UUID allianceId, String importKey, UUID cohortId, String fingerprint, int seats, Instant at) {
        jdbc.sql("""
                insert into history_import (alliance_id, import_key, cohort_id, fingerprint, seats, imported_at)
                values (:allianceId, :key, :cohortId, :fingerprint, :seats, :at)
                """)
                .param("allianceId", allianceId)
                .param("key", importKey)
                .param("cohortId", cohortId)
                .param("fingerprint", fingerprint)
                .param("seats", seats)
                .param("at", Timestamp.from(at))
                .update();
    }
}
