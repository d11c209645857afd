/**
 * The gateway as the web app's backend for frontend: sign-in with Keycloak (authorisation code with PKCE), the tokens
 * kept in the gateway's session and relayed to the services (TokenRelay, refreshed before they expire), CSRF
 * protection for the session's state-changing calls, sign-out through Keycloak's end-session endpoint,
 * {@code GET /bff/session}, and the web app's static files with the single-page fallback and its security headers.
 * docs/gateway.md, section "Backend for frontend".
 */
package org.skillalliance.gateway.bff;
