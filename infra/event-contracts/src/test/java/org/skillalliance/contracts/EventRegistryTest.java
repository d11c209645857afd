package org.skillalliance.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentStatus;
import org.skillalliance.contracts.curriculum.WorkplaceLearningSignedOff;
import org.skillalliance.contracts.member.StaffLeft;
import tools.jackson.databind.JsonNode;

class EventRegistryTest {

    private static final EventRegistry STANDARD = EventRegistry.standard();

    /** A type that only exists in tests. */
    record PingSent(UUID pingId, int sequence) {}

    /** A reader's record that does not fit the payload. */
    record WrongShape(int employmentEnd) {}

    private static final EventType<PingSent> PING = new EventType<>("PingSent", 1, PingSent.class);
    private static final String PING_SCHEMA = "org/skillalliance/contracts/test/PingSent.v1.json";

    @Test
    void standardKnowsThePlatformTypes() {
        assertThat(STANDARD).isSameAs(EventRegistry.standard());
        assertThat(STANDARD.typeNames())
                .hasSize(33)
                .contains(
                        EventTypes.ENROLMENT_CONFIRMED,
                        EventTypes.STAFF_ERASED,
                        EventTypes.DISBURSEMENT_PAID,
                        EventTypes.CLAIM_SUBMITTED);
        assertThat(STANDARD.knows(EventTypes.ENROLMENT_CONFIRMED)).isTrue();
        assertThat(STANDARD.knows("Foo")).isFalse();
        assertThat(STANDARD.knows(null)).isFalse();
        assertThat(STANDARD.type(EventTypes.ENROLMENT_CONFIRMED))
                .isEqualTo(new EventType<>("EnrolmentConfirmed", 1, EnrolmentConfirmed.class));
    }

