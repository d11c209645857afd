package org.skillalliance.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its Maven Central distribution (keycloak-quarkus-dist), in development mode with an in-memory
 * database, as the local platform and the tests run it.
 *
 * <p>The distribution is unpacked once per version and user into {@code ~/.cache/skill-alliance/keycloak-<version>}.
 * Each server gets a home of its own ({@link #prepareHome}) whose {@code lib}, {@code conf}, {@code providers} and
 * {@code themes} link to the unpacked distribution and whose {@code data} folder (realms to import, the password
 * deny-lists, Keycloak's transaction logs) is private: so two servers never read each other's data, nothing large is
 * copied, and the build options are always {@code --db=dev-mem --cache=local} and {@link #FEATURES}, so Keycloak never
 * has to rebuild itself (which takes about 20 s).
 */
public final class KeycloakDistribution {

    /** The bootstrap administrator of the {@code master} realm; its password is the launcher's to choose. */
    public static final String ADMIN = "admin";

    /**
     * The preview features every server of the platform runs with: client secret rotation, which the realm's
     * {@code machine-clients} client policy needs (docs/member-service.md, "Machine clients"). Features are a build
     * option: every server started from the shared distribution must name the same ones, or Keycloak rebuilds itself.
     */
    public static final String FEATURES = "--features=client-secret-rotation";

    private KeycloakDistribution() {}

    /**
     * kc.sh's own default {@code JAVA_OPTS} (Keycloak 26.7) with two changes for a local server on few cores, as the
     * services run: the serial collector instead of G1 and the quick compiler only ({@code -XX:TieredStopAtLevel=1}).
     * A start's CPU time went from 72 s to 41 s on the 2-core machine (docs/testing.md).
     *
     * @param maxHeap {@code -Xmx}'s value, e.g. {@code 512m}
     */
    public static List<String> jvmOptions(String maxHeap) {
        return List.of(
                "-Xms64m",
                "-Xmx" + maxHeap,
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
    }

    /** The distribution unpacked from the local Maven repository, once per version and user. */
    public static synchronized Path unpacked(String version, PrintStream progress) {
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "skill-alliance");
        Path home = cache.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
            return home;
        }
        Path zip = MavenRepository.local()
                .resolve(
                        "org/keycloak/keycloak-quarkus-dist/" + version + "/keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " is missing; the build fetches it from Maven Central as a dependency"
                    + " of infra/platform and infra/test-support: ./mvnw -DskipTests package -pl infra/platform -am");
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

    /**
     * Makes {@code home} a server's home: {@code lib}, {@code conf}, {@code providers} and {@code themes} link to the
     * unpacked distribution (where they do not yet), {@code data/password-blacklists} holds copies of the deny-lists
     * the realm's password policy names.
     */
    public static Path prepareHome(Path home, Path distribution, Path denyLists) {
        try {
            Files.createDirectories(home);
            for (String shared : List.of("lib", "conf", "providers", "themes")) {
                Path link = home.resolve(shared);
                if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, distribution.resolve(shared));
                }
            }
            Path lists = Files.createDirectories(home.resolve("data").resolve("password-blacklists"));
            try (var files = Files.list(denyLists)) {
                for (Path list : files.toList()) {
                    Files.copy(list, lists.resolve(list.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Keycloak's home " + home, e);
        }
    }

    /**
     * {@code kc.sh start-dev} on the ports with the in-memory database and the local cache, in the home.
     *
     * @param options further options, e.g. {@code --import-realm} or {@code --log-level=WARN}
     */
    public static List<String> devServer(
            Path distribution, Path home, int httpPort, int managementPort, List<String> options) {
        List<String> command = new ArrayList<>(List.of(
                distribution.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--db=dev-mem",
                "--cache=local"));
        command.addAll(options);
        // after kc.sh's own -Dkc.home.dir, so this one wins: the server's own home
        command.add("-Dkc.home.dir=" + home);
        return command;
    }

    /** kc.sh's environment: the launcher's JDK, the bootstrap administrator, the JVM options. */
    public static Map<String, String> environment(String adminPassword, List<String> jvmOptions) {
        return Map.of(
                "JAVA_HOME",
                JavaCommand.javaHome().toString(),
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                adminPassword,
                "JAVA_OPTS",
                String.join(" ", jvmOptions));
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
}
