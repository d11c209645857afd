package org.skillalliance.member.apiclient;

import java.time.Instant;
import java.util.UUID;

/**
 * A machine client as the organisation's list shows it: never its secret. {@code previousSecretValidUntil} is when the
 * secret before the last rotation stops working (in the past once it has).
 */
record ApiClientResponse(
        UUID id,
        String clientId,
        String name,
        Instant createdAt,
        Instant rotatedAt,
        Instant previousSecretValidUntil,
        Instant revokedAt,
        ApiClientStatus status) {

    static ApiClientResponse of(ApiClient client) {
        return new ApiClientResponse(
                client.id(),
                client.clientId(),
                client.name(),
                client.createdAt(),
                client.rotatedAt(),
                client.previousSecretValidUntil(),
                client.revokedAt(),
                client.status());
    }
}
