package org.skillalliance.gateway.bff;

import java.net.URI;

import org.skillalliance.gateway.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * The web app, built into {@code classpath:/static/} (the {@code web} module's jar): its files are served at {@code /}
 * by WebFlux's static resources; a GET that accepts HTML, lies outside the gateway's own paths and is no file gets
 * {@code index.html}, so that the app's client-side routes ({@code /staff}, {@code /cohorts/{id}}) survive a reload.
 * Every answer but the Swagger UI's carries the web app's security headers.
 */
@Configuration(proxyBeanMethods = false)
class WebApp {

    static final String INDEX = "static/index.html";

    @Bean
    RouterFunction<ServerResponse> singlePageFallback() {
        Resource index = new ClassPathResource(INDEX);
        RequestPredicate clientRoute = request -> WebAppPaths.isWebAppRead(request.exchange().getRequest())
                && request.headers().accept().stream().anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype)
                && !isFile(request.path())
                && index.exists();
        return RouterFunctions.route(clientRoute, request -> ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .bodyValue(index));
    }

    @Bean
    WebFilter webAppSecurityHeaders(GatewayProperties properties) {
        String policy = contentSecurityPolicy(properties.login().publicRealmUrl());
        return (exchange, chain) -> {
            if (!WebAppPaths.under(exchange.getRequest().getPath().pathWithinApplication().value(),
                    WebAppPaths.THIRD_PARTY_PAGES)) {
                exchange.getResponse().beforeCommit(() -> {
                    var headers = exchange.getResponse().getHeaders();
                    headers.set("Content-Security-Policy", policy);
                    headers.set("Referrer-Policy", "same-origin");
                    headers.set("X-Content-Type-Options", "nosniff");
                    return Mono.empty();
                });
            }
            return chain.filter(exchange);
        };
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

    private static boolean isFile(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty()) {
            return false;
        }
        ClassPathResource file = new ClassPathResource("static/" + relative);
        return file.exists() && file.isReadable();
    }
}
