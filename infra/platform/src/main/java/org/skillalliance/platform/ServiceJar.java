package org.skillalliance.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The four services and the gateway, each run as its own JVM from its packaged jar
 * ({@code <module>/target/<module>-<version>.jar}), configured only through the environment variables its
 * {@code application.yml} reads.
 */
enum ServiceJar {

    MEMBER("member-service", PortSetting.MEMBER, "MEMBER"),
    CURRICULUM("curriculum-service", PortSetting.CURRICULUM, "CURRICULUM"),
    FUNDING("funding-service", PortSetting.FUNDING, "FUNDING"),
    REPORTING("reporting-service", PortSetting.REPORTING, "REPORTING"),
    GATEWAY("gateway", PortSetting.GATEWAY, "GATEWAY");

    /** What every service JVM runs with: a modest heap and fast start over peak speed (a local demo). */
    static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** Database connections each service keeps (Hikari's default is 10). */
    static final int CONNECTIONS_PER_SERVICE = 4;

    private final String module;
    private final PortSetting port;
    private final String variablePrefix;

    ServiceJar(String module, PortSetting port, String variablePrefix) {
        this.module = module;
        this.port = port;
        this.variablePrefix = variablePrefix;
    }

    /** The Maven module and the process's name: {@code member-service}, ..., {@code gateway}. */
    String module() {
        return module;
    }

    PortSetting port() {
        return port;
    }

    /** The service's database and its owner, named after it ({@code member}); none for the gateway. */
    String database() {
        return this == GATEWAY ? null : module.substring(0, module.indexOf('-'));
    }

    /** Readiness for a service (its database and Kafka answer); the gateway's health (it has neither). */
    String healthPath() {
        return this == GATEWAY ? "/actuator/health" : "/actuator/health/readiness";
    }

    /**
     * The variables this jar reads: its port; for a service its database, the broker and the realm it trusts; for
     * the gateway where the services are; for curriculum-service where funding-service is; for member-service where
     * Keycloak is and its own client secret there (for invitations).
     */
    Map<String, String> environment(PlatformSettings settings, EmbeddedDatabase postgres, String memberServiceClientSecret) {
        Map<String, String> variables = new HashMap<>();
        variables.put(variablePrefix + "_PORT", Integer.toString(settings.port(port)));
        variables.put("KEYCLOAK_ISSUER", KeycloakServer.baseUrl(settings.port(PortSetting.KEYCLOAK)) + "/realms/"
                + KeycloakServer.REALM);
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
                variables.put("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", Integer.toString(CONNECTIONS_PER_SERVICE));
            }
        }
        if (this == CURRICULUM) {
            variables.put("FUNDING_URL", FUNDING.baseUrl(settings));
        }
        if (this == MEMBER) {
            variables.put("KEYCLOAK_URL", KeycloakServer.baseUrl(settings.port(PortSetting.KEYCLOAK)));
            variables.put(Platform.MEMBER_SERVICE_CLIENT_SECRET, memberServiceClientSecret);
        }
        return variables;
    }

    String baseUrl(PlatformSettings settings) {
        return "http://localhost:" + settings.port(port);
    }

    /** Starts the jar; it is healthy once {@link #healthPath()} answers 200. */
    ChildProcess launch(PlatformSettings settings, Map<String, String> environment) {
        Path jar = settings.serviceJar(module);
        if (!Files.isRegularFile(jar)) {
            throw new PlatformStartException(jar + " is missing: build it with ./mvnw -DskipTests package -pl infra/platform -am");
        }
        List<String> command = new ArrayList<>();
        command.add(JavaCommand.java());
        command.add(PlatformProcesses.marker(settings.workFolder()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString()));
        return ChildProcess.launch(module, command, environment, settings.logs().resolve(module + ".log"),
                HealthCheck.http(baseUrl(settings) + healthPath()), Duration.ofSeconds(40));
    }
}
