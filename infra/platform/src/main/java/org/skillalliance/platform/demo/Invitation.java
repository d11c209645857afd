package org.skillalliance.platform.demo;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * What member-service answers to an invitation: the invitation as taken. It does not say whether a login was made (a
 * username or email of a person of another organisation makes none and answers the same).
 */
public record Invitation(String username, String email, String role, UUID organisationId, String initialPassword,
                         UUID staffId) {

    static Invitation of(JsonNode json) {
        return new Invitation(json.path("username").asString(), json.path("email").asString(),
                json.path("role").asString(), Session.uuid(json, "organisationId"),
                json.path("initialPassword").isNull() ? null : json.path("initialPassword").asString(),
                Session.uuid(json, "staffId"));
    }
}
