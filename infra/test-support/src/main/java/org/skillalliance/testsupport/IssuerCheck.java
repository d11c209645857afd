package org.skillalliance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves that a service and the gateway in front of it check a token's issuer, not only its signature: a token of the
 * test realm reached by another host name ({@link TestKeycloak#tokenWithAnotherIssuer}) carries the realm's own key id
 * and audience, and only its {@code iss} differs, so nothing but the issuer check can refuse it.
 */
public final class IssuerCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IssuerCheck() {}

    /**
     * A new alliance admin's token from the trusted issuer gets 200 on {@code path}, at the gateway and at the service
     * itself; the same person's token naming another issuer gets 401 at both, saying it is the {@code iss} claim.
     */
    public static void assertAnotherIssuerIsRefused(String gateway, int servicePort, String path) {
        TestKeycloak keycloak = TestKeycloak.instance();
        TestKeycloak.Person admin = keycloak.createPerson("alliance-admin", null);
        String trusted = keycloak.token(admin);
        String otherIssuer = keycloak.tokenWithAnotherIssuer(admin);
        assertThat(TestKeycloak.claims(otherIssuer).path("iss").asString())
                .isEqualTo(keycloak.anotherIssuer())
                .isNotEqualTo(keycloak.issuer());
        assertThat(header(otherIssuer).path("kid").asString())
                .as("signed with the trusted realm's key")
                .isEqualTo(header(trusted).path("kid").asString());
        assertThat(TestKeycloak.claims(otherIssuer).path("aud").toString()).contains(TestKeycloak.AUDIENCE);

        for (ApiClient door : new ApiClient[] {new ApiClient(gateway), ApiClient.onPort(servicePort)}) {
            ApiClient.Response accepted = door.withToken(trusted).get(path);
            assertThat(accepted.status())
                    .as("the trusted issuer's token: " + accepted)
                    .isEqualTo(200);
            ApiClient.Response refused = door.withToken(otherIssuer).get(path);
            assertThat(refused.status())
                    .as("another issuer's token: " + refused)
                    .isEqualTo(401);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asString())
                    .as(refused.toString())
                    .contains("iss");
        }
    }

    private static JsonNode header(String token) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8));
    }
}
