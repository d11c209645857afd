package org.skillalliance.revocation;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.skillalliance.contracts.member.ApiClientRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The machine clients revoked so far, in the service's table {@code revoked_api_client} and in memory. The token
 * check asks the memory ({@link #isRevoked}), never the database; the memory is reloaded every {@code refresh}, so an
 * instance learns of a revocation another instance recorded within that time, and a recording in this instance
 * counts at once. A database that cannot be read keeps the list held: a revocation is never forgotten.
 */
public class RevokedClients implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RevokedClients.class);

    private final JdbcClient jdbc;
    private final Duration refresh;
    private volatile Set<String> revoked = Set.of();
    private ScheduledExecutorService reloading;

    public RevokedClients(JdbcClient jdbc, Duration refresh) {
        this.jdbc = jdbc;
        this.refresh = refresh;
    }

    /** Whether the Keycloak client of this id was revoked. */
    public boolean isRevoked(String clientId) {
        return clientId != null && revoked.contains(clientId);
    }

    /**
     * Records a revocation (again: nothing changes) in the caller's transaction, if any, and refuses the client's
     * tokens in this instance from now.
     */
    public void record(ApiClientRevoked revocation) {
        jdbc.sql("""
                insert into revoked_api_client (client_id, api_client_id, organisation_id, revoked_at)
                values (:clientId, :apiClientId, :organisationId, :revokedAt)
                on conflict (client_id) do nothing
                """)
                .param("clientId", revocation.clientId())
                .param("apiClientId", revocation.apiClientId())
                .param("organisationId", revocation.organisationId())
                .param("revokedAt", java.sql.Timestamp.from(revocation.revokedAt()))
                .update();
        hold(Set.of(revocation.clientId()));
    }

    /**
     * Adds what the database holds to the list held. Nothing is ever taken off: a revocation is final, and a client
     * recorded here in a transaction that then rolled back was revoked all the same (member-service deletes the
     * Keycloak client first; a consumer retries the event).
     */
    void reload() {
        try {
            hold(jdbc.sql("select client_id from revoked_api_client")
                    .query(String.class)
                    .list());
        } catch (RuntimeException unreadable) {
            log.warn(
                    "Could not reload the revoked machine clients, keeping the {} held: {}",
                    revoked.size(),
                    unreadable.getMessage());
        }
    }

    private synchronized void hold(java.util.Collection<String> clientIds) {
        if (!revoked.containsAll(clientIds)) {
            Set<String> more = new HashSet<>(revoked);
            more.addAll(clientIds);
            revoked = Set.copyOf(more);
        }
    }

    @Override
    public void start() {
        reload();
        reloading = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "revoked-clients-reload");
            thread.setDaemon(true);
            return thread;
        });
        reloading.scheduleWithFixedDelay(this::reload, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (reloading != null) {
            reloading.shutdownNow();
            reloading = null;
        }
    }

    @Override
    public boolean isRunning() {
        return reloading != null;
    }
}
