package org.skillalliance.member.consent;

import java.sql.Timestamp;
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

    /** Stores one change. */
    void append(ConsentRecord record) {
        jdbc.sql("""
                insert into consent_record (id, staff_id, purpose, text_version, given, recorded_by, recorded_at)
                values (:id, :staffId, :purpose, :textVersion, :given, :recordedBy, :recordedAt)
                """)
                .param("id", record.id())
                .param("staffId", record.staffId())
                .param("purpose", record.purpose().name())
                .param("textVersion", record.textVersion())
                .param("given", record.given())
                .param("recordedBy", record.recordedBy().name())
                .param("recordedAt", Timestamp.from(record.recordedAt()))
                .update();
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
