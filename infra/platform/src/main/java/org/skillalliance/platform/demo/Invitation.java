package org.skillalliance.platform.demo;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What member-service answers to an invitation: the invitation as taken, and when the link of Keycloak's set-password
 * email expires. It does not say whether a login was made (a username or email of a person of another organisation
 * makes none and answers the same).
 */
public record Invitation(
        String username, String email, String role, UUID organisationId, UUID staffId, Instant expiresAt) {

    static Invitation of(JsonNode json) {
        return new Invitation(
                json.path("username").asString(),
                json.path("email").asString(),
                json.path("role").asString(),
                Session.uuid(json, "organisationId"),
                Session.uuid(json, "staffId"),
                Instant.parse(json.path("expiresAt").asString()));
    }
}
