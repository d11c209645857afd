package org.skillalliance.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.skillalliance.launcher.FreePorts;

/**
 * The real gateway, from its packaged jar, in front of a service a test runs: so a test can send its calls through the
 * one door clients use (token checks at the gateway, then again in the service), as the authorisation matrices
 * ask. It trusts the test JVM's Keycloak; the other services' routes point at a closed port.
 *
 * <p>The rate limit is raised far above what a test sends, so that only authorisation decides a cell. One gateway per
 * service address per JVM, stopped when the JVM exits. A gateway's start takes 20 s of a quiet machine's CPU and over a
 * minute beside other builds; {@link #startInFrontOf} starts it in the background, so a test sets up its data and its
 * callers meanwhile.
 */
public final class TestGateway {

    private static final Map<String, CompletableFuture<ServiceProcess>> RUNNING = new ConcurrentHashMap<>();
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
        try {
            return startInFrontOf(service, servicePort).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * {@link #inFrontOf}, started in the background: the gateway's base address once it is ready (at once for one
     * started before); the future fails as the start does.
     */
    public static CompletableFuture<String> startInFrontOf(String service, int servicePort) {
        if (!ROUTE_VARIABLES.containsKey(service)) {
            throw new IllegalArgumentException(
                    "no gateway route for " + service + "; known: " + ROUTE_VARIABLES.keySet());
        }
        String key = service + ":" + servicePort;
        return RUNNING.computeIfAbsent(key, unused -> {
                    CompletableFuture<ServiceProcess> starting = CompletableFuture.supplyAsync(
                            () -> start(service, servicePort),
                            task -> Thread.ofPlatform()
                                    .name("test-gateway-start")
                                    .daemon()
                                    .start(task));
                    // a start that failed is not remembered: the next class tries again, as before
                    starting.whenComplete((gateway, failure) -> {
                        if (failure != null) {
                            RUNNING.remove(key, starting);
                        }
                    });
                    return starting;
                })
                .thenApply(ServiceProcess::baseUrl);
    }

    private static ServiceProcess start(String service, int servicePort) {
        int nobody = FreePorts.take();
        List<String> properties = new ArrayList<>();
        ROUTE_VARIABLES.forEach((name, routeVariable) ->
                properties.add(routeVariable + "=http://localhost:" + (name.equals(service) ? servicePort : nobody)));
        properties.addAll(List.of(
                "KEYCLOAK_ISSUER=" + TestKeycloak.instance().issuer(),
                "RATE_LIMIT_PER_SECOND=100000",
                "RATE_LIMIT_BURST=100000",
                "SERVICE_TIMEOUT=30s",
                "logging.level.root=WARN"));
        ServiceProcess gateway = ServiceProcess.prepare("gateway", jar(), properties.toArray(String[]::new));
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::close, "test-gateway-stop"));
        gateway.start();
        return gateway;
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
