package org.skillalliance.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The credentials' public endpoints reach curriculum-service with neither a token nor a session (nor a CSRF token):
 * the issuer's key set, a status list and the verification, each by its own method only; revoking a credential and
 * any other credentials path or method stay behind the sign-in (401, and the service sees nothing).
 */
class PublicCredentialEndpointsIT extends GatewayInFrontOfStandInsIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theKeySetStatusListsAndVerificationPassWithoutTokenOrSession() {
        String marker = "probe=" + UUID.randomUUID();
        String keySet = "/api/credentials/issuer/jwks.json?" + marker;
        String statusList = "/api/credentials/status-lists/7?" + marker;
        String verify = "/api/credentials/verify?" + marker;

        assertThat(send(get(keySet)).statusCode()).isEqualTo(200);
        assertThat(send(get(statusList)).statusCode()).isEqualTo(200);
        HttpResponse<String> verified = send(post(verify, "text/plain", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);

        assertThat(reached(keySet)).isTrue();
        assertThat(reached(statusList)).isTrue();
        assertThat(reached(verify)).isTrue();
    }

    @Test
    void revokingAndEveryOtherCredentialsCallStillNeedsASignIn() {
        String marker = "probe=" + UUID.randomUUID();
        String revocation = "/api/credentials/revocations?" + marker;
        String verifyByGet = "/api/credentials/verify?" + marker;
        String statusListPosted = "/api/credentials/status-lists/7?" + marker;
        String keySetPosted = "/api/credentials/issuer/jwks.json?" + marker;

        HttpResponse<String> revoked =
                send(post(revocation, "application/json", "{\"workplaceLearningId\":\"" + UUID.randomUUID() + "\"}"));
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(send(get(verifyByGet)).statusCode()).isEqualTo(401);
        assertThat(send(post(statusListPosted, "text/plain", "x")).statusCode()).isEqualTo(401);
        assertThat(send(post(keySetPosted, "text/plain", "x")).statusCode()).isEqualTo(401);

        assertThat(reached(revocation)).isFalse();
        assertThat(reached(verifyByGet)).isFalse();
        assertThat(reached(statusListPosted)).isFalse();
        assertThat(reached(keySetPosted)).isFalse();
    }

    /** A bearer token that is not valid is refused on the public paths too: a token is judged wherever it is sent. */
    @Test
    void anInvalidTokenIsRefusedEvenOnThePublicPaths() {
        String keySet = "/api/credentials/issuer/jwks.json?probe=" + UUID.randomUUID();
        HttpResponse<String> refused = send(get(keySet).header("Authorization", "Bearer not-a-token"));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(reached(keySet)).isFalse();
    }

    private boolean reached(String pathAndQuery) {
        return SERVICES.get("curriculum").received().stream()
                .anyMatch(r -> r.uri().equals(pathAndQuery));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
    }

    private HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
