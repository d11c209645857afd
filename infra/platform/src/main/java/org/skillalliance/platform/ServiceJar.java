package org.skillalliance.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillalliance.launcher.ChildProcess;
import org.skillalliance.launcher.HealthCheck;
import org.skillalliance.launcher.JavaCommand;

/**
 * The four services and the gateway, each run as its own JVM from its packaged jar
 * ({@code <module>/target/<module>-<version>.jar}), configured only through the environment variables its
 * {@code application.yml} reads.
 */
enum ServiceJar {
    MEMBER("member-service", PortSetting.MEMBER, PortSetting.MEMBER_MANAGEMENT, "MEMBER"),
    CURRICULUM("curriculum-service", PortSetting.CURRICULUM, PortSetting.CURRICULUM_MANAGEMENT, "CURRICULUM"),
    FUNDING("funding-service", PortSetting.FUNDING, PortSetting.FUNDING_MANAGEMENT, "FUNDING"),
    REPORTING("reporting-service", PortSetting.REPORTING, PortSetting.REPORTING_MANAGEMENT, "REPORTING"),
    GATEWAY("gateway", PortSetting.GATEWAY, PortSetting.GATEWAY_MANAGEMENT, "GATEWAY");

    /**
     * What every service JVM runs with unless {@code ALLIANCE_SERVICE_JVM_OPTIONS} says otherwise: a modest heap and
     * fast start over peak speed (the quick compiler only), right for a local demo. The benchmark harness runs the
     * services with the optimising compiler instead (docs/performance.md).
     */
    static final List<String> DEMO_JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** Database connections each service keeps unless {@code ALLIANCE_SERVICE_DB_CONNECTIONS} says otherwise. */
    static final int DEMO_CONNECTIONS_PER_SERVICE = 4;

    private final String module;
    private final PortSetting port;
    private final PortSetting managementPort;
    private final String variablePrefix;

    ServiceJar(String module, PortSetting port, PortSetting managementPort, String variablePrefix) {
        this.module = module;
        this.port = port;
        this.managementPort = managementPort;
        this.variablePrefix = variablePrefix;
    }

    /** The Maven module and the process's name: {@code member-service}, ..., {@code gateway}. */
    String module() {
        return module;
    }

    PortSetting port() {
        return port;
    }

    /** Where actuator answers: health, and {@code /actuator/prometheus}. */
    PortSetting managementPort() {
        return managementPort;
    }

    /** The service's database and its owner, named after it ({@code member}); none for the gateway. */
    String database() {
        return this == GATEWAY ? null : module.substring(0, module.indexOf('-'));
    }

    /**
     * Readiness on the service's own port ({@code management.endpoint.health.probes.add-additional-paths}): for a
     * service its database and Kafka answer; the gateway has neither.
     */
    String healthPath() {
        return "/readyz";
    }

    /**
     * The variables this jar reads: its port and its management port; for a service its database, the broker and the realm it trusts; for
     * the gateway where the services are; for curriculum-service where funding-service is; for member-service where
     * Keycloak is and its own client secret there (for invitations); for reporting-service that webhooks may go to
     * localhost.
     */
    Map<String, String> environment(
            PlatformSettings settings, EmbeddedDatabase postgres, String memberServiceClientSecret) {
        Map<String, String> variables = new HashMap<>();
        variables.put(variablePrefix + "_PORT", Integer.toString(settings.port(port)));
        variables.put(variablePrefix + "_MANAGEMENT_PORT", Integer.toString(settings.port(managementPort)));
        variables.put(
                "KEYCLOAK_ISSUER",
                KeycloakServer.baseUrl(settings.port(PortSetting.KEYCLOAK)) + "/realms/" + KeycloakServer.REALM);
        switch (this) {
            case GATEWAY -> {
                for (ServiceJar service : List.of(MEMBER, CURRICULUM, FUNDING, REPORTING)) {
                    variables.put(service.variablePrefix + "_URL", service.baseUrl(settings));
                }
            }
            default -> {
                variables.put(variablePrefix + "_DB_URL", postgres.jdbcUrl(database()));
                variables.put(variablePrefix + "_DB_USER", database());
                variables.put(variablePrefix + "_DB_PASSWORD", database());
                variables.put("KAFKA_BOOTSTRAP", "localhost:" + settings.port(PortSetting.KAFKA));
                // a few connections are plenty for one person's demo; each costs a PostgreSQL process
                variables.put("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", Integer.toString(connectionsPerService()));
            }
        }
        if (this == CURRICULUM) {
            variables.put("FUNDING_URL", FUNDING.baseUrl(settings));
        }
        if (this == REPORTING) {
            // local use: webhooks may go to a receiver on this machine over http (docs/reporting.md "Webhooks")
            variables.put("WEBHOOKS_ALLOW_HTTP", "true");
            variables.put("WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true");
        }
        if (this == MEMBER) {
            variables.put("KEYCLOAK_URL", KeycloakServer.baseUrl(settings.port(PortSetting.KEYCLOAK)));
            variables.put(Platform.MEMBER_SERVICE_CLIENT_SECRET, memberServiceClientSecret);
            variables.put("MAIL_HOST", "localhost");
            variables.put("MAIL_PORT", Integer.toString(settings.port(PortSetting.MAIL)));
            // a learner's export gathers their enrolments, credentials and skill records from curriculum-service
            variables.put("CURRICULUM_URL", CURRICULUM.baseUrl(settings));
        }
        return variables;
    }