    @Test
    void typeNamesAreSortedAndReadOnly() {
        assertThat(List.copyOf(STANDARD.typeNames())).isSorted();
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> STANDARD.typeNames().add("Foo"));
    }

    @Test
    void unknownTypeIsRefused() {
        assertThatExceptionOfType(UnknownEventTypeException.class)
                .isThrownBy(() -> STANDARD.type("Foo"))
                .withMessage("unknown event type 'Foo'");
        assertThatExceptionOfType(UnknownEventTypeException.class)
                .isThrownBy(() -> STANDARD.envelope("Foo", "a", "test-service", Samples.of(EventTypes.STAFF_LEFT)));
    }

    @Test
    void builderCombinesTheStandardTypesWithOwnOnes() {
        EventRegistry registry = EventRegistry.builder()
                .include(STANDARD)
                .register(PING, PING_SCHEMA)
                .build();

        assertThat(registry.typeNames())
                .hasSize(STANDARD.typeNames().size() + 1)
                .contains("PingSent");
        assertThat(registry.schemaResource("PingSent")).isEqualTo(PING_SCHEMA);
        PingSent ping = new PingSent(UUID.randomUUID(), 3);
        EventEnvelope event = registry.parse(registry.toJson(registry.envelope("PingSent", "p", "test-service", ping)));
        assertThat(registry.payload(event, PingSent.class)).isEqualTo(ping);
        assertThat(STANDARD.knows("PingSent")).isFalse();
    }

    @Test
    void ownTypesAreValidatedAgainstTheirSchema() {
        EventRegistry registry =
                EventRegistry.builder().register(PING, PING_SCHEMA).build();

        assertThatExceptionOfType(InvalidEventException.class)
                .isThrownBy(
                        () -> registry.envelope("PingSent", "p", "test-service", new PingSent(UUID.randomUUID(), 0)))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("payload.sequence: must have a minimum value of 1"));
    }

    @Test
    void aTypeIsRegisteredOnce() {
        EventRegistry.Builder builder = EventRegistry.builder().include(STANDARD);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.register(
                        new EventType<>(EventTypes.STAFF_LEFT, 1, StaffLeft.class),
                        EventRegistry.SCHEMA_FOLDER + "StaffLeft.v1.json"))
                .withMessage("event type 'StaffLeft' is already registered");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.include(STANDARD));
    }

    @Test
    void aMissingSchemaFailsAtRegistration() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EventRegistry.builder().register(PING, "org/skillalliance/contracts/nowhere.json"))
                .withMessageContaining("not found")
                .withMessageContaining("nowhere.json");
    }

    @Test
    void typeNamesAreLogicalNotClassNames() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventType<>(PingSent.class.getName(), 1, PingSent.class));
        assertThatIllegalArgumentException().isThrownBy(() -> new EventType<>("PingSent", 0, PingSent.class));
    }

    @Test
    void envelopeFillsIdTimeAndVersion() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);

        EventEnvelope event = STANDARD.envelope(
                EventTypes.STAFF_LEFT, Samples.STAFF.toString(), "member-service", Samples.of(EventTypes.STAFF_LEFT));

        assertThat(event.eventId()).isNotNull();
        assertThat(event.eventType()).isEqualTo("StaffLeft");
        assertThat(event.schemaVersion()).isEqualTo(1);
        assertThat(event.occurredAt()).isBetween(before, Instant.now());
        assertThat(event.occurredAt().getNano() % 1_000).isZero();
        assertThat(event.aggregateId()).isEqualTo(Samples.STAFF.toString());
        assertThat(event.producer()).isEqualTo("member-service");
        assertThat(event.payload().get("employmentEnd").asString()).isEqualTo("2026-03-31");
    }

    @Test
    void envelopeValidatesThePayload() {
        EnrolmentConfirmed withoutCohort = new EnrolmentConfirmed(
                Samples.ENROLMENT,
                null,
                Samples.COURSE,
                Samples.STAFF,
                Samples.EMPLOYER,
                EnrolmentStatus.CONFIRMED,
                null,
                null);

        assertThatExceptionOfType(InvalidEventException.class)
                .isThrownBy(() ->
                        STANDARD.envelope(EventTypes.ENROLMENT_CONFIRMED, "c", "curriculum-service", withoutCohort))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("payload.cohortId: null found, string expected"));
    }

    @Test
    void loggedHoursOfWorkplaceLearningHaveAtMostTwoDecimalPlaces() {
        WorkplaceLearningSignedOff sample =
                (WorkplaceLearningSignedOff) Samples.of(EventTypes.WORKPLACE_LEARNING_SIGNED_OFF);
        WorkplaceLearningSignedOff threePlaces = new WorkplaceLearningSignedOff(
                sample.learningId(),
                sample.kind(),
                sample.allianceId(),
                sample.employerId(),
                sample.staffId(),
                sample.skillId(),
                sample.skillCode(),
                sample.category(),
                sample.levelReached(),
                new java.math.BigDecimal("14.125"),
                sample.sessions(),
                sample.startedOn(),
                sample.signedOffOn());

        assertThatExceptionOfType(InvalidEventException.class)
                .isThrownBy(() -> STANDARD.envelope(
                        EventTypes.WORKPLACE_LEARNING_SIGNED_OFF, "l", "curriculum-service", threePlaces))
                .satisfies(e -> assertThat(e.reason()).startsWith("payload.loggedHours"));
        assertThat(STANDARD.envelope(EventTypes.WORKPLACE_LEARNING_SIGNED_OFF, "l", "curriculum-service", sample))
                .isNotNull();
    }

    @Test
    void envelopeRefusesAPayloadOfAnotherType() {
        assertThatExceptionOfType(InvalidEventException.class)
                .isThrownBy(() -> STANDARD.envelope(
                        EventTypes.ENROLMENT_CONFIRMED, "c", "curriculum-service", Samples.of(EventTypes.STAFF_LEFT)))
                .satisfies(e -> assertThat(e.reason())
                        .startsWith("payload: EnrolmentConfirmed expects a ")
                        .endsWith("got a " + StaffLeft.class.getName()));
    }

    @Test
    void envelopeAcceptsAJsonPayload() {
        JsonNode payload = EventJson.MAPPER.valueToTree(Samples.of(EventTypes.STAFF_LEFT));

        EventEnvelope event = STANDARD.envelope(EventTypes.STAFF_LEFT, "s", "member-service", payload);

        assertThat(STANDARD.payload(event, StaffLeft.class)).isEqualTo(Samples.of(EventTypes.STAFF_LEFT));
    }

    @Test
    void envelopeChecksAggregateAndProducer() {
        Object payload = Samples.of(EventTypes.STAFF_LEFT);

        assertThatExceptionOfType(InvalidEventException.class)
                .isThrownBy(() -> STANDARD.envelope(EventTypes.STAFF_LEFT, " ", "member-service", payload))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("aggregateId: must not be blank"));
        assertThatExceptionOfType(InvalidEventException.class)
                .isThrownBy(() -> STANDARD.envelope(EventTypes.STAFF_LEFT, "s", "Member Service", payload))
                .satisfies(e -> assertThat(e.reason()).startsWith("producer: does not match the regex pattern"));
        assertThatExceptionOfType(InvalidEventException.class)
                .isThrownBy(() -> STANDARD.envelope(EventTypes.STAFF_LEFT, "s", "member-service", null))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("payload: missing"));
    }

    @Test
    void payloadThatCannotBeMappedIsInvalid() {
        EventEnvelope event =
                STANDARD.envelope(EventTypes.STAFF_LEFT, "s", "member-service", Samples.of(EventTypes.STAFF_LEFT));

        assertThatExceptionOfType(InvalidEventException.class)
                .isThrownBy(() -> STANDARD.payload(event, WrongShape.class))
                .satisfies(e -> assertThat(e.reason()).startsWith("payload: cannot be read as WrongShape"));
    }

    @Test
    void topicsFollowTheProducer() {
        assertThat(Topics.of(EventTypes.STAFF_REGISTERED)).isEqualTo("member.events.v1");
        assertThat(Topics.of(EventTypes.ENROLMENT_CONFIRMED)).isEqualTo("curriculum.events.v1");
        assertThat(Topics.of(EventTypes.GRANT_AWARDED)).isEqualTo("funding.events.v1");
        assertThat(Topics.deadLetter(Topics.CURRICULUM)).isEqualTo("curriculum.events.v1.DLT");
        assertThatExceptionOfType(UnknownEventTypeException.class).isThrownBy(() -> Topics.of("Foo"));
    }

    @Test
    void envelopeRecordRefusesMissingParts() {
        JsonNode payload = EventJson.MAPPER.createObjectNode();

        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(
                        () -> new EventEnvelope(null, "StaffLeft", 1, Instant.now(), "a", "member-service", payload));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventEnvelope(
                        UUID.randomUUID(), "StaffLeft", 0, Instant.now(), "a", "member-service", payload));
    }
}
