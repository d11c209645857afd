package org.skillalliance.gateway;

import java.security.Principal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A token bucket per client (the token's authorised party and subject: one person or one funder system), after
 * authentication: a client over its burst gets 429 problem+json with {@code Retry-After} in seconds.
 *
 * <p>The buckets live in this gateway instance; with several instances behind a balancer a client's allowance
 * multiplies by their number (docs/gateway.md), which is acceptable for protecting the services from a runaway client.
 */
@Component
@Order(0) // after Spring Security's filter chain (order -100), so the caller is known
class RateLimitFilter implements WebFilter {

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perSecond;
    private final int burst;

    RateLimitFilter(GatewayProperties properties) {
        this.perSecond = properties.rateLimit().requestsPerSecond();
        this.burst = properties.rateLimit().burst();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .map(RateLimitFilter::clientOf)
                .flatMap(client -> {
                    long waitMillis = buckets.computeIfAbsent(client, c -> new Bucket(burst)).take(perSecond, burst);
                    if (waitMillis == 0) {
                        return chain.filter(exchange).thenReturn(true);
                    }
                    long seconds = Math.max(1, (waitMillis + 999) / 1000);
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
                    return Problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            "Too many requests", "this client sent more than " + burst + " requests at once; retry in "
                                    + seconds + " s").thenReturn(true);
                })
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(true)))
                .then();
    }

    private static String clientOf(Principal principal) {
        if (principal instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getClaimAsString("azp") + "/" + jwt.getToken().getSubject();
        }
        if (principal instanceof OAuth2AuthenticationToken session && session.getPrincipal() instanceof OidcUser person) {
            // a browser session: the same bucket as the person's own bearer tokens (same azp and sub)
            return person.getIdToken().getAuthorizedParty() + "/" + person.getSubject();
        }
        return principal.getName();
    }

    /** Tokens refill continuously at {@code perSecond}, up to {@code burst}. */
    private static final class Bucket {
        private double tokens;
        private long updatedNanos = System.nanoTime();

        Bucket(int burst) {
            this.tokens = burst;
        }

        /** Takes a token and answers 0, or answers how many milliseconds until one is there. */
        synchronized long take(double perSecond, int burst) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - updatedNanos) / 1e9 * perSecond);
            updatedNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond * 1000);
        }
    }
}
