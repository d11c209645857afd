package org.skillalliance.contracts;

import com.networknt.schema.Schema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.CourseRetired;
import org.skillalliance.contracts.curriculum.EnrolmentCancelled;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.contracts.curriculum.EnrolmentPromoted;
import org.skillalliance.contracts.curriculum.EnrolmentWaitlisted;
import org.skillalliance.contracts.curriculum.EnrolmentWithdrawn;
import org.skillalliance.contracts.curriculum.FollowUpRecorded;
import org.skillalliance.contracts.curriculum.WorkplaceLearningSignedOff;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.funding.ClaimSubmitted;
import org.skillalliance.contracts.funding.CohortResultsReported;
import org.skillalliance.contracts.funding.CostSharesFixed;
import org.skillalliance.contracts.funding.DisbursementPaid;
import org.skillalliance.contracts.funding.GrantAwarded;
import org.skillalliance.contracts.funding.ProgrammeClosed;
import org.skillalliance.contracts.funding.ProgrammeOpened;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.ApiClientRevoked;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipApplied;
import org.skillalliance.contracts.member.MembershipRejected;
import org.skillalliance.contracts.member.MembershipSuspended;
import org.skillalliance.contracts.member.MembershipWithdrawn;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationUpdated;
import org.skillalliance.contracts.member.StaffConsentChanged;
import org.skillalliance.contracts.member.StaffErased;
import org.skillalliance.contracts.member.StaffLeft;
import org.skillalliance.contracts.member.StaffRegistered;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The known event types with their JSON Schemas, and the one place events are built, written, read and validated.
 * Immutable and thread-safe; {@link #standard()} is shared.
 *
 * <p>Producer side:
 * <pre>{@code
 * EventEnvelope event = registry.envelope(EventTypes.ENROLMENT_CONFIRMED, cohortId.toString(), "curriculum-service",
 *         new EnrolmentConfirmed(...));          // throws InvalidEventException if the payload breaks its schema
 * String json = registry.toJson(event);          // store in the outbox, relay with key = aggregateId
 * }</pre>
 * Consumer side:
 * <pre>{@code
 * EventEnvelope event = registry.parse(json);    // throws InvalidEventException: dead-letter it with reason()
 * EnrolmentConfirmed confirmed = registry.payload(event, EnrolmentConfirmed.class);
 * }</pre>
 */
public final class EventRegistry {

    /** Classpath folder of the platform's schemas: {@code <TypeName>.v<version>.json} and the envelope's. */
    public static final String SCHEMA_FOLDER = "org/skillalliance/contracts/schemas/";

    /** Classpath resource of the envelope's schema. */
    public static final String ENVELOPE_SCHEMA = SCHEMA_FOLDER + "envelope.v1.json";

    private static final String PAYLOAD = "payload";

    private final Map<String, Registration> registrations;
    private final Set<String> typeNames;
    private final Schema envelopeSchema;

    private EventRegistry(Map<String, Registration> registrations, Schema envelopeSchema) {
        this.registrations = Collections.unmodifiableMap(new LinkedHashMap<>(registrations));
        this.typeNames = Collections.unmodifiableSet(new TreeSet<>(registrations.keySet()));
        this.envelopeSchema = envelopeSchema;
    }

    /**
     * The registry of every event type of the platform (see {@link EventTypes}), with the schemas in
     * {@value #SCHEMA_FOLDER}. Loaded on first use and shared.
     *
     * @return the standard registry
     */
    public static EventRegistry standard() {
        return Standard.INSTANCE;
    }

    /**
     * Starts a registry of chosen types, for example the standard ones plus a type only a test knows.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The logical names of the known types.
     *
     * @return the names, sorted, read-only
     */
    public Set<String> typeNames() {
        return typeNames;
    }

    /**
     * Tells whether a type is known.
     *
     * @param typeName a logical type name, may be {@code null}
     * @return whether this registry knows the type
     */
    public boolean knows(String typeName) {
        return typeName != null && registrations.containsKey(typeName);
    }

    /**
     * Looks a type up by its logical name.
     *
     * @param typeName a logical type name
     * @return the type, with its schema version and payload class
     * @throws UnknownEventTypeException if the type is not known
     */
    public EventType<?> type(String typeName) {
        return registration(typeName).type();
    }

    /**
     * Tells where a type's payload schema was loaded from.
     *
     * @param typeName a logical type name
     * @return the classpath resource of the type's payload schema
     * @throws UnknownEventTypeException if the type is not known
     */
    public String schemaResource(String typeName) {
        return registration(typeName).schemaResource();
    }

    /**
     * Builds a new event: a random event id, the current time (to the microsecond, as PostgreSQL stores it), the type's
     * schema version, and the payload serialised and validated against the type's schema.
     *
     * @param typeName    logical type name, see {@link EventTypes}
     * @param aggregateId id of the aggregate the event belongs to (the message key)
     * @param producer    the producing service, for example {@code curriculum-service}
     * @param payload     an instance of the type's payload class, or an already built {@link JsonNode}
     * @param <P>         the payload type
     * @return the event
     * @throws UnknownEventTypeException if the type is not known
     * @throws InvalidEventException     if the payload is of the wrong class or breaks the type's schema, or the
     *                                   aggregate id or producer is missing or malformed; the reason names the field
     */
    public <P> EventEnvelope envelope(String typeName, String aggregateId, String producer, P payload) {
        return envelope(typeName, aggregateId, producer, payload, Instant.now());
    }

    /**
     * Builds a new event that happened at a given time, not now: a change the service records today that took place
     * earlier (curriculum-service's history import of past cohorts). Otherwise as
     * {@link #envelope(String, String, String, Object)}.
     *
     * @param occurredAt when the change happened (truncated to the microsecond)
     */
    public <P> EventEnvelope envelope(
            String typeName, String aggregateId, String producer, P payload, Instant occurredAt) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Registration registration = registration(typeName);
        if (payload == null) {
            throw new InvalidEventException(PAYLOAD + ": missing");
        }
        if (!(payload instanceof JsonNode)
                && !registration.type().payloadClass().isInstance(payload)) {
            throw new InvalidEventException(PAYLOAD + ": " + typeName + " expects a "
                    + registration.type().payloadClass().getName() + ", got a "
                    + payload.getClass().getName());
        }
        // through the text form, so the tree is exactly what a consumer's parse() will see (number node types too)
        JsonNode payloadNode = EventJson.MAPPER.readTree(EventJson.MAPPER.writeValueAsString(payload));
        JsonSchemas.validate(registration.schema(), payloadNode, PAYLOAD);
        if (aggregateId == null || aggregateId.isBlank()) {
            throw new InvalidEventException("aggregateId: must not be blank");
        }
        EventEnvelope envelope = new EventEnvelope(
                UUID.randomUUID(),
                typeName,
                registration.type().schemaVersion(),
                occurredAt.truncatedTo(ChronoUnit.MICROS),
                aggregateId,
                Objects.requireNonNullElse(producer, ""),
                payloadNode);
        JsonSchemas.validate(envelopeSchema, EventJson.MAPPER.readTree(toJson(envelope)), "");
        return envelope;
    }

    /**
     * Writes an event as JSON, with the field names of {@link EventEnvelope} and the time as an ISO-8601 string.
     *
     * @param envelope the event
     * @return its JSON text
     */
    public String toJson(EventEnvelope envelope) {
        return EventJson.MAPPER.writeValueAsString(Objects.requireNonNull(envelope, "envelope"));
    }

    /**
     * Reads and validates an event: the JSON text must be an envelope (schema {@value #ENVELOPE_SCHEMA}), of a known
     * type in the type's schema version, with a payload valid against the type's schema. Unknown fields are allowed
     * everywhere (and ignored by {@link #payload}).
     *
     * @param json the JSON text of an event
     * @return the event
     * @throws UnknownEventTypeException if the type is not known
     * @throws InvalidEventException     otherwise, with a reason naming the offending field, for example
     *                                   {@code payload.cohortId: required property missing}
     */
    public EventEnvelope parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("not valid JSON: empty message");
        }
        JsonNode tree;
        try {
            tree = EventJson.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidEventException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonSchemas.validate(envelopeSchema, tree, "");
        String typeName = tree.get("eventType").asString();
        Registration registration = registration(typeName);
        int version = tree.get("schemaVersion").asInt();
        if (version != registration.type().schemaVersion()) {
            throw new InvalidEventException("schemaVersion: " + typeName + " is known in version "
                    + registration.type().schemaVersion() + ", not " + version);
        }
        JsonSchemas.validate(registration.schema(), tree.get(PAYLOAD), PAYLOAD);
        try {
            return EventJson.MAPPER.treeToValue(tree, EventEnvelope.class);
        } catch (JacksonException e) {
            throw new InvalidEventException("envelope: cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Maps an event's payload to a record. Fields the record does not have are ignored, so a reader keeps working
     * when a producer adds fields (and may use a record with only the fields it needs).
     *
     * @param envelope     the event, as returned by {@link #parse} or {@link #envelope}
     * @param payloadClass the record to map to, normally {@code type(envelope.eventType()).payloadClass()}
     * @param <P>          the payload type
     * @return the payload
     * @throws InvalidEventException if the payload cannot be mapped to the class
     */
    public <P> P payload(EventEnvelope envelope, Class<P> payloadClass) {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payloadClass, "payloadClass");
        try {
            return EventJson.MAPPER.treeToValue(envelope.payload(), payloadClass);
        } catch (JacksonException e) {
            throw new InvalidEventException(
                    PAYLOAD + ": cannot be read as " + payloadClass.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Validates a payload against its type's schema.
     *
     * @param typeName logical type name
     * @param payload  the payload as JSON
     * @throws UnknownEventTypeException if the type is not known
     * @throws InvalidEventException     if the payload breaks the schema, naming each offending field
     */
    public void validatePayload(String typeName, JsonNode payload) {
        Registration registration = registration(typeName);
        if (payload == null || payload.isMissingNode()) {
            throw new InvalidEventException(PAYLOAD + ": missing");
        }
        JsonSchemas.validate(registration.schema(), payload, PAYLOAD);
    }

    private Registration registration(String typeName) {
        Registration registration = typeName == null ? null : registrations.get(typeName);
        if (registration == null) {
            throw new UnknownEventTypeException(typeName);
        }
        return registration;
    }

    @Override
    public String toString() {
        return "EventRegistry" + typeNames();
    }

    private record Registration(EventType<?> type, String schemaResource, Schema schema) {}

    /** Collects event types with their schemas; a type name may be registered once. */
    public static final class Builder {

        private final Map<String, Registration> registrations = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Registers a type with its payload schema, loaded and compiled at once.
         *
         * @param type                   the event type
         * @param schemaClasspathResource classpath resource of its JSON Schema (draft 2020-12), for example
         *                               {@code org/skillalliance/contracts/schemas/EnrolmentConfirmed.v1.json}
         * @return this builder
         * @throws IllegalArgumentException if the type name is already registered, or the schema is missing or invalid
         */
        public Builder register(EventType<?> type, String schemaClasspathResource) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(schemaClasspathResource, "schemaClasspathResource");
            return add(new Registration(type, schemaClasspathResource, JsonSchemas.load(schemaClasspathResource)));
        }

        /**
         * Registers every type of another registry, with its schema.
         *
         * @param other a registry, for example {@link EventRegistry#standard()}
         * @return this builder
         * @throws IllegalArgumentException if one of its type names is already registered
         */
        public Builder include(EventRegistry other) {
            Objects.requireNonNull(other, "other").registrations.values().forEach(this::add);
            return this;
        }

        private Builder add(Registration registration) {
            String name = registration.type().name();
            if (registrations.putIfAbsent(name, registration) != null) {
                throw new IllegalArgumentException("event type '" + name + "' is already registered");
            }
            return this;
        }

        /**
         * Builds the registry; the builder may be reused.
         *
         * @return an immutable registry of the types registered so far
         */
        public EventRegistry build() {
            return new EventRegistry(registrations, Envelope.SCHEMA);
        }
    }

    /** The envelope's schema, loaded on first use. */
    private static final class Envelope {

        private static final Schema SCHEMA = JsonSchemas.load(ENVELOPE_SCHEMA);

        private Envelope() {}
    }

    /** The platform's types, loaded on first use. */
    private static final class Standard {

        private static final EventRegistry INSTANCE = create();

        private Standard() {}

        private static EventRegistry create() {
            Builder builder = new Builder();
            // member-service
            v1(builder, EventTypes.ALLIANCE_CREATED, AllianceCreated.class);
            v1(builder, EventTypes.ORGANISATION_REGISTERED, OrganisationRegistered.class);
            v1(builder, EventTypes.ORGANISATION_UPDATED, OrganisationUpdated.class);
            v1(builder, EventTypes.MEMBERSHIP_APPLIED, MembershipApplied.class);
            v1(builder, EventTypes.MEMBERSHIP_ACTIVATED, MembershipActivated.class);
            v1(builder, EventTypes.MEMBERSHIP_SUSPENDED, MembershipSuspended.class);
            v1(builder, EventTypes.MEMBERSHIP_WITHDRAWN, MembershipWithdrawn.class);
            v1(builder, EventTypes.MEMBERSHIP_REJECTED, MembershipRejected.class);
            v1(builder, EventTypes.STAFF_REGISTERED, StaffRegistered.class);
            v1(builder, EventTypes.STAFF_CONSENT_CHANGED, StaffConsentChanged.class);
            v1(builder, EventTypes.STAFF_LEFT, StaffLeft.class);
            v1(builder, EventTypes.STAFF_ERASED, StaffErased.class);
            v1(builder, EventTypes.API_CLIENT_REVOKED, ApiClientRevoked.class);
            // curriculum-service
            v1(builder, EventTypes.COURSE_PUBLISHED, CoursePublished.class);
            v1(builder, EventTypes.COURSE_RETIRED, CourseRetired.class);
            v1(builder, EventTypes.COHORT_SCHEDULED, CohortScheduled.class);
            v1(builder, EventTypes.COHORT_STATUS_CHANGED, CohortStatusChanged.class);
            v1(builder, EventTypes.ENROLMENT_CONFIRMED, EnrolmentConfirmed.class);
            v1(builder, EventTypes.ENROLMENT_WAITLISTED, EnrolmentWaitlisted.class);
            v1(builder, EventTypes.ENROLMENT_PROMOTED, EnrolmentPromoted.class);
            v1(builder, EventTypes.ENROLMENT_WITHDRAWN, EnrolmentWithdrawn.class);
            v1(builder, EventTypes.ENROLMENT_CANCELLED, EnrolmentCancelled.class);
            v1(builder, EventTypes.ENROLMENT_OUTCOME_RECORDED, EnrolmentOutcomeRecorded.class);
            v1(builder, EventTypes.FOLLOW_UP_RECORDED, FollowUpRecorded.class);
            v1(builder, EventTypes.WORKPLACE_LEARNING_SIGNED_OFF, WorkplaceLearningSignedOff.class);
            // funding-service
            v1(builder, EventTypes.COST_SHARES_FIXED, CostSharesFixed.class);
            v1(builder, EventTypes.PROGRAMME_OPENED, ProgrammeOpened.class);
            v1(builder, EventTypes.PROGRAMME_CLOSED, ProgrammeClosed.class);
            v1(builder, EventTypes.GRANT_AWARDED, GrantAwarded.class);
            v1(builder, EventTypes.CLAIM_SUBMITTED, ClaimSubmitted.class);
            v1(builder, EventTypes.CLAIM_APPROVED, ClaimApproved.class);
            v1(builder, EventTypes.DISBURSEMENT_PAID, DisbursementPaid.class);
            v1(builder, EventTypes.COHORT_RESULTS_REPORTED, CohortResultsReported.class);
            return builder.build();
        }

        private static void v1(Builder builder, String name, Class<?> payloadClass) {
            builder.register(new EventType<>(name, 1, payloadClass), SCHEMA_FOLDER + name + ".v1.json");
        }
    }
}
