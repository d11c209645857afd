package org.skillalliance.platform;

import java.util.Arrays;

/**
 * How to reach one service's own database in the platform's PostgreSQL, as the service itself does: for tests that
 * check what a request wrote (or did not write), never for the services' callers.
 *
 * @param jdbcUrl  e.g. {@code jdbc:postgresql://localhost:15432/member}
 * @param user     the database's owner, named after it
 * @param password its password (the local demo's: the name again)
 */
public record ServiceDatabase(String jdbcUrl, String user, String password) {

    /**
     * The database of a service in a platform started with these settings ({@code infra/docker/postgres-init.sql}: one
     * database and owner per service, the password its name).
     *
     * @param service {@code member-service}, {@code curriculum-service}, {@code funding-service} or
     *                {@code reporting-service}
     * @throws IllegalArgumentException for anything else (the gateway has no database)
     */
    public static ServiceDatabase of(PlatformSettings settings, String service) {
        ServiceJar jar = Arrays.stream(ServiceJar.values())
                .filter(candidate -> candidate.module().equals(service) && candidate.database() != null)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service with a database called " + service));
        return new ServiceDatabase(
                "jdbc:postgresql://localhost:" + settings.port(PortSetting.POSTGRES) + "/" + jar.database(),
                jar.database(),
                jar.database());
    }
}
