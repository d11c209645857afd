package org.skillalliance.member.apiclient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Machine clients and their audit log in PostgreSQL (never a secret). */
@Repository
class JdbcApiClients {

    private final JdbcClient jdbc;

    JdbcApiClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiClient client) {
        jdbc.sql("""
                insert into api_client (id, organisation_id, client_id, keycloak_id, name, created_at, rotated_at,
                                        previous_secret_valid_until, revoked_at)
                values (:id, :organisationId, :clientId, :keycloakId, :name, :createdAt, :rotatedAt,
                        :previousSecretValidUntil, :revokedAt)
                """).params(parameters(client)).update();
    }

    void update(ApiClient client) {
        jdbc.sql("""
                update api_client set rotated_at = :rotatedAt, previous_secret_valid_until = :previousSecretValidUntil,
                                      revoked_at = :revokedAt
                where id = :id
                """).params(parameters(client)).update();
    }

    Optional<ApiClient> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from api_client where id = :id and organisation_id = :organisationId")
                .param("id", id)
                .param("organisationId", organisationId)
                .query(JdbcApiClients::map)
                .optional();
    }

    boolean hasActiveNamed(UUID organisationId, String name) {
        return jdbc.sql("""
                select count(*) from api_client
                where organisation_id = :organisationId and lower(name) = lower(:name) and revoked_at is null
                """)
                        .param("organisationId", organisationId)
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<ApiClient> of(UUID organisationId) {
        return jdbc.sql("select * from api_client where organisation_id = :organisationId order by created_at, id")
                .param("organisationId", organisationId)
                .query(JdbcApiClients::map)
                .list();
    }

    void append(ApiClientAuditEntry entry) {
        jdbc.sql("""
                insert into api_client_audit (id, organisation_id, api_client_id, client_id, action, actor, occurred_at,
                                              grace_period_seconds)
                values (:id, :organisationId, :apiClientId, :clientId, :action, :actor, :occurredAt, :gracePeriodSeconds)
                """)
                .param("id", entry.id())
                .param("organisationId", entry.organisationId())
                .param("apiClientId", entry.apiClientId())
                .param("clientId", entry.clientId())
                .param("action", entry.action().name())
                .param("actor", entry.actor())
                .param("occurredAt", Timestamp.from(entry.occurredAt()))
                .param("gracePeriodSeconds", entry.gracePeriodSeconds())
                .update();
    }

    List<ApiClientAuditEntry> auditOf(UUID organisationId) {
        return jdbc.sql("""
                select * from api_client_audit where organisation_id = :organisationId order by occurred_at, id
                """)
                .param("organisationId", organisationId)
                .query((rs, row) -> new ApiClientAuditEntry(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("api_client_id", UUID.class),
                        rs.getString("client_id"),
                        ApiClientAction.valueOf(rs.getString("action")),
                        rs.getString("actor"),
                        instant(rs, "occurred_at"),
                        rs.getObject("grace_period_seconds", Integer.class)))
                .list();
    }

    private static Map<String, Object> parameters(ApiClient client) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", client.id());
        parameters.put("organisationId", client.organisationId());
        parameters.put("clientId", client.clientId());
        parameters.put("keycloakId", client.keycloakId());
        parameters.put("name", client.name());
        parameters.put("createdAt", timestamp(client.createdAt()));
        parameters.put("rotatedAt", timestamp(client.rotatedAt()));
        parameters.put("previousSecretValidUntil", timestamp(client.previousSecretValidUntil()));
        parameters.put("revokedAt", timestamp(client.revokedAt()));
        return parameters;
    }

    private static ApiClient map(ResultSet rs, int row) throws SQLException {
        return new ApiClient(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("client_id"),
                rs.getString("keycloak_id"),
                rs.getString("name"),
                instant(rs, "created_at"),
                instant(rs, "rotated_at"),
                instant(rs, "previous_secret_valid_until"),
                instant(rs, "revoked_at"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
