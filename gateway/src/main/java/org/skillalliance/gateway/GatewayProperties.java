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
 */
@ConfigurationProperties("skillalliance.gateway")
public record GatewayProperties(String issuer, String audience, RateLimit rateLimit, List<String> corsOrigins,
                                Duration serviceTimeout, Long maxBodyBytes, Map<String, Long> maxUploadBytes,
                                String jwkSetUri) {

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
