package org.skillalliance.platform.demo;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * An enrolment as curriculum-service shows it.
 *
 * @param status           CONFIRMED, WAITLISTED, WITHDRAWN, CANCELLED, COMPLETED, NOT_COMPLETED or NO_SHOW
 * @param waitlistPosition 1..n among the cohort's current waiters, null unless waitlisted
 * @param json             the whole answer
 */
public record Enrolment(
        UUID id, UUID cohortId, UUID staffId, UUID employerId, String status, Integer waitlistPosition, JsonNode json) {

    static Enrolment of(JsonNode json) {
        JsonNode position = json.path("waitlistPosition");
        return new Enrolment(
                Session.uuid(json, "id"),
                Session.uuid(json, "cohortId"),
                Session.uuid(json, "staffId"),
                Session.uuid(json, "employerId"),
                json.path("status").asString(),
                position.isNumber() ? position.asInt() : null,
                json);
    }
}
