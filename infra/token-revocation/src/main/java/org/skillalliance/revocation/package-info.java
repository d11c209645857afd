/**
 * Revoked machine clients' tokens refused at once, in every service (issue 25). A machine client's token is a JWT
 * that every service checks on its own (signature, issuer, expiry, audience: infra/security-support), so deleting
 * the client in Keycloak stops new tokens but not the ones already issued, which would work until they expire (five
 * minutes). member-service records a revocation in its database and publishes {@code ApiClientRevoked}; the other
 * services record it from {@code member.events.v1}. Each instance keeps the revoked client ids in memory, reloaded
 * from its database every few seconds (so that every instance of a service learns of it, not only the one whose
 * consumer read the event), and refuses a token whose {@code azp} is one of them with 401. docs/security.md,
 * "Machine clients".
 */
package org.skillalliance.revocation;
