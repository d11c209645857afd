package org.skillalliance.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway's own settings, under {@code skillalliance.gateway}.
 *
 * @param issuer          the Keycloak realm whose tokens are accepted
 * @param audience        the audience every token must name
 * @param rateLimit       per-client token bucket
 * @param corsOrigins     origins a browser client may call from
 * @param serviceTimeout  how long a service may take to answer before the caller gets 503
 * @param maxBodyBytes    the largest request body in general
 * @param maxUploadBytes  larger limits for the upload paths (CSV imports), by exact path
 * @param jwkSetUri       where to fetch the realm's keys when the issuer's address is not reachable from the gateway
 *                        (docker-compose); by default through the issuer's discovery document
 * @param login           the web app's sign-in through the gateway (backend for frontend, docs/gateway.md)
 */
@ConfigurationProperties("skillalliance.gateway")
public record GatewayProperties(
        String issuer,
        String audience,
        RateLimit rateLimit,
        List<String> corsOrigins,
        Duration serviceTimeout,
        Long maxBodyBytes,
        Map<String, Long> maxUploadBytes,
        String jwkSetUri,
        Login login) {

    public GatewayProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("skillalliance.gateway.issuer must name the Keycloak realm");
        }
        audience = audience == null ? "skill-alliance-api" : audience;
        rateLimit = rateLimit == null ? new RateLimit(null, null) : rateLimit;
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        serviceTimeout = serviceTimeout == null ? Duration.ofSeconds(5) : serviceTimeout;
        maxBodyBytes = maxBodyBytes == null ? 1_048_576L : maxBodyBytes;
        maxUploadBytes = maxUploadBytes == null ? Map.of() : Map.copyOf(maxUploadBytes);
        login = Login.completed(login, issuer);
    }

    /**
     * The web app's sign-in: authorisation code with PKCE against Keycloak, the tokens kept in the gateway's session.
     *
     * @param clientId         the realm's public client for people ({@code skill-alliance-web})
     * @param publicRealmUrl   the realm as the browser reaches it (authorisation and end-session endpoints); by
     *                         default the issuer
     * @param internalRealmUrl the realm as the gateway reaches it (token and key endpoints), such as
     *                         {@code http://keycloak:8180/realms/skill-alliance} inside docker-compose; by default the
     *                         issuer
     * @param publicUrl        the gateway's own address as the browser sees it ({@code https://alliance.example.org}),
     *                         for the redirect and post-logout addresses; empty: taken from each request
     * @param refreshBefore    how long before its expiry an access token is refreshed before it is relayed
     * @param secureCookies    the {@code XSRF-TOKEN} cookie only over HTTPS (set with the session cookie's
     *                         {@code server.reactive.session.cookie.secure}, behind TLS)
     */
    public record Login(
            String clientId,
            String publicRealmUrl,
            String internalRealmUrl,
            String publicUrl,
            Duration refreshBefore,
            Boolean secureCookies) {

        static Login completed(Login login, String issuer) {
            Login given = login == null ? new Login(null, null, null, null, null, null) : login;
            return new Login(
                    blank(given.clientId) ? "skill-alliance-web" : given.clientId,
                    blank(given.publicRealmUrl) ? issuer : trimmed(given.publicRealmUrl),
                    blank(given.internalRealmUrl) ? issuer : trimmed(given.internalRealmUrl),
                    blank(given.publicUrl) ? "" : trimmed(given.publicUrl),
                    given.refreshBefore == null ? Duration.ofSeconds(60) : given.refreshBefore,
                    given.secureCookies != null && given.secureCookies);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        private static String trimmed(String url) {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }

    /**
     * @param requestsPerSecond sustained rate per client
     * @param burst             requests a client may send at once
     */
    public record RateLimit(Integer requestsPerSecond, Integer burst) {
        public RateLimit {
            requestsPerSecond = requestsPerSecond == null ? 20 : requestsPerSecond;
            burst = burst == null ? 40 : burst;
        }
    }
}
