package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillalliance.launcher.ChildProcess;
import org.skillalliance.launcher.JavaCommand;

/**
 * The services' startup cache with a real service jar, the gateway's (it needs neither database nor broker to start):
 * trained once and then used, and a cache that does not match (stale) or is damaged never fails a start. The gateway's
 * jar is packaged before this module's tests (this module depends on it).
 */
class StartupCacheTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path work;

    private PlatformSettings settings;
    private Map<String, String> environment;

    @BeforeEach
    void settings() {
        settings = PlatformSettings.forTests(work).withStartupCaches(work.resolve("aot"));
        environment = ServiceJar.GATEWAY.environment(settings, null, "unused");
    }

    @Test
    void a_jar_is_trained_on_its_first_start_its_cache_used_from_then_on_and_a_stale_one_ignored() throws Exception {
        StartupCache cache = ServiceJar.GATEWAY.startupCache(settings);
        assertThat(cache.isTrained()).isFalse();
        assertThat(cache.useOptions()).isEmpty();

        StartupTraining training =
                ServiceJar.GATEWAY.train(settings, environment).orElseThrow();
        StartupTraining.awaitAll(List.of(training), StartupTraining.TIMEOUT, QUIET, () -> false);

        assertThat(cache.isTrained()).isTrue();
        assertThat(ServiceJar.GATEWAY.train(settings, environment)).isEmpty();
        assertThat(leftoversOfTraining(cache)).isEmpty();
        // the JVM itself, told to insist on the cache, accepts it for this jar
        assertThat(runInsistingOnTheCache(cache)).isZero();
        startsHealthy(cache);

        // stale: the JVM checks each class path jar's size and time against the cache's, and no longer accepts it
        try (Stream<Path> libraries = Files.list(cache.application().resolveSibling("lib"))) {
            for (Path library : libraries.toList()) {
                Files.setLastModifiedTime(library, FileTime.from(Instant.now().plusSeconds(60)));
            }
        }
        assertThat(runInsistingOnTheCache(cache)).isNotZero();
        startsHealthy(cache);
    }

    @Test
    void a_damaged_cache_file_still_starts_the_service() throws IOException {
        StartupCache cache = ServiceJar.GATEWAY.startupCache(settings);
        Files.writeString(cache.file(), "not a cache");

        assertThat(ServiceJar.GATEWAY.train(settings, environment)).isEmpty();
        startsHealthy(cache);
    }

    @Test
    void another_jar_or_another_jdk_gets_a_cache_of_its_own() throws IOException {
        Path jar = ServiceJar.GATEWAY.runningCopy(settings);
        StartupCache current = StartupCache.of(settings.startupCaches(), "gateway", jar);
        Files.writeString(current.file(), "trained");

        StartupCache otherJdk =
                StartupCache.of(settings.startupCaches(), "gateway", jar, Runtime.Version.parse("21.0.9+10"));
        assertThat(otherJdk.file().getParent()).isNotEqualTo(current.file().getParent());
        assertThat(otherJdk.isTrained()).isFalse();
        assertThat(otherJdk.file().getFileName()).hasToString("gateway.jsa");
        assertThat(otherJdk.trainingOptions(otherJdk.trainingOutput()).getFirst())
                .startsWith("-XX:ArchiveClassesAtExit=");

        Path rebuilt = work.resolve("gateway.jar");
        Files.copy(settings.serviceJar("funding-service"), rebuilt);
        StartupCache otherJar = StartupCache.of(settings.startupCaches(), "gateway", rebuilt);
        assertThat(otherJar.file().getParent()).isNotEqualTo(current.file().getParent());
        assertThat(otherJar.isTrained()).isFalse();
        assertThat(otherJar.useOptions()).isEmpty();
    }

    private void startsHealthy(StartupCache cache) {
        ChildProcess gateway = ServiceJar.GATEWAY.launch(settings, environment);
        try {
            assertThat(gateway.handle().info().commandLine().orElseThrow())
                    .contains(cache.useOptions().getFirst());
            gateway.awaitHealthy(Duration.ofMinutes(3));
        } finally {
            gateway.stop();
        }
    }

    /** The exit code of the service's training exit run with the cache required, not merely tried. */
    private int runInsistingOnTheCache(StartupCache cache) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JavaCommand.java()));
        command.addAll(ServiceJar.jvmOptions());
        command.add(Runtime.version().feature() >= 25 ? "-XX:AOTMode=on" : "-Xshare:on");
        command.addAll(cache.useOptions());
        command.addAll(
                List.of(StartupCache.TRAINING_EXIT, "-jar", cache.application().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("insisting.log").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return process.exitValue();
    }

    private static List<Path> leftoversOfTraining(StartupCache cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.file().getParent())) {
            return files.filter(file -> file.getFileName().toString().startsWith("training-"))
                    .toList();
        }
    }
}
