package org.skillalliance.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The envelope every event of the platform travels in (DESIGN section 4), serialised as JSON with exactly these field
 * names; its shape is fixed by the schema {@code schemas/envelope.v1.json}.
 *
 * <p>Build envelopes with {@link EventRegistry#envelope(String, String, String, Object)}, which validates the payload;
 * the canonical constructor only checks that nothing is missing.
 *
 * @param eventId       unique id of this event; consumers record it to process each event once
 * @param eventType     logical type name, for example {@code EnrolmentConfirmed} (never a Java class name); it also
 *                      travels in the {@value #TYPE_HEADER} message header
 * @param schemaVersion version of the payload schema of {@code eventType}, starting at 1
 * @param occurredAt    when the change happened (serialised as an ISO-8601 instant string)
 * @param aggregateId   id of the aggregate the event belongs to; also the message key, so that one aggregate's events
 *                      keep their order
 * @param producer      name of the producing service, for example {@code curriculum-service}
 * @param payload       the type-specific payload, valid against the type's JSON Schema
 */
public record EventEnvelope(
        UUID eventId,
        String eventType,
        int schemaVersion,
        Instant occurredAt,
        String aggregateId,
        String producer,
        JsonNode payload) {

    /** Name of the message header that carries {@link #eventType()} next to the JSON body. */
    public static final String TYPE_HEADER = "event-type";

    /**
     * Checks that every component is present and that the schema version is positive.
     *
     * @throws NullPointerException     if a component is {@code null}
     * @throws IllegalArgumentException if {@code schemaVersion} is less than 1
     */
    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(payload, "payload");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be at least 1, got " + schemaVersion);
        }
    }
}
