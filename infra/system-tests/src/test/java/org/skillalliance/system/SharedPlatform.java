package org.skillalliance.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.skillalliance.platform.LocalPlatform;

/**
 * One whole platform, started by {@code ./alliance up} itself ({@link LocalPlatform}: the script as a person types
 * it, on free ports, in a temporary folder), for every test class of the JVM that asks for a {@link LocalPlatform}
 * parameter: started by the first, stopped with {@code ./alliance stop} when the test run ends (it lives in JUnit's
 * root store, which closes it after the last class) unless {@code AllianceUpStopIT}, the last class, stopped it
 * already. A platform start takes about two minutes on 2 cores; the classes that only drive the platform through its
 * APIs share one, and the check of the command itself needs no platform of its own. Tests that kill or restart parts
 * start their own (infra/process-tests).
 *
 * <p>Classes run in their {@code @Order} (junit-platform.properties): those that check exact figures of a fresh
 * platform come first, those that write arbitrary accepted requests last (docs/testing.md, "System tests").
 */
public final class SharedPlatform implements ParameterResolver {

    /**
     * The gateway's rate limit (20 a second, 40 at once, per person) would answer most of the hostile-input test's
     * requests with 429, and its 5 s timeout a slow answer on a loaded build machine with 503: that test needs the
     * services' own answers. Likewise member-service's time limits on Keycloak's admin API (5 s a call, 10 s in all):
     * Keycloak sends each invitation's email while the call waits, which on a 2-core machine busy with other builds
     * took longer (the demo seed's invitations answered 503). No class on the shared platform checks the limits or the
     * timeouts (the gateway's and member-service's own tests do).
     */
    static final Map<String, String> TIME_LIMITS_OUT_OF_THE_WAY = Map.of(
            "RATE_LIMIT_PER_SECOND", "1000000",
            "RATE_LIMIT_BURST", "1000000",
            "SERVICE_TIMEOUT", "30s",
            "SKILLALLIANCE_KEYCLOAK_ADMIN_CALL_TIMEOUT", "20s",
            "SKILLALLIANCE_KEYCLOAK_ADMIN_OVERALL_TIMEOUT", "30s");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalPlatform.class;
    }

    @Override
    public LocalPlatform resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Attempt.class, key -> Attempt.start(), Attempt.class)
                .platform();
    }

    /**
     * The one start and how it went: a platform that did not start fails every class that asks for it with the same
     * cause, at once, instead of being started again for each (about five minutes each before the start gives up).
     */
    private record Attempt(Started started, RuntimeException failure) implements AutoCloseable {

        static Attempt start() {
            try {
                return new Attempt(Started.start(), null);
            } catch (RuntimeException e) {
                return new Attempt(null, e);
            }
        }

        LocalPlatform platform() {
            if (failure != null) {
                throw new IllegalStateException("the shared platform did not start", failure);
            }
            if (started.platform().stopped()) {
                // AllianceUpStopIT stops it and comes last (@Order(Integer.MAX_VALUE)); a class after it has none
                throw new IllegalStateException("the shared platform was stopped already, by AllianceUpStopIT; a class"
                        + " that needs it must come before it (a lower @Order)");
            }
            return started.platform();
        }

        @Override
        public void close() throws IOException {
            if (started != null) {
                started.close();
            }
        }
    }

    /** The platform and its work folder, both gone when JUnit closes the root store. */
    private record Started(LocalPlatform platform, Path workFolder) implements AutoCloseable {

        static Started start() {
            Instant began = Instant.now();
            Path workFolder;
            try {
                workFolder = Files.createTempDirectory("shared-platform");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LocalPlatform platform = LocalPlatform.inFolder(workFolder, TIME_LIMITS_OUT_OF_THE_WAY);
            // stopped even if the JVM is ended before JUnit closes its store, also during up (failsafe's timeout and
            // Ctrl-C send SIGTERM): ./alliance stop finds what up had started by the work folder
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "shared-platform-stop"));
            // with the local trace collector (--with-tracing): OperabilityIT follows a request in it
            platform.up();
            System.out.println(platform.upOutput());
            System.out.printf(
                    "shared platform started by ./alliance up in %.1f s: %s%n",
                    Duration.between(began, Instant.now()).toMillis() / 1000.0, platform.endpoints());
            return new Started(platform, workFolder);
        }

        @Override
        public void close() throws IOException {
            boolean stoppedByATest = platform.stopped();
            LocalPlatform.Run stop = platform.stop();
            if (stop.exitCode() != 0) {
                // its data stays where the processes left running can still find it, and the run fails
                throw new IllegalStateException("./alliance stop of the shared platform failed (exit code "
                        + stop.exitCode() + "); its folder " + workFolder + " is kept:\n" + stop.output());
            }
            try (Stream<Path> files = Files.walk(workFolder)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
            System.out.println(
                    stoppedByATest
                            ? "shared platform stopped by AllianceUpStopIT"
                            : "shared platform stopped:\n" + stop.output());
        }
    }
}
