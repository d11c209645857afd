package org.skillalliance.gateway.bff;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The session's tokens asked for by one request of a session at a time, so that an expiring access token is renewed
 * once, not once per request. Keycloak rotates refresh tokens: each is good for one use, and a second use of the same
 * one ends the sign-in's session (docs/security.md, "Identity"). The web app sends several requests at once when a page
 * opens; without this, each of them would find the access token about to expire, redeem the same refresh token, and all
 * but the first would sign the person out.
 *
 * <p>A request of a session waits until the request of the same session before it has its token (renewed and saved in
 * the session, or read from it), then reads the session's token itself: by then a fresh one. Asking for a token that
 * needs no renewal takes microseconds, so the queue costs nothing noticeable; requests of different sessions never
 * wait for each other. The sessions live in this gateway's memory, and so does this queue.
 *
 * <p>A turn, once taken, runs to its end even when its request goes away (the browser aborts a fetch, the person leaves
 * the page): a renewal cut off after Keycloak rotated the token but before the new one was saved would leave the
 * session holding a spent refresh token, whose next use ends the sign-in; and a waiting request that left early would
 * let the one behind it renew beside the one still renewing.
 */
final class OneRenewalAtATime implements ReactiveOAuth2AuthorizedClientManager {

    /**
     * How long a request waits for the one before it, at most: longer than a renewal takes (the token endpoint's client
     * gives up after {@code BrowserSessionSecurity.TOKEN_ENDPOINT_TIMEOUT}), so a lost turn never blocks for good.
     */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final ReactiveOAuth2AuthorizedClientManager delegate;
    /** Per session and client registration, the turn of the latest request: done when it has its token. */
    private final ConcurrentMap<String, Mono<Void>> latestTurn = new ConcurrentHashMap<>();

    OneRenewalAtATime(ReactiveOAuth2AuthorizedClientManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<OAuth2AuthorizedClient> authorize(OAuth2AuthorizeRequest request) {
        return exchange(request)
                .flatMap(ServerWebExchange::getSession)
                .map(WebSession::getId)
                .map(sessionId -> Optional.of(sessionId + "/" + request.getClientRegistrationId()))
                // no session (a bearer client's request never comes here): nothing to queue behind
                .defaultIfEmpty(Optional.empty())
                .flatMap(key -> key.isPresent() ? inTurn(key.get(), request) : delegate.authorize(request));
    }

    private Mono<OAuth2AuthorizedClient> inTurn(String key, OAuth2AuthorizeRequest request) {
        return Mono.deferContextual(context -> {
            Sinks.Empty<Void> done = Sinks.empty();
            Mono<Void> myTurn = done.asMono();
            Mono<Void> before = latestTurn.put(key, myTurn);
            Mono<Void> waitForTheOneBefore =
                    before == null ? Mono.empty() : before.timeout(LONGEST_WAIT).onErrorResume(tooLong -> Mono.empty());
            // detached from the caller, with the caller's context (the delegate finds the exchange there)
            return Mono.fromFuture(
                    waitForTheOneBefore
                            .then(Mono.defer(() -> delegate.authorize(request)))
                            .doFinally(signal -> {
                                done.tryEmitEmpty();
                                latestTurn.remove(key, myTurn);
                            })
                            .contextWrite(context)
                            .toFuture(),
                    true);
        });
    }

    /** The request's exchange, as Spring Security's own manager finds it: the request's attribute or the context. */
    private static Mono<ServerWebExchange> exchange(OAuth2AuthorizeRequest request) {
        ServerWebExchange attribute = request.getAttribute(ServerWebExchange.class.getName());
        if (attribute != null) {
            return Mono.just(attribute);
        }
        return Mono.deferContextual(context -> context.hasKey(ServerWebExchange.class)
                ? Mono.just(context.get(ServerWebExchange.class))
                : Mono.empty());
    }
}
