package org.skillalliance.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Verifies each distinct token once: a token the realm's decoder accepted (signature, issuer, audience, expiry) is
 * remembered, by its exact text, until it expires, and the same token on the next request is taken without checking
 * its RS256 signature again. A client sends the same token for minutes, so this spares the gateway parsing and
 * verifying it on every request after the first (docs/performance.md).
 *
 * <p>Only accepted tokens are kept; anything else (another token, one byte changed, an expired one) goes to the
 * decoder and is refused there, as before. A kept token stops being taken the moment it expires (with the decoder's
 * clock skew). What the cache gives up: a token signed with a key the realm has since withdrawn from its JWKS stays
 * good until it expires, at most the realm's access-token lifespan (5 minutes); the services behind the gateway check
 * every token again anyway. At most {@code capacity} tokens are kept; when full, the cache starts again empty.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final int capacity;
    private final Duration clockSkew;
    private final Clock clock;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(ReactiveJwtDecoder decoder, int capacity, Duration clockSkew, Clock clock) {
        this.decoder = decoder;
        this.capacity = capacity;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known != null) {
            if (stillValid(known)) {
                return Mono.just(known);
            }
            verified.remove(token, known);
        }
        return decoder.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    private void remember(String token, Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(token, jwt);
    }

    private boolean stillValid(Jwt jwt) {
        Instant now = clock.instant();
        return now.isBefore(jwt.getExpiresAt().plus(clockSkew))
                && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore().minus(clockSkew)));
    }
}
