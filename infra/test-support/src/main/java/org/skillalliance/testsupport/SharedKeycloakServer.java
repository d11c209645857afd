package org.skillalliance.testsupport;

import static org.skillalliance.launcher.Waits.await;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.skillalliance.launcher.ChildProcess;
import org.skillalliance.launcher.FreePorts;
import org.skillalliance.launcher.HealthCheck;
import org.skillalliance.launcher.KeycloakDistribution;
import org.skillalliance.launcher.KeycloakTokens;
import org.skillalliance.launcher.ProcessTree;

/**
 * One Keycloak server for every test JVM of a build: the first JVM that needs it starts it, later ones (the next
 * module's, or the one Maven builds beside it) find it and use it. Each JVM then imports a realm of its own into it
 * ({@link TestKeycloak}), so tests keep apart exactly as they did with a server per JVM, without paying Keycloak's start
 * (40 s of CPU, a minute or more on 2 busy cores) in every module.
 *
 * <p>Its folder, {@code ~/.cache/skill-alliance/test-keycloak-<fingerprint>/}, holds the server's home (its
 * {@code data}), its log ({@code keycloak.log}), {@code server.properties} (its port and random admin password),
 * {@code pid} (its watchdog, whose process group it is) and a {@code lease} file that every JVM using the server
 * touches every few seconds. The server runs under a small shell watchdog in a session of its own, which stops the
 * whole group once the lease is older than {@link #IDLE_STOP} (five minutes by default;
 * {@code -Dskillalliance.test.keycloak.idle-seconds}): nothing outlives the build by more than that, and nobody has to
 * stop it. The fingerprint covers everything that makes two servers
 * differ (the distribution's version, the JVM options and arguments, the password deny-lists, the JDK), so a checkout
 * with other settings gets a server of its own. A file lock serialises finding and starting among JVMs.
 */
record SharedKeycloakServer(int port, String adminPassword, Path folder) {

    /** Without the admin password, which would otherwise show wherever the server is printed or logged. */
    @Override
    public String toString() {
        return "SharedKeycloakServer[port=" + port + ", folder=" + folder + "]";
    }

    static final Duration IDLE_STOP = Duration.ofSeconds(Long.getLong("skillalliance.test.keycloak.idle-seconds", 300));
    private static final Duration LEASE_TOUCH = Duration.ofSeconds(10);
    /** A start's longest wait: a few seconds on a quiet machine, over 3 minutes on 2 cores shared by several builds. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Runs Keycloak ({@code "$@"}) in the background and stops the whole process group (kc.sh, its build step and
     * Keycloak's JVM) once the lease has not been touched for {@code $2} seconds, or when Keycloak has exited.
     */
    /** kc.sh's options beyond the ports, home and build options: quiet, and the platform's Keycloak features. */
    private static final List<String> OPTIONS = List.of("--log-level=WARN", KeycloakDistribution.FEATURES);

    private static final String WATCHDOG = """
            folder=$1; idle=$2; shift 2
            echo $$ > "$folder/pid"
            "$@" &
            server=$!
            while kill -0 "$server" 2>/dev/null; do
              sleep 5
              touched=$(stat -c %Y "$folder/lease" 2>/dev/null || echo 0)
              if [ $(( $(date +%s) - touched )) -gt "$idle" ]; then
                echo "test Keycloak: no test JVM used it for $idle s, stopping"
                rm -f "$folder/server.properties"
                sleep 2
                break
              fi
            done
            trap '' TERM
            kill -TERM -$$
            sleep 20
            kill -KILL -$$
            """;

    Path log() {
        return folder.resolve("keycloak.log");
    }

