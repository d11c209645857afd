package org.skillalliance.platform.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.launcher.KeycloakTokens;
import org.skillalliance.platform.Pause;
import org.skillalliance.platform.PlatformEndpoints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client of the platform's public API: every call goes through the gateway with a real access token of the person
 * making it, obtained from Keycloak with the password grant (the demo realm switches it on for
 * {@code skill-alliance-web}) and renewed before it expires.
 *
 * <p>{@link #login} gives a {@link Session} per person, with typed calls that check the expected status and fail with
 * {@link ApiCallFailed} (carrying the problem+json body) otherwise. A 429 from the gateway's rate limit is honoured:
 * the call waits for {@code Retry-After} and is sent again, as a well-behaved client does.
 */
public final class AllianceApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PEOPLE_CLIENT = "skill-alliance-web";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final int RATE_LIMIT_RETRIES = 20;
    /**
     * The password of Keycloak's bootstrap administrator ({@code admin}) on demo and test platforms (KeycloakServer,
     * docker-compose).
     */
    private static final String KEYCLOAK_OPERATOR_PASSWORD = "admin";

    private final PlatformEndpoints endpoints;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String operatorToken;
    private Instant operatorTokenExpires = Instant.EPOCH;

    public AllianceApi(PlatformEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    public PlatformEndpoints endpoints() {
        return endpoints;
    }

    /**
     * Logs a person in (password grant) and returns their session; fails at once when Keycloak refuses the credentials.
     */
    public Session login(String username, String password) {
        Tokens tokens = new Tokens(username, password);
        tokens.accessToken();
        return new Session(this, tokens);
    }

    /**
     * Demo, drill and benchmark platforms only: sets an invited person's password as an operator does in Keycloak's
     * admin console, and marks the email verified with no required action left, acting as the bootstrap administrator
     * of the {@code master} realm that the local platform (KeycloakServer) and docker-compose set up. A real person
     * sets the password through the link of Keycloak's invitation email (which these platforms send too, to their mail
     * server); the demo's people get the known password of the README instead, so that anyone can sign in as them.
     */
    public void setPasswordAsOperator(String username, String password) {
        String token = operatorToken();
        String users = endpoints.keycloak() + "/admin/realms/" + endpoints.realm() + "/users";
        ApiResponse found = exchange(
                "GET",
                "/admin/.../users (operator)",
                HttpRequest.newBuilder(URI.create(users
                                + "?exact=true&briefRepresentation=false&username="
                                + URLEncoder.encode(username.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8)))
                        .timeout(CALL_TIMEOUT)
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build());
        if (found.status() != 200 || found.json().isEmpty()) {
            throw new ApiCallFailed(found, 200);
        }
        String userId = found.json().get(0).path("id").asString();
        ObjectNode credential = JSON.createObjectNode();
        credential.put("type", "password");
        credential.put("value", password);
        credential.put("temporary", false);
        ApiResponse set = exchange(
                "PUT",
                "/admin/.../users/{id}/reset-password (operator)",
                HttpRequest.newBuilder(URI.create(users + "/" + userId + "/reset-password"))
                        .timeout(CALL_TIMEOUT)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(credential)))
                        .build());
        if (set.status() != 204) {
            throw new ApiCallFailed(set, 204);
        }
        ObjectNode user = (ObjectNode) found.json().get(0).deepCopy();
        user.put("emailVerified", true);
        user.putArray("requiredActions");
        ApiResponse updated = exchange(
                "PUT",
                "/admin/.../users/{id} (operator)",
                HttpRequest.newBuilder(URI.create(users + "/" + userId))
                        .timeout(CALL_TIMEOUT)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user)))
                        .build());
        if (updated.status() != 204) {
            throw new ApiCallFailed(updated, 204);
        }
    }

    /** The operator's access token, fetched once and again only when it is about to expire (as people's are). */
    private synchronized String operatorToken() {
        Instant now = Instant.now();
        if (operatorToken != null && now.plus(Tokens.MARGIN).isBefore(operatorTokenExpires)) {
            return operatorToken;
        }
        ApiResponse answer = exchange(
                "POST",
                "/realms/master/.../token (operator)",
                KeycloakTokens.masterAdmin(endpoints.keycloak().toString(), KEYCLOAK_OPERATOR_PASSWORD));
        if (answer.status() != 200) {
            throw new ApiCallFailed(answer, 200);
        }
        operatorToken = answer.json().path("access_token").asString();
        operatorTokenExpires = now.plusSeconds(answer.json().path("expires_in").asLong(0));
        return operatorToken;
    }

    /** A call without any token, as an anonymous client would make it. */
    public ApiResponse anonymous(String method, String path) {
        return send(method, path, null, null, null);
    }

    ApiResponse send(String method, String path, String token, String contentType, byte[] body) {
        return send(method, path, token, contentType, body, Map.of());
    }

    /** As above, with further request headers (they replace the defaults of the same name, such as {@code Accept}). */
    ApiResponse send(
            String method, String path, String token, String contentType, byte[] body, Map<String, String> headers) {
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoints.gateway() + path))
                    .timeout(CALL_TIMEOUT)
                    .header("Accept", "application/json, application/problem+json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::setHeader);
            ApiResponse response = exchange(method, path, request.build());
            if (response.status() != 429 || attempt >= RATE_LIMIT_RETRIES) {
                return response;
            }
            Pause.pause(retryAfter(response));
        }
    }

    private ApiResponse exchange(String method, String path, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(
                    method, path, response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    private static Duration retryAfter(ApiResponse response) {
        try {
            String value = response.header("Retry-After");
            return Duration.ofSeconds(Math.max(1, Long.parseLong(value.trim())));
        } catch (RuntimeException e) {
            return Duration.ofSeconds(1);
        }
    }

    static byte[] json(Object body) {
        return (body instanceof String raw ? raw : JSON.writeValueAsString(body)).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] multipart(String boundary, String field, String filename, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String newBoundary() {
        return "----skillalliance" + UUID.randomUUID();
    }

    /**
     * One person's tokens: a password grant at first, then the refresh token while it lasts (a new password grant when
     * it does not), always renewed 30 s before the access token expires.
     */
    final class Tokens {

        private static final Duration MARGIN = Duration.ofSeconds(30);

        private final String username;
        private final String password;
        private String accessToken;
        private Instant accessExpires = Instant.EPOCH;
        private String refreshToken;
        private Instant refreshExpires = Instant.EPOCH;

        Tokens(String username, String password) {
            this.username = username;
            this.password = password;
        }

        String username() {
            return username;
        }

        synchronized String accessToken() {
            Instant now = Instant.now();
            if (accessToken != null && now.plus(MARGIN).isBefore(accessExpires)) {
                return accessToken;
            }
            JsonNode answer = null;
            if (refreshToken != null && now.plus(MARGIN).isBefore(refreshExpires)) {
                answer = grant(
                        Map.of(
                                "grant_type",
                                "refresh_token",
                                "client_id",
                                PEOPLE_CLIENT,
                                "refresh_token",
                                refreshToken),
                        false);
            }
            if (answer == null) {
                answer = grant(KeycloakTokens.passwordGrant(PEOPLE_CLIENT, username, password), true);
            }
            accessToken = answer.path("access_token").asString();
            accessExpires = now.plusSeconds(answer.path("expires_in").asLong(60));
            refreshToken = answer.path("refresh_token").asString(null);
            refreshExpires = now.plusSeconds(answer.path("refresh_expires_in").asLong(0));
            return accessToken;
        }

        private JsonNode grant(Map<String, String> form, boolean mustSucceed) {
            HttpRequest request = KeycloakTokens.request(endpoints.issuer(), form);
            ApiResponse response = exchange(
                    "POST",
                    endpoints.tokenEndpoint().getPath() + " (" + form.get("grant_type") + " grant for " + username
                            + ")",
                    request);
            if (response.status() == 200) {
                return response.json();
            }
            if (mustSucceed) {
                throw new ApiCallFailed(response, 200);
            }
            return null;
        }
    }
}
