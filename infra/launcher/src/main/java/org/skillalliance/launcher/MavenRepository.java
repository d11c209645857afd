package org.skillalliance.launcher;

import java.nio.file.Path;

/** The local Maven repository, where the build put the distributions a launcher runs (Keycloak, Zipkin, GreenMail). */
public final class MavenRepository {

    private MavenRepository() {}

    /** {@code -Dmaven.repo.local}, else {@code $MAVEN_REPO_LOCAL}, else {@code ~/.m2/repository}. */
    public static Path local() {
        String configured = System.getProperty("maven.repo.local");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("MAVEN_REPO_LOCAL");
        }
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".m2", "repository")
                : Path.of(configured);
    }
}
