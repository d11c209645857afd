package org.skillalliance.member.invitation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak's admin API answers and as whom member-service calls it, under {@code skillalliance.keycloak.admin}
 * (how patiently: the {@code keycloak-admin} HTTP client and Resilience4j instances of application.yml).
 *
 * @param baseUrl        Keycloak's address (without {@code /realms/...}), as member-service reaches it
 * @param realm          the realm whose users are created
 * @param clientId       member-service's confidential client, whose service account may manage the realm's users
 * @param clientSecret   its secret ({@code MEMBER_SERVICE_CLIENT_SECRET}); blank: invitations answer 503
 */
@ConfigurationProperties("skillalliance.keycloak.admin")
public record KeycloakAdminProperties(String baseUrl, String realm, String clientId, String clientSecret) {

    public KeycloakAdminProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8180" : stripSlash(baseUrl.trim());
        realm = realm == null || realm.isBlank() ? "skill-alliance" : realm;
        clientId = clientId == null || clientId.isBlank() ? "member-service" : clientId;
        clientSecret = clientSecret == null || clientSecret.isBlank() ? null : clientSecret;
    }

    public boolean hasSecret() {
        return clientSecret != null;
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "KeycloakAdminProperties[baseUrl=" + baseUrl + ", realm=" + realm + ", clientId=" + clientId
                + ", clientSecret=" + (hasSecret() ? "set" : "absent") + "]";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
