package org.skillalliance.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(5);

    private final List<String> checked = new ArrayList<>();
    /** Stands for the realm's decoder: accepts tokens starting "good", valid for 5 minutes from NOW; refuses others. */
    private final ReactiveJwtDecoder realm = token -> {
        checked.add(token);
        return token.startsWith("good")
                ? Mono.just(Jwt.withTokenValue(token)
                        .header("alg", "RS256")
                        .subject(token)
                        .issuedAt(NOW)
                        .expiresAt(NOW.plusSeconds(300))
                        .build())
                : Mono.error(new BadJwtException("refused: " + token));
    };

    @Test
    void aTokenIsVerifiedOnceAndThenTakenUntilItExpires() {
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokenCache cache = new VerifiedTokenCache(realm, 10, SKEW, clock);

        assertThat(cache.decode("good-1").block().getSubject()).isEqualTo("good-1");
        assertThat(cache.decode("good-1").block().getSubject()).isEqualTo("good-1");
        clock.now = NOW.plusSeconds(304);
        assertThat(cache.decode("good-1").block().getSubject()).isEqualTo("good-1");
        assertThat(checked).containsExactly("good-1");

        // past expiry and skew, the token goes back to the realm's decoder (which would refuse it)
        clock.now = NOW.plusSeconds(305);
        cache.decode("good-1").block();
        assertThat(checked).containsExactly("good-1", "good-1");
    }

    @Test
    void aRefusedTokenIsCheckedEveryTimeAndNeverKept() {
        VerifiedTokenCache cache = new VerifiedTokenCache(realm, 10, SKEW, new MutableClock(NOW));

        assertThatThrownBy(() -> cache.decode("tampered").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("tampered").block()).isInstanceOf(BadJwtException.class);
        assertThat(checked).containsExactly("tampered", "tampered");
    }

    @Test
    void aFullCacheEvictsRatherThanGrowing() {
        VerifiedTokenCache cache = new VerifiedTokenCache(realm, 2, SKEW, new MutableClock(NOW));
        List<String> tokens = List.of("good-a", "good-b", "good-c", "good-d", "good-e");

        tokens.forEach(token -> cache.decode(token).block());
        tokens.forEach(token -> cache.decode(token).block());

        // at most two of the five were kept, so at least three go to the realm's decoder a second time
        assertThat(checked).hasSizeGreaterThanOrEqualTo(5 + 3);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
