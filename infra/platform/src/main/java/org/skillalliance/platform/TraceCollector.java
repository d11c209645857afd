package org.skillalliance.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.skillalliance.launcher.ChildProcess;
import org.skillalliance.launcher.HealthCheck;
import org.skillalliance.launcher.JavaCommand;
import org.skillalliance.launcher.MavenRepository;

/**
 * The local trace collector of {@code ./alliance up --with-tracing}: Zipkin (its executable jar from the local Maven
 * repository, spans kept in memory, UI at {@code http://localhost:9411}) and, in front of it, the OTLP/HTTP receiver
 * ({@link OtlpToZipkin}, port 4318) that the services and the gateway export their spans to.
 */
final class TraceCollector {

    /** What the services and the gateway are told, as Spring Boot reads it, where the collector runs. */
    static final String OTLP_ENDPOINT_VARIABLE = "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT";

    private TraceCollector() {}

    static ChildProcess launchZipkin(PlatformSettings settings) {
        int port = settings.port(PortSetting.ZIPKIN);
        Path jar = zipkinJar();
        List<String> command = List.of(
                JavaCommand.java(),
                PlatformProcesses.marker(settings.workFolder()),
                "-Xms64m",
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString());
        // Zipkin reads its settings from the environment: in-memory storage, bounded, on the platform's port. The bound
        // must fit the heap: 200,000 spans did not fit 256 MB once the hostile-input test had sent its requests (the
        // collector thrashed and timed out every export); 100,000 in 512 MB keeps the newest traces and some room.
        Map<String, String> environment =
                Map.of("QUERY_PORT", Integer.toString(port), "STORAGE_TYPE", "mem", "MEM_MAX_SPANS", "100000");
        return ChildProcess.launch(
                "zipkin",
                command,
                environment,
                settings.logs().resolve("zipkin.log"),
                HealthCheck.http(zipkinUrl(settings) + "/health"),
                Duration.ofSeconds(10),
                false);
    }

    static ChildProcess launchReceiver(PlatformSettings settings) {
        int port = settings.port(PortSetting.OTLP);
        List<String> command = List.of(
                JavaCommand.java(),
                PlatformProcesses.marker(settings.workFolder()),
                "-Xms32m",
                "-Xmx128m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                OtlpToZipkin.class.getName(),
                Integer.toString(port),
                zipkinUrl(settings));
        return ChildProcess.launch(
                "otlp-receiver",
                command,
                Map.of(),
                settings.logs().resolve("otlp-receiver.log"),
                HealthCheck.tcp(port),
                Duration.ofSeconds(5),
                false);
    }

    static String zipkinUrl(PlatformSettings settings) {
        return "http://localhost:" + settings.port(PortSetting.ZIPKIN);
    }

    static String otlpEndpoint(PlatformSettings settings) {
        return "http://localhost:" + settings.port(PortSetting.OTLP) + "/v1/traces";
    }

    private static Path zipkinJar() {
        String version = Versions.zipkin();
        Path jar = MavenRepository.local()
                .resolve("io/zipkin/zipkin-server/" + version + "/zipkin-server-" + version + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new PlatformStartException(jar + " is missing; the launcher's build fetches it from Maven Central:"
                    + " ./mvnw -DskipTests package -pl infra/platform -am");
        }
        return jar;
    }
}
