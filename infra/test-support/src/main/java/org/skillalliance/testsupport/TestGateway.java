package org.skillalliance.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skillalliance.launcher.FreePorts;

/**
 * The real gateway, from its packaged jar, in front of a service a test runs: so a test can send its calls through the
 * one door clients use (token checks at the gateway, then again in the service), as the authorisation matrices
 * ask. It trusts the test JVM's Keycloak; the other services' routes point at a closed port.
 *
 * <p>The rate limit is raised far above what a test sends, so that only authorisation decides a cell. One gateway per
 * service address per JVM, stopped when the JVM exits.
 */
public final class TestGateway {

    private static final Map<String, ServiceProcess> RUNNING = new ConcurrentHashMap<>();
    private static final Map<String, String> ROUTE_VARIABLES = Map.of(
            "member-service",
            "MEMBER_URL",
            "curriculum-service",
            "CURRICULUM_URL",
            "funding-service",
            "FUNDING_URL",
            "reporting-service",
            "REPORTING_URL");

    private TestGateway() {}

    /**
     * The gateway's base address, routing {@code service}'s paths to {@code servicePort} on loopback.
     *
     * @param service one of {@code member-service}, {@code curriculum-service}, {@code funding-service},
     *                {@code reporting-service}
     */
    public static String inFrontOf(String service, int servicePort) {
        String variable = ROUTE_VARIABLES.get(service);
        if (variable == null) {
            throw new IllegalArgumentException(
                    "no gateway route for " + service + "; known: " + ROUTE_VARIABLES.keySet());
        }
        ServiceProcess gateway = RUNNING.computeIfAbsent(service + ":" + servicePort, key -> {
            int nobody = FreePorts.take();
            List<String> properties = new ArrayList<>();
            ROUTE_VARIABLES.forEach((name, routeVariable) -> properties.add(
                    routeVariable + "=http://localhost:" + (name.equals(service) ? servicePort : nobody)));
            properties.addAll(List.of(
                    "KEYCLOAK_ISSUER=" + TestKeycloak.instance().issuer(),
                    "RATE_LIMIT_PER_SECOND=100000",
                    "RATE_LIMIT_BURST=100000",
                    "SERVICE_TIMEOUT=30s",
                    "logging.level.root=WARN"));
            ServiceProcess started = ServiceProcess.start("gateway", jar(), properties.toArray(String[]::new));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-gateway-stop"));
            return started;
        });
        return gateway.baseUrl();
    }

    /** {@code gateway/target/gateway-<version>.jar} above the working folder (the build packages it first). */
    static Path jar() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            Path target = dir.resolve("gateway").resolve("target");
            if (Files.isDirectory(target)) {
                try (var files = Files.list(target)) {
                    return files.filter(p -> p.getFileName().toString().matches("gateway-.*\\.jar"))
                            .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("no gateway jar in " + target
                                    + ": package the gateway first (./mvnw -pl gateway package)"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("gateway/target not found above "
                + Path.of("").toAbsolutePath() + ": package the gateway first (./mvnw -pl gateway package)");
    }
}
