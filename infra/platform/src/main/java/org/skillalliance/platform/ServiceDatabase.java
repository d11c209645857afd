package org.skillalliance.platform;

/**
 * How to reach one service's own database in the platform's PostgreSQL, as the service itself does: for tests that
 * check what a request wrote (or did not write), never for the services' callers.
 *
 * @param jdbcUrl  e.g. {@code jdbc:postgresql://localhost:15432/member}
 * @param user     the database's owner, named after it
 * @param password its password (the local demo's: the name again)
 */
public record ServiceDatabase(String jdbcUrl, String user, String password) {}
