package org.skillalliance.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillalliance.launcher.KeycloakTokens;

/**
 * The token request and the API call {@code ./alliance up} prints for people to copy, and the same two requests made
 * from Java, so that the launcher can check that what it prints works.
 *
 * <p>The token comes from the password grant of the {@code skill-alliance-web} client as the demo user
 * {@code alliance-admin} (password {@code alliance-demo}); both exist only in the demo realm ({@code infra/keycloak/demo}).
 */
public final class SampleCall {

    public static final String CLIENT = "skill-alliance-web";
    public static final String DEMO_USER = "alliance-admin";
    public static final String DEMO_PASSWORD = "alliance-demo";
    public static final String API_PATH = "/api/alliances";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SampleCall() {}

    /** A shell command that stores an access token in {@code $TOKEN}; needs only curl and sed. */
    public static String tokenCommand(PlatformEndpoints endpoints) {
        return "TOKEN=$(curl -s " + endpoints.tokenEndpoint() + " \\\n"
                + "    -d grant_type=password -d client_id=" + CLIENT + " -d username=" + DEMO_USER
                + " -d password=" + DEMO_PASSWORD + " -d scope=openid \\\n"
                + "    | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')";
    }

    /** A call through the gateway with the token of {@link #tokenCommand}. */
    public static String apiCommand(PlatformEndpoints endpoints) {
        return "curl -s -H \"Authorization: Bearer $TOKEN\" " + endpoints.gateway() + API_PATH;
    }

    /** An access token of the demo user, fetched as {@link #tokenCommand} does. */
    public static String demoToken(PlatformEndpoints endpoints) {
        HttpResponse<String> response = send(KeycloakTokens.request(
                endpoints.issuer(), KeycloakTokens.passwordGrant(CLIENT, DEMO_USER, DEMO_PASSWORD)));
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException(
                    "the token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        return token.group(1);
    }

    /** Makes the sample call as {@link #apiCommand} does; returns the status and the start of the body. */
    public static String check(PlatformEndpoints endpoints) {
        String token = demoToken(endpoints);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoints.gateway() + API_PATH))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        String body = response.body().length() > 120 ? response.body().substring(0, 120) + "..." : response.body();
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + API_PATH + " through the gateway answered " + response.statusCode() + ": " + body);
        }
        return response.statusCode() + " " + body;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
