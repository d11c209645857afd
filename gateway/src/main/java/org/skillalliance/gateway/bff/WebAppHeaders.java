package org.skillalliance.gateway.bff;

import java.net.URI;
import org.skillalliance.gateway.GatewayProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The web app's security headers on every answer but the Swagger UI's (which brings its own scripts), refusals of the
 * security chains included: ordered before them, so that a 401 or 403 written there carries them too.
 */
@Component
class WebAppHeaders implements WebFilter, Ordered {

    private final String policy;

    WebAppHeaders(GatewayProperties properties) {
        this.policy = contentSecurityPolicy(properties.login().publicRealmUrl());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!WebAppPaths.under(
                exchange.getRequest().getPath().pathWithinApplication().value(), WebAppPaths.THIRD_PARTY_PAGES)) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.set("Content-Security-Policy", policy);
                headers.set("Referrer-Policy", "same-origin");
                headers.set("X-Content-Type-Options", "nosniff");
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }

    /**
     * Scripts, styles, fonts and calls from the gateway's own origin only (a Vite build without inline code needs no
     * more); images also as {@code data:} URLs (icons inlined by the build, charts exported as pictures); no plugins;
     * no framing; forms may go to the gateway and on to Keycloak (the sign-out form's redirect to its end-session
     * endpoint is checked against {@code form-action} too).
     */
    static String contentSecurityPolicy(String keycloakRealmUrl) {
        URI keycloak = URI.create(keycloakRealmUrl);
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' " + keycloakOrigin
                + "; frame-ancestors 'none'";
    }
}