    /**
     * The server of these settings: the running one if it answers, else a new one. Keeps its lease for as long as this
     * JVM runs.
     */
    static SharedKeycloakServer findOrStart(Path distribution, List<String> jvmOptions, Path denyLists) {
        Path folder = Path.of(
                System.getProperty("user.home"),
                ".cache",
                "skill-alliance",
                "test-keycloak-" + fingerprint(distribution, jvmOptions, denyLists));
        try {
            Files.createDirectories(folder);
            try (FileChannel lockFile = FileChannel.open(
                            folder.resolve("start.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                // from now on, and through a start of minutes: the watchdog must not stop the server under us
                keepLease(folder);
                SharedKeycloakServer server = running(folder);
                return server != null ? server : start(folder, distribution, jvmOptions, denyLists);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the shared test Keycloak in " + folder + " could not be found or started", e);
        }
    }

    private static SharedKeycloakServer running(Path folder) throws IOException {
        Path settings = folder.resolve("server.properties");
        if (!Files.isRegularFile(settings)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(settings)) {
            properties.load(reader);
        }
        SharedKeycloakServer server = new SharedKeycloakServer(
                Integer.parseInt(properties.getProperty("port")), properties.getProperty("adminPassword"), folder);
        Optional<ProcessHandle> watchdog = watchdog(folder);
        if (watchdog.isEmpty()) {
            // only a server that its watchdog will stop is worth sharing
            return null;
        }
        // a server whose watchdog runs may still be starting, or only slow to answer (2 cores under load): give it the
        // time a start may take before starting another in the same folder, which would share its data
        try {
            await().atMost(START_TIMEOUT)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(250))
                    .pollInSameThread()
                    .until(() -> server.answers() || !watchdog.get().isAlive());
        } catch (ConditionTimeoutException hung) {
            // alive but not answering for minutes: stop the watchdog and all it started, so that a new server has the
            // folder to itself
            ProcessTree.kill(watchdog.get());
            return null;
        }
        // the watchdog takes server.properties away before it stops the server: then it is no longer ours
        return Files.isRegularFile(settings) && watchdog.get().isAlive() ? server : null;
    }

    /** The watchdog shell of the folder's last server, if it still runs. */
    private static Optional<ProcessHandle> watchdog(Path folder) throws IOException {
        Path pid = folder.resolve("pid");
        if (!Files.isRegularFile(pid)) {
            return Optional.empty();
        }
        try {
            // the same pid may have gone to another process since: only a shell started for this folder counts
            return ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info()
                            .commandLine()
                            .filter(line -> line.contains(folder.toString()))
                            .isPresent());
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether a Keycloak answers on the port and lets its administrator in with the password this folder holds. */
    private boolean answers() {
        try {
            HttpRequest adminToken = KeycloakTokens.masterAdmin("http://localhost:" + port, adminPassword);
            return HTTP.send(adminToken, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notThere) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SharedKeycloakServer start(Path folder, Path distribution, List<String> jvmOptions, Path denyLists)
            throws IOException {
        Path home = KeycloakDistribution.prepareHome(folder.resolve("home"), distribution, denyLists);
        int port = FreePorts.take();
        String adminPassword = randomSecret();
        List<String> command = new ArrayList<>(List.of(
                "setsid",
                "/bin/sh",
                "-c",
                WATCHDOG,
                "test-keycloak",
                folder.toString(),
                String.valueOf(IDLE_STOP.toSeconds())));
        command.addAll(KeycloakDistribution.devServer(distribution, home, port, FreePorts.take(), OPTIONS));
        ChildProcess watchdog = ChildProcess.launch(
                "the shared test Keycloak",
                command,
                KeycloakDistribution.environment(adminPassword, jvmOptions),
                folder.resolve("keycloak.log"),
                HealthCheck.http("http://localhost:" + port + "/realms/master/.well-known/openid-configuration"),
                Duration.ofSeconds(20),
                true);
        SharedKeycloakServer server = new SharedKeycloakServer(port, adminPassword, folder);
        // at once, not once it answers: a JVM that comes while this one waits (or after this one died waiting) finds
        // the starting server and its watchdog, and waits for it rather than starting another in the same folder
        Properties properties = new Properties();
        properties.setProperty("port", String.valueOf(port));
        properties.setProperty("adminPassword", adminPassword);
        Path written = folder.resolve("server.properties.new");
        try (Writer writer = Files.newBufferedWriter(written)) {
            properties.store(writer, "the shared test Keycloak (infra/test-support SharedKeycloakServer)");
        }
        written.toFile().setReadable(false, false);
        written.toFile().setReadable(true, true);
        Files.move(
                written,
                folder.resolve("server.properties"),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        watchdog.awaitHealthy(START_TIMEOUT);
        return server;
    }

    /**
     * Touches the lease now and every few seconds while this JVM runs, so that the watchdog leaves the server up. A
     * touch that fails is reported and tried again at the next turn (an exception would end the schedule silently).
     */
    private static void keepLease(Path folder) {
        touch(folder.resolve("lease"));
        ScheduledExecutorService toucher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "test-keycloak-lease");
            thread.setDaemon(true);
            return thread;
        });
        toucher.scheduleAtFixedRate(
                () -> {
                    try {
                        touch(folder.resolve("lease"));
                    } catch (RuntimeException failed) {
                        System.err.println("test Keycloak: could not touch its lease in " + folder + ": " + failed);
                    }
                },
                LEASE_TOUCH.toSeconds(),
                LEASE_TOUCH.toSeconds(),
                TimeUnit.SECONDS);
    }

    private static void touch(Path lease) {
        try {
            if (!Files.exists(lease)) {
                Files.createFile(lease);
            }
            Files.setLastModifiedTime(lease, FileTime.from(Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(Path distribution, List<String> jvmOptions, Path denyLists) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((distribution + "\n" + String.join(" ", jvmOptions) + "\n" + String.join(" ", OPTIONS) + "\n"
                            + WATCHDOG + "\n"
                            + System.getProperty("java.home"))
                    .getBytes(StandardCharsets.UTF_8));
            try (var files = Files.list(denyLists)) {
                for (Path list : files.sorted().toList()) {
                    digest.update(list.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(list));
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
