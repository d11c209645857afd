package org.skillalliance.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * clock skew): a Caffeine cache whose entries each expire at their own token's expiry. What the cache gives up: a
 * token signed with a key the realm has since withdrawn from its JWKS stays good until it expires, at most the realm's
 * access-token lifespan (5 minutes); the services behind the gateway check every token again anyway. At most
 * {@code capacity} tokens are kept; beyond that Caffeine evicts the ones least likely to be sent again.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(ReactiveJwtDecoder decoder, int capacity, Duration clockSkew, Clock clock) {
        this.decoder = decoder;
        this.verified = Caffeine.newBuilder()
                .maximumSize(capacity)
                .executor(Runnable::run) // evictions on the caller's thread: never more than capacity kept
                .ticker(epochNanos(clock))
                .expireAfter(Expiry.<String, Jwt>writing((token, jwt) ->
                        Duration.between(clock.instant(), jwt.getExpiresAt().plus(clockSkew))))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            return Mono.just(known);
        }
        return decoder.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() != null) {
                verified.put(token, jwt);
            }
        });
    }

    /** The cache's time from the same clock as the tokens' expiry. */
    private static Ticker epochNanos(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
}
