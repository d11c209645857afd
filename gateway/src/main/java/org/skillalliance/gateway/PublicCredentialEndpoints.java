package org.skillalliance.gateway;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The credentials' endpoints that anyone may call, with no token and no session (docs/credentials.md): a verifier
 * fetches the issuer's key set and the status lists, and anyone may ask curriculum-service to verify a credential.
 * Each by its method too: revoking a credential ({@code POST /api/credentials/revocations}) and everything else stay
 * signed in. Both security chains let these through; the browser chain also asks no CSRF token for them (verifying
 * changes nothing).
 */
public final class PublicCredentialEndpoints {

    /** The key set, the status lists and the verification. */
    public static final ServerWebExchangeMatcher MATCHER = new OrServerWebExchangeMatcher(
            ServerWebExchangeMatchers.pathMatchers(
                    HttpMethod.GET, "/api/credentials/issuer/jwks.json", "/api/credentials/status-lists/*"),
            ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/api/credentials/verify"));

    private PublicCredentialEndpoints() {}
}
