package org.skillalliance.client.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OAuth 2.0 client credentials grant (RFC 6749, section 4.4) against the realm's token endpoint: a form POST with
 * the client's id and secret, answered with an access token for the gateway. A funder's system asks for a new one when
 * the last has expired (Keycloak's {@code expires_in}, five minutes by default); the example needs one.
 */
public final class ClientCredentials {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final ObjectMapper json;

    public ClientCredentials(HttpClient http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    /**
     * An access token for the client.
     *
     * @throws ApiProblem with OAuth's {@code error} as title and {@code error_description} as detail when the endpoint
     *     refuses (a wrong secret, a revoked client: 401 {@code invalid_client}), or status 0 when it cannot be reached
     */
    public String accessToken(URI tokenEndpoint, String clientId, String clientSecret) throws ApiProblem {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form)))
                .build();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiProblem(0, "token endpoint unreachable", tokenEndpoint + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiProblem(0, "interrupted", "while asking " + tokenEndpoint + " for a token");
        }
        JsonNode body = parsed(answer.body());
        String token = body.path("access_token").asText("");
        if (answer.statusCode() == 200 && !token.isEmpty()) {
            return token;
        }
        throw new ApiProblem(
                answer.statusCode(),
                "token refused: " + body.path("error").asText("HTTP " + answer.statusCode()),
                body.path("error_description").asText(answer.body()));
    }

    private JsonNode parsed(String body) {
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return json.createObjectNode();
        }
    }

    private static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
