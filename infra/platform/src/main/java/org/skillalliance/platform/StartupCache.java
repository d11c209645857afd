package org.skillalliance.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.skillalliance.launcher.JavaCommand;

/**
 * A service jar unpacked into Spring Boot's extracted layout ({@code java -Djarmode=tools -jar x.jar extract}) beside
 * the JVM's class cache made by a training run of it: on JDK 25 and later the ahead-of-time cache
 * ({@code -XX:AOTCacheOutput} / {@code -XX:AOTCache}, JEP 483 and 514: classes loaded and linked, method profiles),
 * on JDK 21 to 24 a dynamic CDS archive ({@code -XX:ArchiveClassesAtExit} / {@code -XX:SharedArchiveFile}). Neither
 * can use classes from inside a fat jar's nested jars, hence the extracted layout. The training run is the service
 * itself started with {@code -Dspring.context.exit=onRefresh}: it builds its whole application context (Flyway, the
 * database pool, Kafka's admin client, the security chain) and exits before it serves anything.
 *
 * <p>Each jar gets its own folder, {@code <root>/<module>-<first 16 hex digits of the jar's SHA-256>-jdk<version>},
 * so a rebuilt jar (other bytes) or another JDK never meets an old cache: it gets a folder of its own, unpacked and
 * trained on its first start. Within the folder the JVM checks the cache again (the JDK's build, the class path's
 * files by size and time) and, should it still not match or be damaged, says so on its log and starts without it
 * ({@code -XX:AOTMode=auto}, {@code -Xshare:auto}, the defaults): a cache never fails a start.
 *
 * <p>The root is shared by every work folder of the user ({@link #defaultRoot()}), so a test's platform in a temporary
 * folder and {@code ./alliance up} train once between them; folders not used for {@link #UNUSED_FOR} are removed.
 * Several launchers may fill the same root at once: each unpacks and trains into a name of its own and moves the
 * result into place in one step.
 */
final class StartupCache {

    /** Ends a training run once the application context is built, before the web server or any listener starts. */
    static final String TRAINING_EXIT = "-Dspring.context.exit=onRefresh";

    /** A folder of another jar or JDK not used for this long is deleted when a module's cache is next looked up. */
    static final Duration UNUSED_FOR = Duration.ofDays(7);

    private final Path folder;
    private final Path application;
    private final Path cache;
    private final int jdkFeature;

    private StartupCache(Path folder, String module, int jdkFeature) {
        this.folder = folder;
        this.application = folder.resolve("application").resolve(module + ".jar");
        this.cache = folder.resolve(module + (jdkFeature >= 25 ? ".aot" : ".jsa"));
        this.jdkFeature = jdkFeature;
    }

    /** {@code ~/.cache/skill-alliance/aot}, beside the unpacked Keycloak distribution. */
    static Path defaultRoot() {
        return Path.of(System.getProperty("user.home"), ".cache", "skill-alliance", "aot");
    }

    /**
     * The cache of {@code jar} (a fat jar named {@code <module>.jar}) for the JDK the children run on (the launcher's
     * own), unpacked first if this jar has never been seen: on return {@link #application()} exists; the cache itself
     * may not yet ({@link #isTrained()}).
     */
    static StartupCache of(Path root, String module, Path jar) {
        return of(root, module, jar, Runtime.version());
    }

    static StartupCache of(Path root, String module, Path jar, Runtime.Version jdk) {
        String name = module + "-" + sha256(jar).substring(0, 16) + "-jdk"
                + jdk.toString().replaceAll("[^0-9A-Za-z.]", "_");
        StartupCache startupCache = new StartupCache(root.resolve(name), module, jdk.feature());
        try {
            Files.createDirectories(root);
            removeUnused(root, module, startupCache.folder);
            if (!Files.isRegularFile(startupCache.application)) {
                startupCache.extract(jar);
            }
            Files.setLastModifiedTime(startupCache.folder, FileTime.from(Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + jar + " into " + startupCache.folder, e);
        }
        return startupCache;
    }

    /** The extracted application jar to run ({@code -jar}); its libraries are in {@code lib/} beside it. */
    Path application() {
        return application;
    }

    /** The cache file: {@code <module>.aot} on JDK 25+, {@code <module>.jsa} before. */
    Path file() {
        return cache;
    }

    boolean isTrained() {
        return Files.isRegularFile(cache);
    }

    /** The JVM options that use the cache, none while it is not trained. */
    List<String> useOptions() {
        if (!isTrained()) {
            return List.of();
        }
        return List.of(jdkFeature >= 25 ? "-XX:AOTCache=" + cache : "-XX:SharedArchiveFile=" + cache);
    }

    /**
     * A training run's JVM options: write the cache to {@code output} (moved into place by {@link #adopt}) when the
     * JVM ends, and end once the application context is built.
     */
    List<String> trainingOptions(Path output) {
        return List.of(
                jdkFeature >= 25 ? "-XX:AOTCacheOutput=" + output : "-XX:ArchiveClassesAtExit=" + output,
                TRAINING_EXIT);
    }

    /** A name of its own in the cache's folder for one training run's output. */
    Path trainingOutput() {
        return folder.resolve("training-" + UUID.randomUUID() + cache.getFileName());
    }

    /**
     * Makes {@code output} the cache if the training run that wrote it ended well and left it; otherwise deletes
     * what it left, and the service starts without a cache (and trains again on its next start).
     *
     * @return true if the cache is now in place
     */
    boolean adopt(Path output, int exitCode) {
        try {
            if (exitCode == 0 && Files.isRegularFile(output) && Files.size(output) > 0) {
                moveIntoPlace(output, cache);
                return true;
            }
            Files.deleteIfExists(output);
            Files.deleteIfExists(output.resolveSibling(output.getFileName() + ".config"));
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the startup cache " + output, e);
        }
    }

    private void extract(Path jar) throws IOException {
        Path staging = folder.resolveSibling(folder.getFileName() + "-" + UUID.randomUUID() + ".partial");
        Path unpacked = staging.resolve("application");
        Files.createDirectories(staging);
        try {
            Process extract = new ProcessBuilder(
                            JavaCommand.java(),
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--destination",
                            unpacked.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(staging.resolve("extract.log").toFile())
                    .start();
            extract.getOutputStream().close();
            if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
                extract.destroyForcibly();
                throw new IOException("java -Djarmode=tools -jar " + jar + " extract failed: "
                        + Files.readString(staging.resolve("extract.log")));
            }
            // the extracted jar is named after the fat jar it came from
            Path extracted = unpacked.resolve(jar.getFileName());
            if (!extracted.equals(unpacked.resolve(application.getFileName()))) {
                Files.move(extracted, unpacked.resolve(application.getFileName()));
            }
            Files.delete(staging.resolve("extract.log"));
            try {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherLauncherWasFaster) {
                Platform.wipe(staging);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unpacking " + jar, e);
        } finally {
            if (Files.exists(staging)) {
                Platform.wipe(staging);
            }
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the module's folders of other jars or JDKs that no start has used for {@link #UNUSED_FOR}. */
    private static void removeUnused(Path root, String module, Path current) throws IOException {
        Instant before = Instant.now().minus(UNUSED_FOR);
        List<Path> unused = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path candidate : folders.toList()) {
                if (!candidate.equals(current)
                        && candidate.getFileName().toString().startsWith(module + "-")
                        && Files.getLastModifiedTime(candidate).toInstant().isBefore(before)) {
                    unused.add(candidate);
                }
            }
        }
        for (Path folder : unused) {
            Platform.wipe(folder);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
