package org.skillalliance.member.invitation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak's admin API answers, as whom member-service calls it, and how patiently, under
 * {@code skillalliance.keycloak.admin}.
 *
 * @param baseUrl        Keycloak's address (without {@code /realms/...}), as member-service reaches it
 * @param realm          the realm whose users are created
 * @param clientId       member-service's confidential client, whose service account may manage the realm's users
 * @param clientSecret   its secret ({@code MEMBER_SERVICE_CLIENT_SECRET}); blank: invitations answer 503
 * @param callTimeout    one HTTP attempt (connect and read)
 * @param overallTimeout one guarded step (a token, a role, the user), retries included
 * @param retries        attempts after the first, for reads only (token, role); creating a user is never repeated
 * @param retryBackoff   pause before the first retry, doubling after
 * @param openCircuitFor how long the circuit stays open before it lets a trial call through
 */
@ConfigurationProperties("skillalliance.keycloak.admin")
public record KeycloakAdminProperties(String baseUrl, String realm, String clientId, String clientSecret,
                                      Duration callTimeout, Duration overallTimeout, Integer retries,
                                      Duration retryBackoff, Duration openCircuitFor) {

    public KeycloakAdminProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8180" : stripSlash(baseUrl.trim());
        realm = realm == null || realm.isBlank() ? "skill-alliance" : realm;
        clientId = clientId == null || clientId.isBlank() ? "member-service" : clientId;
        clientSecret = clientSecret == null || clientSecret.isBlank() ? null : clientSecret;
        callTimeout = callTimeout == null ? Duration.ofSeconds(5) : callTimeout;
        overallTimeout = overallTimeout == null ? Duration.ofSeconds(10) : overallTimeout;
        retries = retries == null ? 2 : retries;
        retryBackoff = retryBackoff == null ? Duration.ofMillis(200) : retryBackoff;
        openCircuitFor = openCircuitFor == null ? Duration.ofSeconds(10) : openCircuitFor;
    }

    public boolean hasSecret() {
        return clientSecret != null;
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "KeycloakAdminProperties[baseUrl=" + baseUrl + ", realm=" + realm + ", clientId=" + clientId
                + ", clientSecret=" + (hasSecret() ? "set" : "absent") + ", callTimeout=" + callTimeout
                + ", overallTimeout=" + overallTimeout + ", retries=" + retries + ", retryBackoff=" + retryBackoff
                + ", openCircuitFor=" + openCircuitFor + "]";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
