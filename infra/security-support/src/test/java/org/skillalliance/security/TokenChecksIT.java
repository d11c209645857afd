package org.skillalliance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.TestKeycloak;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Real tokens of a real Keycloak against a service secured by security-support. */
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenChecksIT {

    static final TestKeycloak KEYCLOAK = TestKeycloak.instance();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("skillalliance.security.issuer", KEYCLOAK::issuer);
    }

    @Test
    void aValidTokenNamesTheCallerItsOrganisationAndRoles() {
        UUID employer = UUID.randomUUID();
        String token = KEYCLOAK.token(KEYCLOAK.createPerson("member-admin", employer));

        ApiClient.Response response = api().withToken(token).get("/api/probe");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("organisationId").asString()).isEqualTo(employer.toString());
        assertThat(response.json().path("roles").toString()).contains("MEMBER_ADMIN");
    }

    @Test
    void missingTamperedUnsignedForeignAndWrongAudienceTokensAre401() {
        String valid = KEYCLOAK.token(KEYCLOAK.createPerson("member-admin", UUID.randomUUID()));
        String[] parts = valid.split("\\.");

        assertUnauthorized(api().get("/api/probe"));
        assertUnauthorized(api().withToken("not-a-jwt").get("/api/probe"));
        // signature of another content
        String otherPayload = encode(TestKeycloak.claims(valid)
                .toString()
                .replaceFirst("\"org_id\":\"[^\"]+\"", "\"org_id\":\"" + UUID.randomUUID() + "\""));
        assertUnauthorized(
                api().withToken(parts[0] + "." + otherPayload + "." + parts[2]).get("/api/probe"));
        // a signature broken in its last characters
        String signature = parts[2];
        String flipped =
                signature.substring(0, signature.length() - 4) + (signature.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertUnauthorized(
                api().withToken(parts[0] + "." + parts[1] + "." + flipped).get("/api/probe"));
        // alg: none
        assertUnauthorized(api().withToken(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".")
                .get("/api/probe"));
        // genuine token of another realm
        assertUnauthorized(api().withToken(KEYCLOAK.foreignRealmToken()).get("/api/probe"));
        // genuine token of this realm that does not name the API
        String noAudience = KEYCLOAK.token(KEYCLOAK.createSystem(UUID.randomUUID(), "funder", false, null));
        assertUnauthorized(api().withToken(noAudience).get("/api/probe"));
    }

    /**
     * The realm reached by another host name (127.0.0.1 instead of localhost) signs with the same key but names itself
     * in {@code iss}: only the issuer check can refuse such a token, since its signature, audience and expiry are good.
     */
    @Test
    void aTokenSignedByTheRealmButNamingAnotherIssuerIs401() {
        TestKeycloak.Person person = KEYCLOAK.createPerson("member-admin", UUID.randomUUID());
        String otherIssuer = KEYCLOAK.tokenWithAnotherIssuer(person);
        assertThat(TestKeycloak.claims(otherIssuer).path("iss").asString())
                .isEqualTo(KEYCLOAK.anotherIssuer())
                .isNotEqualTo(KEYCLOAK.issuer());
        // a decoder that checks the signature against the trusted realm's keys, and nothing else, accepts it
        NimbusJwtDecoder signatureOnly = NimbusJwtDecoder.withJwkSetUri(
                        KEYCLOAK.issuer() + "/protocol/openid-connect/certs")
                .build();
        signatureOnly.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        assertThat(signatureOnly.decode(otherIssuer).getClaimAsStringList("aud"))
                .contains(TestKeycloak.AUDIENCE);
        // the same person's token from the trusted issuer passes, so the refusal below is the issuer's alone
        assertThat(api().withToken(KEYCLOAK.token(person)).get("/api/probe").status())
                .isEqualTo(200);

        ApiClient.Response refused = api().withToken(otherIssuer).get("/api/probe");

        assertUnauthorized(refused);
        assertThat(refused.json().path("detail").asString()).contains("iss");
    }

    @Test
    void anExpiredTokenIs401() {
        String shortLived = KEYCLOAK.token(KEYCLOAK.createSystem(UUID.randomUUID(), "funder", true, 1));
        assertThat(api().withToken(shortLived).get("/api/probe").status()).isIn(200, 401);
        // one second of life and five of tolerated clock skew
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> api().withToken(shortLived).get("/api/probe").status() == 401);
    }

    @Test
    void aMissingRoleIs403AndHealthIsOpen() {
        String token = KEYCLOAK.token(KEYCLOAK.createPerson("member-admin", UUID.randomUUID()));
        ApiClient.Response forbidden = api().withToken(token).get("/api/probe/coordinators");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Content-Type")).startsWith("application/problem+json");
        String coordinator = KEYCLOAK.token(KEYCLOAK.createPerson("coordinator", UUID.randomUUID()));
        assertThat(api().withToken(coordinator).get("/api/probe/coordinators").status())
                .isEqualTo(200);
        assertThat(api().get("/actuator/health").status()).isEqualTo(200);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static void assertUnauthorized(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().path("type").asString()).endsWith("/unauthorized");
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
