package org.skillalliance.gateway.bff;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /bff/session}: who is signed in to this browser session, for the web app to choose its pages. Read from
 * the session's current access token (refreshed first if it expires soon, as for the services), so the roles are those
 * the services see. Never a token. A request without a browser session (a bearer client's included) gets 401.
 */
@RestController
class SessionController {

    /** The realm roles of the platform; Keycloak's own (default-roles-..., offline_access) are left out. */
    static final Set<String> PLATFORM_ROLES =
            Set.of("alliance-admin", "coordinator", "member-admin", "provider", "funder", "learner");

    private final ReactiveOAuth2AuthorizedClientManager authorizedClients;
    private final ReactiveJwtDecoder decoder;

    SessionController(ReactiveOAuth2AuthorizedClientManager authorizedClients, ReactiveJwtDecoder decoder) {
        this.authorizedClients = authorizedClients;
        this.decoder = decoder;
    }

    /** The signed-in person as the web app sees it. */
    record SessionView(
            String username, String name, String email, List<String> roles, String organisationId, String staffId) {}

    @GetMapping(path = "/bff/session", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<SessionView> session(Authentication authentication, ServerWebExchange exchange) {
        if (!(authentication instanceof OAuth2AuthenticationToken session)) {
            return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        }
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(
                        session.getAuthorizedClientRegistrationId())
                .principal(session)
                .attribute(ServerWebExchange.class.getName(), exchange)
                .build();
        return authorizedClients
                .authorize(request)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED)))
                .flatMap(client -> decoder.decode(client.getAccessToken().getTokenValue()))
                .map(SessionController::view);
    }

    private static SessionView view(Jwt token) {
        Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
        Object roles = realmAccess == null ? null : realmAccess.get("roles");
        List<String> platformRoles = roles instanceof List<?> all
                ? all.stream()
                        .map(String::valueOf)
                        .filter(PLATFORM_ROLES::contains)
                        .sorted()
                        .toList()
                : List.of();
        return new SessionView(
                token.getClaimAsString("preferred_username"),
                token.getClaimAsString("name"),
                token.getClaimAsString("email"),
                platformRoles,
                token.getClaimAsString("org_id"),
                token.getClaimAsString("staff_id"));
    }
}