    /**
     * The copy of the packaged jar the platform runs ({@code <data>/jars/<module>.jar}), made on the first launch of
     * a start. A JVM loads its classes from its jar while it runs, so running the build's own file would let a
     * rebuild during the run (another terminal's {@code ./mvnw package}) pull the classes from under the service,
     * which then fails in odd places (a listener thread ends without a word). A part started again after a kill runs
     * the same copy, hence the same code as before.
     */
    Path runningCopy(PlatformSettings settings) {
        Path copy = settings.data().resolve("jars").resolve(module + ".jar");
        if (!Files.isRegularFile(copy)) {
            Path built = settings.serviceJar(module);
            if (!Files.isRegularFile(built)) {
                return built;
            }
            try {
                Files.createDirectories(copy.getParent());
                Path partial = copy.resolveSibling(module + ".jar.partial");
                Files.copy(built, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("could not copy " + built + " to " + copy, e);
            }
        }
        return copy;
    }

    String baseUrl(PlatformSettings settings) {
        return "http://localhost:" + settings.port(port);
    }

    /** {@code http://localhost:<management port>}: actuator, {@code /actuator/prometheus} among it. */
    String managementUrl(PlatformSettings settings) {
        return "http://localhost:" + settings.port(managementPort);
    }

    /** Starts the jar; it is healthy once {@link #healthPath()} answers 200. */
    ChildProcess launch(PlatformSettings settings, Map<String, String> environment) {
        return launch(settings, environment, false);
    }

    /**
     * As {@link #launch(PlatformSettings, Map)}; with {@code keepLog} the log of an earlier run is appended to. The
     * service runs from its {@linkplain StartupCache extracted layout}, with its startup cache once one is trained.
     */
    ChildProcess launch(PlatformSettings settings, Map<String, String> environment, boolean keepLog) {
        StartupCache cache = startupCache(settings);
        return start(settings, module, cache, cache.useOptions(), environment, keepLog);
    }

    /**
     * Starts the training run that makes the service's {@linkplain StartupCache startup cache}: the service with the
     * same environment and JVM options, ending once its application context is built; its log is
     * {@code <module>-training.log}. Empty if the cache is trained already.
     */
    Optional<StartupTraining> train(PlatformSettings settings, Map<String, String> environment) {
        StartupCache cache = startupCache(settings);
        if (cache.isTrained()) {
            return Optional.empty();
        }
        Path output = cache.trainingOutput();
        ChildProcess process =
                start(settings, module + "-training", cache, cache.trainingOptions(output), environment, false);
        return Optional.of(new StartupTraining(this, cache, output, process));
    }

    /** The running copy's startup cache, in {@link PlatformSettings#startupCaches()}. */
    StartupCache startupCache(PlatformSettings settings) {
        Path jar = runningCopy(settings);
        if (!Files.isRegularFile(jar)) {
            throw new PlatformStartException(
                    jar + " is missing: build it with ./mvnw -DskipTests package -pl infra/platform -am");
        }
        return StartupCache.of(settings.startupCaches(), module, jar);
    }

    /**
     * Starts a JVM of this service as {@code name} (its log {@code <name>.log}): the platform's marker,
     * {@link #jvmOptions()}, then {@code cacheOptions}, the extracted application jar.
     */
    private ChildProcess start(
            PlatformSettings settings,
            String name,
            StartupCache cache,
            List<String> cacheOptions,
            Map<String, String> environment,
            boolean keepLog) {
        List<String> command = new ArrayList<>();
        command.add(JavaCommand.java());
        command.add(PlatformProcesses.marker(settings.workFolder()));
        command.addAll(jvmOptions());
        command.addAll(cacheOptions);
        command.addAll(List.of("-jar", cache.application().toString()));
        return ChildProcess.launch(
                name,
                command,
                environment,
                settings.logs().resolve(name + ".log"),
                HealthCheck.http(baseUrl(settings) + healthPath()),
                Duration.ofSeconds(40),
                keepLog);
    }

    /** The service JVMs' options: {@code ALLIANCE_SERVICE_JVM_OPTIONS} (split at spaces) if set, else the demo's. */
    static List<String> jvmOptions() {
        String configured = System.getenv("ALLIANCE_SERVICE_JVM_OPTIONS");
        return configured == null || configured.isBlank()
                ? DEMO_JVM_OPTIONS
                : List.of(configured.trim().split("\\s+"));
    }

    /** Each service's database pool: {@code ALLIANCE_SERVICE_DB_CONNECTIONS} if set, else the demo's 4. */
    static int connectionsPerService() {
        String configured = System.getenv("ALLIANCE_SERVICE_DB_CONNECTIONS");
        if (configured == null || configured.isBlank()) {
            return DEMO_CONNECTIONS_PER_SERVICE;
        }
        try {
            int connections = Integer.parseInt(configured.trim());
            if (connections < 1) {
                throw new NumberFormatException();
            }
            return connections;
        } catch (NumberFormatException e) {
            throw new PlatformStartException(
                    "ALLIANCE_SERVICE_DB_CONNECTIONS must be a positive number, not '" + configured + "'", e);
        }
    }
}
