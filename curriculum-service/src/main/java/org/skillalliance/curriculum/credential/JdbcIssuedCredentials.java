package org.skillalliance.curriculum.credential;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issued credentials and their status list places ({@code issued_credential}, V8). */
@Repository
class JdbcIssuedCredentials {

    private static final String COLUMNS = "credential_id, source_kind, source_id, subject_id, issuer_id, creator_id,"
            + " status_list, status_index, issued_at, revoked_at";

    private final JdbcClient jdbc;

    JdbcIssuedCredentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The credential of the source and subject, registered now with a new id and the next status list place if it
     * has none yet (two requests at once end with the one row: the loser's insert does nothing).
     */
    IssuedCredential register(
            CredentialSourceKind kind, UUID sourceId, UUID subjectId, UUID issuerId, UUID creatorId, Instant at) {
        Optional<IssuedCredential> existing = find(kind, sourceId, subjectId);
        if (existing.isPresent()) {
            return existing.get();
        }
        long position = jdbc.sql("select nextval('credential_status_position')")
                .query(Long.class)
                .single();
        BitstringStatusList.Place place = BitstringStatusList.Place.of(position);
        jdbc.sql("insert into issued_credential (credential_id, source_kind, source_id, subject_id, issuer_id,"
                        + " creator_id, status_list, status_index, issued_at)"
                        + " values (:id, :kind, :source, :subject, :issuer, :creator, :list, :index, :at)"
                        + " on conflict (source_kind, source_id, subject_id) do nothing")
                .param("id", UUID.randomUUID())
                .param("kind", kind.name())
                .param("source", sourceId)
                .param("subject", subjectId)
                .param("issuer", issuerId)
                .param("creator", creatorId)
                .param("list", place.list())
                .param("index", place.index())
                .param("at", java.sql.Timestamp.from(at))
                .update();
        return find(kind, sourceId, subjectId).orElseThrow();
    }

    Optional<IssuedCredential> find(CredentialSourceKind kind, UUID sourceId, UUID subjectId) {
        return jdbc.sql("select " + COLUMNS + " from issued_credential"
                        + " where source_kind = :kind and source_id = :source and subject_id = :subject")
                .param("kind", kind.name())
                .param("source", sourceId)
                .param("subject", subjectId)
                .query(JdbcIssuedCredentials::map)
                .optional();
    }

    Optional<IssuedCredential> find(UUID credentialId) {
        return jdbc.sql("select " + COLUMNS + " from issued_credential where credential_id = :id")
                .param("id", credentialId)
                .query(JdbcIssuedCredentials::map)
                .optional();
    }

    /** Whether the list holds any place handed out so far. */
    boolean listExists(int list) {
        return jdbc.sql("select exists (select 1 from issued_credential where status_list = :list)")
                .param("list", list)
                .query(Boolean.class)
                .single();
    }

    /** The indexes of the revoked credentials of one list. */
    List<Integer> revokedIndexes(int list) {
        return jdbc.sql("select status_index from issued_credential"
                        + " where status_list = :list and revoked_at is not null order by status_index")
                .param("list", list)
                .query(Integer.class)
                .list();
    }

    /**
     * How many credentials of the list are revoked: since a revocation is final, the count tells one state of the
     * list's bits from any other (the signed list is kept by it).
     */
    int revokedCount(int list) {
        return jdbc.sql("select count(*) from issued_credential where status_list = :list and revoked_at is not null")
                .param("list", list)
                .query(Integer.class)
                .single();
    }

    /** Revokes a credential that is not yet revoked; false when it already was (nothing changed). */
    boolean revoke(UUID credentialId, String reason, String revokedBy, Instant at) {
        return jdbc.sql("update issued_credential set revoked_at = :at, revocation_reason = :reason,"
                                + " revoked_by = :by where credential_id = :id and revoked_at is null")
                        .param("at", java.sql.Timestamp.from(at))
                        .param("reason", reason)
                        .param("by", revokedBy)
                        .param("id", credentialId)
                        .update()
                == 1;
    }

    private static IssuedCredential map(ResultSet rs, int row) throws SQLException {
        java.sql.Timestamp revoked = rs.getTimestamp("revoked_at");
        return new IssuedCredential(
                rs.getObject("credential_id", UUID.class),
                CredentialSourceKind.valueOf(rs.getString("source_kind")),
                rs.getObject("source_id", UUID.class),
                rs.getObject("subject_id", UUID.class),
                rs.getObject("issuer_id", UUID.class),
                rs.getObject("creator_id", UUID.class),
                new BitstringStatusList.Place(rs.getInt("status_list"), rs.getInt("status_index")),
                rs.getTimestamp("issued_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
