package org.skillalliance.member.apiclient;

import java.time.Instant;
import java.util.UUID;

/**
 * One action on a machine client: {@code action} (REGISTERED, ROTATED, REVOKED), {@code sub} (the token subject of who
 * did it), {@code occurredAt}, the client ({@code apiClientId}, {@code clientId}) and for a rotation the grace period
 * given to the old secret.
 */
record ApiClientAuditResponse(
        UUID id,
        ApiClientAction action,
        UUID apiClientId,
        String clientId,
        String sub,
        Instant occurredAt,
        Integer gracePeriodSeconds) {

    static ApiClientAuditResponse of(ApiClientAuditEntry entry) {
        return new ApiClientAuditResponse(
                entry.id(),
                entry.action(),
                entry.apiClientId(),
                entry.clientId(),
                entry.actor(),
                entry.occurredAt(),
                entry.gracePeriodSeconds());
    }
}
