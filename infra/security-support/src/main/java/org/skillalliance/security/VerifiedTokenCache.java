package org.skillalliance.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Verifies each distinct token's signature once, as the gateway does (gateway's {@code VerifiedTokenCache},
 * docs/security.md): a token that {@code signature} parsed and verified and that passed {@code checks} is remembered,
 * by its exact text, until it expires (with the clock skew), and the same token on the next request is not parsed
 * and verified again. Unlike the gateway, every check in {@code checks} (expiry, issuer, audience, revoked clients and
 * whatever a module adds) runs on every request, cached token or not: a check whose verdict changes over time (a
 * token expiring, a client revoked a second ago) answers as without the cache, and the checks are a few claim
 * look-ups, where the signature is an RSA verification and the parse a JSON read.
 *
 * <p>Only tokens that passed everything are kept, so a refused token (one byte changed, another realm's, revoked) is
 * parsed and refused on every request, as before, and cannot crowd out good ones. A token without an expiry is never
 * kept. At most {@code capacity} tokens are kept; beyond that Caffeine evicts the ones least likely to be sent again.
 * What it gives up: a token signed with a key the realm has since withdrawn from its JWKS stays good until it expires,
 * at most the realm's access-token lifespan (5 minutes).
 */
final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder signature;
    private final OAuth2TokenValidator<Jwt> checks;
    private final Cache<String, Jwt> verified;

    /**
     * @param signature parses the token and verifies its signature, and checks nothing else
     * @param checks    the checks every request's token passes, cached or not
     */
    VerifiedTokenCache(
            JwtDecoder signature, OAuth2TokenValidator<Jwt> checks, int capacity, Duration clockSkew, Clock clock) {
        this.signature = signature;
        this.checks = checks;
        this.verified = Caffeine.newBuilder()
                .maximumSize(capacity)
                .executor(Runnable::run) // evictions on the caller's thread: never more than capacity kept
                .expireAfter(Expiry.<String, Jwt>writing((token, jwt) ->
                        Duration.between(clock.instant(), jwt.getExpiresAt().plus(clockSkew))))
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        Jwt jwt = known != null ? known : signature.decode(token);
        OAuth2TokenValidatorResult result = checks.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException(refusal(result.getErrors()), result.getErrors());
        }
        if (known == null && jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** The message NimbusJwtDecoder gives a token its checks refuse, so that a refusal reads as before the cache. */
    private static String refusal(Collection<OAuth2Error> errors) {
        String reason = errors.stream()
                .map(OAuth2Error::getDescription)
                .filter(description -> description != null && !description.isEmpty())
                .findFirst()
                .orElse("Unable to validate Jwt");
        return "An error occurred while attempting to decode the Jwt: " + reason;
    }
}
