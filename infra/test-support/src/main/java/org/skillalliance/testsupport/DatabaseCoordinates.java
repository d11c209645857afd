package org.skillalliance.testsupport;

/** Where a test's own database lives. */
public record DatabaseCoordinates(String jdbcUrl, String username, String password, String databaseName) {}
