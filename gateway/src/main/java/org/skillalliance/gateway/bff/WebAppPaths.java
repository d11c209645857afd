package org.skillalliance.gateway.bff;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Which paths belong to the web app (its static files and its client-side routes) and which to the gateway itself
 * (the shared contract of issue 17): a GET outside the gateway's own prefixes is the web app's.
 */
final class WebAppPaths {

    /** The gateway's own paths; everything else a browser GETs is the web app's. */
    static final List<String> GATEWAY_PREFIXES = List.of(
            "/api",
            "/oauth2",
            "/login",
            "/logout",
            "/bff",
            "/actuator",
            "/livez",
            "/readyz",
            "/openapi",
            "/v3",
            "/swagger-ui",
            "/webjars",
            "/fallback");

    /** Served as they come, without the web app's Content-Security-Policy (the Swagger UI brings its own scripts). */
    static final List<String> THIRD_PARTY_PAGES = List.of("/swagger-ui", "/webjars", "/v3");

    private WebAppPaths() {}

    static boolean isWebAppRead(ServerHttpRequest request) {
        HttpMethod method = request.getMethod();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && !under(request.getPath().pathWithinApplication().value(), GATEWAY_PREFIXES);
    }

    static boolean under(String path, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".")) {
                return true;
            }
        }
        return false;
    }
}
