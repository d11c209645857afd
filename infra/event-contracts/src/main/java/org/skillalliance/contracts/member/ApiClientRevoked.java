package org.skillalliance.contracts.member;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code ApiClientRevoked}: an organisation revoked one of its machine clients (issue 25). Keycloak no
 * longer issues it tokens; every service refuses the tokens it was issued before, which would otherwise stay valid
 * until they expire. A client is revoked once and for ever.
 *
 * @param apiClientId    the machine client in member-service
 * @param organisationId the organisation it acted for
 * @param clientId       its Keycloak client id, the {@code azp} claim of the tokens it was issued
 * @param revokedAt      the moment of the revocation
 */
public record ApiClientRevoked(UUID apiClientId, UUID organisationId, String clientId, Instant revokedAt) {}
