package org.skillalliance.platform.demo;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** What member-service answers to an invitation: the Keycloak user it created. */
public record Invitation(UUID userId, String username, String email, String role, UUID organisationId,
                         String initialPassword) {

    static Invitation of(JsonNode json) {
        return new Invitation(Session.uuid(json, "userId"), json.path("username").asString(),
                json.path("email").asString(), json.path("role").asString(), Session.uuid(json, "organisationId"),
                json.path("initialPassword").isNull() ? null : json.path("initialPassword").asString());
    }
}
