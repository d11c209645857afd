package org.skillalliance.member.apiclient;

import java.time.Instant;
import java.util.UUID;

/** A machine client just registered, with its secret: shown this once, kept by Keycloak alone. */
record RegisteredApiClientResponse(UUID id, String clientId, String name, String secret, Instant createdAt) {

    static RegisteredApiClientResponse of(ApiClientManagement.WithSecret registered) {
        ApiClient client = registered.client();
        return new RegisteredApiClientResponse(
                client.id(), client.clientId(), client.name(), registered.secret(), client.createdAt());
    }
}
