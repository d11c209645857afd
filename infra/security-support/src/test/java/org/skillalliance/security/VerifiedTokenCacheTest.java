package org.skillalliance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Real RS256 tokens against the services' cache: each distinct token's signature is verified once, and a tampered,
 * expired, revoked or foreign token is refused though a valid one is cached.
 */
class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(5);
    private static final String ISSUER = "https://realm.test/realms/skill-alliance";
    private static final KeyPair KEYS = rsaKeys();

    /** The expiry check's clock, moved by a test; the cache itself reads a fixed one. */
    private final JwtTimestampValidator expiry = new JwtTimestampValidator(SKEW);

    private final Set<String> revokedClients = new HashSet<>();
    private final List<String> signaturesChecked = new ArrayList<>();
    private final VerifiedTokenCache cache = cache(10);

    @Test
    void aTokenIsVerifiedOnceAndThenTakenWhileEveryCheckPasses() {
        String token = token("client-a", ISSUER);

        assertThat(cache.decode(token).getSubject()).isEqualTo("client-a");
        assertThat(cache.decode(token).getSubject()).isEqualTo("client-a");
        expiry.setClock(Clock.fixed(NOW.plusSeconds(300), ZoneOffset.UTC));
        assertThat(cache.decode(token).getSubject()).isEqualTo("client-a");

        assertThat(signaturesChecked).containsExactly(token);
    }

    @Test
    void aTamperedTokenIsRefusedThoughItsGenuineTwinIsCached() {
        String token = token("client-a", ISSUER);
        cache.decode(token);
        String[] parts = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("client-a", "client-b")
                        .getBytes(StandardCharsets.UTF_8));
        String signature = parts[2];
        String flipped =
                signature.substring(0, signature.length() - 4) + (signature.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThatThrownBy(() -> cache.decode(parts[0] + "." + otherPayload + "." + parts[2]))
                .isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode(parts[0] + "." + parts[1] + "." + flipped))
                .isInstanceOf(BadJwtException.class);
        // a refused token is never kept: it is checked, and refused, every time
        assertThatThrownBy(() -> cache.decode(parts[0] + "." + parts[1] + "." + flipped))
                .isInstanceOf(BadJwtException.class);
        assertThat(signaturesChecked).hasSize(4);
    }

    @Test
    void aCachedTokenIsRefusedOnceExpiredThoughStillInTheCache() {
        String token = token("client-a", ISSUER);
        cache.decode(token);

        expiry.setClock(Clock.fixed(NOW.plusSeconds(300 + 6), ZoneOffset.UTC));

        assertThatThrownBy(() -> cache.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(signaturesChecked).containsExactly(token);
    }

    @Test
    void aCachedTokenIsRefusedTheMomentItsClientIsRevoked() {
        String token = token("client-a", ISSUER);
        cache.decode(token);

        revokedClients.add("client-a");

        assertThatThrownBy(() -> cache.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessage("An error occurred while attempting to decode the Jwt: the token's client client-a was"
                        + " revoked");
        assertThat(signaturesChecked).containsExactly(token);
    }

    @Test
    void aGenuineTokenOfAnotherIssuerIsRefusedAndNeverKept() {
        cache.decode(token("client-a", ISSUER));
        String foreign = token("client-a", "https://elsewhere.test/realms/other");

        assertThatThrownBy(() -> cache.decode(foreign)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> cache.decode(foreign)).isInstanceOf(JwtValidationException.class);
        assertThat(signaturesChecked).hasSize(3);
    }

    @Test
    void aFullCacheEvictsRatherThanGrowing() {
        VerifiedTokenCache small = cache(2);
        List<String> tokens = List.of("a", "b", "c", "d", "e").stream()
                .map(client -> token(client, ISSUER))
                .toList();

        tokens.forEach(small::decode);
        tokens.forEach(small::decode);

        // at most two of the five were kept, so at least three are verified a second time
        assertThat(signaturesChecked).hasSizeGreaterThanOrEqualTo(5 + 3);
    }

    private VerifiedTokenCache cache(int capacity) {
        NimbusJwtDecoder realm =
                NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        realm.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        expiry.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        JwtDecoder signature = token -> {
            signaturesChecked.add(token);
            return realm.decode(token);
        };
        OAuth2TokenValidator<Jwt> revoked = jwt -> revokedClients.contains(jwt.getClaimAsString("azp"))
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error(
                        "invalid_token", "the token's client " + jwt.getClaimAsString("azp") + " was revoked", null))
                : OAuth2TokenValidatorResult.success();
        return new VerifiedTokenCache(
                signature,
                new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(ISSUER), revoked),
                capacity,
                SKEW,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A token of this client, issued at NOW for 5 minutes, signed with the test realm's key. */
    private static String token(String client, String issuer) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader(JWSAlgorithm.RS256),
                    new JWTClaimsSet.Builder()
                            .subject(client)
                            .claim("azp", client)
                            .issuer(issuer)
                            .issueTime(Date.from(NOW))
                            .expirationTime(Date.from(NOW.plusSeconds(300)))
                            .build());
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
