package org.skillalliance.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from the zonky embedded binaries (no installation needed), set up as every local server
 * here runs it: listening on localhost only, and without the durability against a crash of the machine (power, the
 * kernel) that fsync and full-page writes buy, which a throwaway local database does not need and pays for on every
 * commit. Whether a commit waits for its WAL ({@code synchronous_commit}) is the caller's choice: the platform's does, so
 * that a crash of PostgreSQL alone loses no acknowledged commit; the tests' does not.
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {}

    /** zonky's builder with these settings; the caller adds the port, the data folder and its logs, and starts it. */
    public static EmbeddedPostgres.Builder builder(int maxConnections, boolean synchronousCommit) {
        return EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", String.valueOf(maxConnections))
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("synchronous_commit", synchronousCommit ? "on" : "off");
    }
}
