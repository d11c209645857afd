package org.skillalliance.member.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consent history in PostgreSQL; {@link ConsentRecords} is the way in. */
@Repository
class ConsentHistory {

    private final JdbcClient jdbc;

    ConsentHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends one change and returns it. */
    ConsentRecord append(
            UUID staffId,
            ConsentPurpose purpose,
            String textVersion,
            boolean given,
            RecordedBy recordedBy,
            Instant at) {
        ConsentRecord record =
                new ConsentRecord(UUID.randomUUID(), staffId, purpose, textVersion, given, recordedBy, at);
        jdbc.sql("""
                insert into consent_record (id, staff_id, purpose, text_version, given, recorded_by, recorded_at)
                values (:id, :staffId, :purpose, :textVersion, :given, :recordedBy, :recordedAt)
                """)
                .param("id", record.id())
                .param("staffId", staffId)
                .param("purpose", purpose.name())
                .param("textVersion", textVersion)
                .param("given", given)
                .param("recordedBy", recordedBy.name())
                .param("recordedAt", Timestamp.from(at))
                .update();
        return record;
    }

    /** A staff member's history, oldest first. */
    List<ConsentRecord> of(UUID staffId) {
        return jdbc.sql("select * from consent_record where staff_id = :staffId order by recorded_at, id")
                .param("staffId", staffId)
                .query((rs, n) -> new ConsentRecord(
                        rs.getObject("id", UUID.class),
                        rs.getObject("staff_id", UUID.class),
                        ConsentPurpose.valueOf(rs.getString("purpose")),
                        rs.getString("text_version"),
                        rs.getBoolean("given"),
                        RecordedBy.valueOf(rs.getString("recorded_by")),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** Erasure: the person's history goes with their other personal data. */
    void forget(UUID staffId) {
        jdbc.sql("delete from consent_record where staff_id = :staffId")
                .param("staffId", staffId)
                .update();
    }
}
