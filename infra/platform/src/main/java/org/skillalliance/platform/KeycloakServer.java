package org.skillalliance.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its Maven Central distribution (keycloak-quarkus-dist), in development mode with an in-memory
 * database, importing the demo realm ({@link RealmOverlay}) on every start.
 *
 * <p>The distribution is unpacked once into {@code ~/.cache/skill-alliance/keycloak-<version>} (the tests use the same
 * folder). Each platform gets a home of its own, {@code <data>/keycloak}, whose {@code lib}, {@code conf},
 * {@code providers} and {@code themes} link to the unpacked distribution and whose {@code data} folder (the realm to
 * import, Keycloak's transaction logs) is private: so a demo and a test Keycloak never read each other's realm, nothing
 * large is copied, and the build options are the tests' ({@code --db=dev-mem --cache=local}) so Keycloak never has to
 * rebuild itself (which takes about 20 s).
 *
 * <p>The bootstrap administrator of the {@code master} realm is {@code admin}/{@code admin} (local use only).
 */
final class KeycloakServer {

    static final String REALM = "skill-alliance";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin";

    /**
     * kc.sh's own default {@code JAVA_OPTS} (Keycloak 26.7) with two changes for a local server on few cores, as the
     * services run ({@link ServiceJar#DEMO_JVM_OPTIONS}): the serial collector instead of G1 and the quick compiler only.
     * A start's CPU time went from 72 s to 41 s on the 2-core machine (docs/testing.md). A {@code JAVA_OPTS} in the
     * launcher's environment is kc.sh's own way to choose other options, and wins.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-Xms64m",
            "-Xmx512m",
            "-XX:MetaspaceSize=96M",
            "-XX:MaxMetaspaceSize=256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8",
            "-Dsun.stdout.encoding=UTF-8",
            "-Dsun.err.encoding=UTF-8",
            "-Dstdout.encoding=UTF-8",
            "-Dstderr.encoding=UTF-8",
            "-Djava.security.egd=file:/dev/urandom",
            "-Djdk.tls.rejectClientInitiatedRenegotiation=true");

    private KeycloakServer() {}

    /**
     * Launches Keycloak on the settings' ports with {@code realmJson} to import.
     *
     * @param environment variables the realm's placeholders may name (e.g. {@code MEMBER_SERVICE_CLIENT_SECRET})
     */
    static ChildProcess launch(
            PlatformSettings settings, String realmJson, Map<String, String> environment, PrintStream progress) {
        Path distribution = unpackedDistribution(progress);
        Path home = settings.data().resolve("keycloak");
        try {
            Files.createDirectories(home.resolve("data").resolve("import"));
            for (String shared : List.of("lib", "conf", "providers", "themes")) {
                Files.createSymbolicLink(home.resolve(shared), distribution.resolve(shared));
            }
            Files.writeString(home.resolve("data").resolve("import").resolve(REALM + "-realm.json"), realmJson);
            // the realm's password policy names the deny-list, which Keycloak reads from its home's data folder
            Path denyLists = Files.createDirectories(home.resolve("data").resolve("password-blacklists"));
            try (var lists = Files.list(settings.realmExport().resolveSibling("password-blacklists"))) {
                for (Path list : lists.toList()) {
                    Files.copy(list, denyLists.resolve(list.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Keycloak's home " + home, e);
        }
        int port = settings.port(PortSetting.KEYCLOAK);
        List<String> command = List.of(
                distribution.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + settings.port(PortSetting.KEYCLOAK_MANAGEMENT),
                "--db=dev-mem",
                "--cache=local",
                "--import-realm",
                // after kc.sh's own -Dkc.home.dir, so this one wins: the private home above
                "-Dkc.home.dir=" + home);
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("JAVA_HOME", JavaCommand.javaHome().toString());
        variables.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        variables.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        if (System.getenv("JAVA_OPTS") == null) {
            variables.put("JAVA_OPTS", String.join(" ", JVM_OPTIONS));
        }
        return ChildProcess.launch(
                "keycloak",
                command,
                variables,
                settings.logs().resolve("keycloak.log"),
                HealthCheck.http(baseUrl(port) + "/realms/" + REALM + "/.well-known/openid-configuration"),
                Duration.ofSeconds(30));
    }

    static String baseUrl(int port) {
        return "http://localhost:" + port;
    }

    /** The distribution unpacked from the local Maven repository, once per version and user. */
    static synchronized Path unpackedDistribution(PrintStream progress) {
        String version = Versions.keycloak();
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "skill-alliance");
        Path home = cache.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
            return home;
        }
        Path zip = localMavenRepository()
                .resolve(
                        "org/keycloak/keycloak-quarkus-dist/" + version + "/keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new PlatformStartException(zip + " is missing; the launcher's build fetches it from Maven Central:"
                    + " ./mvnw -DskipTests package -pl infra/platform -am");
        }
        progress.println("  unpacking Keycloak " + version + " into " + home + " (once)");
        try {
            Path staging = Files.createDirectories(cache)
                    .resolve("keycloak-" + version + ".unpacking-"
                            + ProcessHandle.current().pid());
            unzip(zip, staging);
            try (var scripts = Files.list(staging.resolve("bin"))) {
                scripts.filter(script -> script.toString().endsWith(".sh"))
                        .forEach(script -> script.toFile().setExecutable(true));
            }
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException anotherProcessWasFaster) {
                if (!Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
                    throw anotherProcessWasFaster;
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + zip, e);
        }
    }

    /** Unpacks the zip's top folder ({@code keycloak-<version>/}) into {@code target}. */
    private static void unzip(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                if (name.isEmpty()) {
                    continue;
                }
                Path file = target.resolve(name).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("zip entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static Path localMavenRepository() {
        String configured = System.getProperty("maven.repo.local");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("MAVEN_REPO_LOCAL");
        }
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".m2", "repository")
                : Path.of(configured);
    }
}
