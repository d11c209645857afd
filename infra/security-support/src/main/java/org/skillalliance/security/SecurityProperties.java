package org.skillalliance.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Under {@code skillalliance.security}.
 *
 * @param issuer     the realm's issuer, e.g. {@code http://localhost:8180/realms/skill-alliance}; tokens must carry it
 * @param audience   the audience every token must name ({@code skill-alliance-api})
 * @param publicPaths request paths open without a token, besides health and the OpenAPI description
 * @param jwkSetUri  where to fetch the realm's keys when the issuer address is not reachable from the service (in
 *                   docker-compose the issuer is {@code localhost:8180} as the user's browser sees it, the keys are at
 *                   {@code keycloak:8180}); by default they are found through the issuer's discovery document
 */
@ConfigurationProperties("skillalliance.security")
public record SecurityProperties(String issuer, String audience, List<String> publicPaths, String jwkSetUri) {

    public SecurityProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("skillalliance.security.issuer must name the Keycloak realm the service"
                    + " trusts, e.g. http://localhost:8180/realms/skill-alliance");
        }
        audience = audience == null ? "skill-alliance-api" : audience;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
