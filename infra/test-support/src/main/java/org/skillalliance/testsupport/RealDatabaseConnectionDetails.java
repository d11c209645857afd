package org.skillalliance.testsupport;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A test context's own database on the JVM's PostgreSQL server, handed to Spring Boot as its
 * {@link JdbcConnectionDetails}: Boot's DataSource, and through it Flyway, connect to it instead of to
 * {@code spring.datasource.*}. {@code @RealInfrastructure} registers one for each context; a slice test
 * ({@code @JdbcTest}) declares its own as a bean.
 */
public record RealDatabaseConnectionDetails(DatabaseCoordinates database) implements JdbcConnectionDetails {

    @Override
    public String getJdbcUrl() {
        return database.jdbcUrl();
    }

    @Override
    public String getUsername() {
        return database.username();
    }

    @Override
    public String getPassword() {
        return database.password();
    }
}
