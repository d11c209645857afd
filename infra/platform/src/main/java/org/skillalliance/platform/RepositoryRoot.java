package org.skillalliance.platform;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's root folder: where the service modules, their jars and the Keycloak realm are. */
final class RepositoryRoot {

    /** A file only the repository root has below it. */
    static final Path MARKER = Path.of("infra", "keycloak", "skill-alliance-realm.json");

    private RepositoryRoot() {}

    /**
     * The system property {@code services.root} (the system tests set it) if given, else the nearest folder at or
     * above the current one that holds {@code infra/keycloak/skill-alliance-realm.json}.
     */
    static Path find() {
        String configured = System.getProperty("services.root");
        if (configured != null && !configured.isBlank()) {
            return requireRoot(Path.of(configured).toAbsolutePath().normalize());
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "No Skill Alliance repository at or above " + start + " (looked for " + MARKER + ")");
    }

    static Path requireRoot(Path candidate) {
        if (!Files.isRegularFile(candidate.resolve(MARKER))) {
            throw new IllegalStateException(
                    candidate + " is not the Skill Alliance repository (no " + MARKER + " in it)");
        }
        return candidate;
    }
}
