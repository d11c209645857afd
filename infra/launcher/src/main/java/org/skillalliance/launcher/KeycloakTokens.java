package org.skillalliance.launcher;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests to Keycloak's token endpoint, as the launcher, the demo seed and the tests make them: a person's password
 * grant, the bootstrap administrator's token of the {@code master} realm.
 */
public final class KeycloakTokens {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private KeycloakTokens() {}

    /** The form of a password grant (direct access grant) for the client, with the {@code openid} scope. */
    public static Map<String, String> passwordGrant(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return form;
    }

    /** A POST of the form to a realm's token endpoint ({@code <realm address>/protocol/openid-connect/token}). */
    public static HttpRequest request(String realmAddress, Map<String, String> form) {
        return HttpRequest.newBuilder(URI.create(realmAddress + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                .build();
    }

    /**
     * The bootstrap administrator's password grant in the {@code master} realm ({@code admin-cli}): the token of
     * Keycloak's admin API.
     */
    public static HttpRequest masterAdmin(String keycloakBaseUrl, String adminPassword) {
        return request(
                keycloakBaseUrl + "/realms/master",
                passwordGrant("admin-cli", KeycloakDistribution.ADMIN, adminPassword));
    }

    /** {@code application/x-www-form-urlencoded}: names and values URL-encoded, joined by {@code &}. */
    public static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
