package org.skillalliance.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A token bucket per client (the token's authorised party and subject: one person or one funder system), after
 * authentication: a client over its burst gets 429 problem+json with {@code Retry-After} in seconds. The buckets are
 * Bucket4j's (capacity {@code burst}, refilled greedily at {@code requestsPerSecond}); they are kept in a Caffeine
 * cache that forgets a client's bucket once it has been idle long enough to be full again, where a new one is the same.
 *
 * <p>Anonymous requests pass uncounted, except to the credentials' public endpoints ({@link PublicCredentialEndpoints}:
 * the key set, the status lists and the verification), which anyone may call and which cost the service a signature
 * check or a signed list each: those are counted in a bucket per remote address, with the same burst and rate as a
 * client's (behind a proxy that hides the callers' addresses, all anonymous callers share one bucket).
 *
 * <p>The buckets live in this gateway instance; with several instances behind a balancer a client's allowance
 * multiplies by their number (docs/gateway.md), which is acceptable for protecting the services from a runaway client.
 */
@Component
@Order(0) // after Spring Security's filter chain (order -100), so the caller is known
class RateLimitFilter implements WebFilter {

    private final Cache<String, Bucket> buckets;
    private final Bandwidth perClient;
    private final int burst;

    RateLimitFilter(GatewayProperties properties) {
        int perSecond = properties.rateLimit().requestsPerSecond();
        this.burst = properties.rateLimit().burst();
        this.perClient = Bandwidth.builder()
                .capacity(burst)
                .refillGreedy(perSecond, Duration.ofSeconds(1))
                .build();
        Duration fullAgain = Duration.ofSeconds(Math.ceilDiv(burst, perSecond));
        this.buckets = Caffeine.newBuilder().expireAfterAccess(fullAgain).build();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .map(RateLimitFilter::clientOf)
                .switchIfEmpty(Mono.defer(() -> anonymousPublicCaller(exchange)))
                .flatMap(client -> {
                    ConsumptionProbe taken = buckets.get(
                                    client,
                                    c -> Bucket.builder().addLimit(perClient).build())
                            .tryConsumeAndReturnRemaining(1);
                    if (taken.isConsumed()) {
                        return chain.filter(exchange).thenReturn(true);
                    }
                    long seconds = Math.max(1, Math.ceilDiv(taken.getNanosToWaitForRefill(), 1_000_000_000L));
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
                    return Problems.write(
                                    exchange.getResponse(),
                                    HttpStatus.TOO_MANY_REQUESTS,
                                    "rate-limited",
                                    "Too many requests",
                                    "this client sent more than " + burst + " requests at once; retry in " + seconds
                                            + " s")
                            .thenReturn(true);
                })
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(true)))
                .then();
    }

    /** The remote address of an anonymous request to a public credentials endpoint; empty for any other. */
    private static Mono<String> anonymousPublicCaller(ServerWebExchange exchange) {
        return PublicCredentialEndpoints.MATCHER
                .matches(exchange)
                .filter(ServerWebExchangeMatcher.MatchResult::isMatch)
                .map(match -> {
                    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
                    return "anonymous@"
                            + (remote == null || remote.getAddress() == null
                                    ? "unknown"
                                    : remote.getAddress().getHostAddress());
                });
    }

    private static String clientOf(Principal principal) {
        if (principal instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getClaimAsString("azp") + "/" + jwt.getToken().getSubject();
        }
        if (principal instanceof OAuth2AuthenticationToken session
                && session.getPrincipal() instanceof OidcUser person) {
            // a browser session: the same bucket as the person's own bearer tokens (same azp and sub)
            return person.getIdToken().getAuthorizedParty() + "/" + person.getSubject();
        }
        return principal.getName();
    }
}
