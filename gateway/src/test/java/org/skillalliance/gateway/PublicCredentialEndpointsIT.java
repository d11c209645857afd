package org.skillalliance.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ApiClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The credentials' public endpoints reach curriculum-service with neither a token nor a session (nor a CSRF token):
 * the issuer's key set, a status list and the verification, each by its own method only; revoking a credential and
 * any other credentials path or method stay behind the sign-in (401, and the service sees nothing).
 */
class PublicCredentialEndpointsIT extends GatewayInFrontOfStandInsIT {

    @LocalServerPort
    int port;

    @Test
    void theKeySetStatusListsAndVerificationPassWithoutTokenOrSession() {
        String marker = "probe=" + UUID.randomUUID();
        String keySet = "/api/credentials/issuer/jwks.json?" + marker;
        String statusList = "/api/credentials/status-lists/7?" + marker;
        String verify = "/api/credentials/verify?" + marker;

        assertThat(client().get(keySet).status()).isEqualTo(200);
        assertThat(client().get(statusList).status()).isEqualTo(200);
        ApiClient.Response verified = client().post(verify, "text/plain", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);

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

        ApiClient.Response revoked =
                client().post(revocation, java.util.Map.of("workplaceLearningId", UUID.randomUUID()));
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client().get(verifyByGet).status()).isEqualTo(401);
        assertThat(client().post(statusListPosted, "text/plain", "x").status()).isEqualTo(401);
        assertThat(client().post(keySetPosted, "text/plain", "x").status()).isEqualTo(401);

        assertThat(reached(revocation)).isFalse();
        assertThat(reached(verifyByGet)).isFalse();
        assertThat(reached(statusListPosted)).isFalse();
        assertThat(reached(keySetPosted)).isFalse();
    }

    /** A bearer token that is not valid is refused on the public paths too: a token is judged wherever it is sent. */
    @Test
    void anInvalidTokenIsRefusedEvenOnThePublicPaths() {
        String keySet = "/api/credentials/issuer/jwks.json?probe=" + UUID.randomUUID();
        ApiClient.Response refused = client().withToken("not-a-token").get(keySet);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(reached(keySet)).isFalse();
    }

    private boolean reached(String pathAndQuery) {
        return SERVICES.get("curriculum").received().stream()
                .anyMatch(r -> r.uri().equals(pathAndQuery));
    }

    private ApiClient client() {
        return ApiClient.onPort(port);
    }
}
