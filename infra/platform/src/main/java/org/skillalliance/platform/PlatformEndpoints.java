package org.skillalliance.platform;

import java.net.URI;
import java.util.Map;

/**
 * Where a running platform answers: the gateway (the one door for API calls), Keycloak and its realm, and each service
 * directly (for health and diagnostics only; clients go through the gateway).
 *
 * @param services service name ({@code member-service}, ...) to its base address
 */
public record PlatformEndpoints(URI gateway, URI keycloak, String realm, Map<String, URI> services) {

    public PlatformEndpoints {
        services = Map.copyOf(services);
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
