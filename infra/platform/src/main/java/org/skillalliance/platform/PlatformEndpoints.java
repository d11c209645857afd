package org.skillalliance.platform;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a running platform answers: the gateway (the one door for API calls), Keycloak and its realm, and each service
 * directly (for health and diagnostics only; clients go through the gateway).
 *
 * @param services   service name ({@code member-service}, ...) to its base address
 * @param management service name, and {@code gateway}, to the base address of its management server, where actuator
 *                   answers ({@code /actuator/prometheus}: what Prometheus scrapes)
 */
public record PlatformEndpoints(
        URI gateway, URI keycloak, String realm, Map<String, URI> services, Map<String, URI> management) {

    public PlatformEndpoints {
        services = Map.copyOf(services);
        management = Map.copyOf(management);
    }

    /**
     * Where a platform started with these settings answers (by {@link Platform#start} or by {@code ./alliance up} in
     * another process: the addresses follow from the ports alone).
     */
    public static PlatformEndpoints of(PlatformSettings settings) {
        Map<String, URI> services = new LinkedHashMap<>();
        Map<String, URI> management = new LinkedHashMap<>();
        for (ServiceJar service : ServiceJar.values()) {
            if (service != ServiceJar.GATEWAY) {
                services.put(service.module(), URI.create(service.baseUrl(settings)));
            }
            management.put(service.module(), URI.create(service.managementUrl(settings)));
        }
        return new PlatformEndpoints(
                URI.create(ServiceJar.GATEWAY.baseUrl(settings)),
                URI.create(KeycloakServer.baseUrl(settings.port(PortSetting.KEYCLOAK))),
                KeycloakServer.REALM,
                services,
                management);
    }

    /** Without management addresses. */
    public PlatformEndpoints(URI gateway, URI keycloak, String realm, Map<String, URI> services) {
        this(gateway, keycloak, realm, services, Map.of());
    }

    /** The Prometheus scrape of a service or the gateway: {@code <management address>/actuator/prometheus}. */
    public URI metrics(String part) {
        URI base = management.get(part);
        if (base == null) {
            throw new IllegalArgumentException("no management address of " + part + "; known: " + management.keySet());
        }
        return URI.create(base + "/actuator/prometheus");
    }

    /** The issuer every service and the gateway trust. */
    public String issuer() {
        return keycloak + "/realms/" + realm;
    }

    /** Where people and machine clients get their tokens. */
    public URI tokenEndpoint() {
        return URI.create(issuer() + "/protocol/openid-connect/token");
    }
}
