package org.skillalliance.member.apiclient;

import java.time.Instant;
import java.util.UUID;

/**
 * A machine client's new secret, shown this once; the secret before works until {@code previousSecretValidUntil}
 * (the rotation's time itself for a grace period of 0).
 */
record RotatedSecretResponse(
        UUID id, String clientId, String name, String secret, Instant rotatedAt, Instant previousSecretValidUntil) {

    static RotatedSecretResponse of(ApiClientManagement.WithSecret rotated) {
        ApiClient client = rotated.client();
        return new RotatedSecretResponse(
                client.id(),
                client.clientId(),
                client.name(),
                rotated.secret(),
                client.rotatedAt(),
                client.previousSecretValidUntil());
    }
}
