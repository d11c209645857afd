package org.skillalliance.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Bad events are refused with a reason that names the offending field. */
class MalformedEventTest {

    private static final EventRegistry REGISTRY = EventRegistry.standard();

    private static ObjectNode validEvent(String typeName) {
        EventEnvelope event = REGISTRY.envelope(typeName, "aggregate-1", "test-service", Samples.of(typeName));
        return (ObjectNode) EventJson.MAPPER.readTree(REGISTRY.toJson(event));
    }

    private static ObjectNode payloadOf(ObjectNode event) {
        return (ObjectNode) event.get("payload");
    }

    /** Parses {@code typeName}'s valid sample after {@code change} and returns the refusal's reason. */
    private static String reasonFor(String typeName, Consumer<ObjectNode> change) {
        ObjectNode event = validEvent(typeName);
        change.accept(event);
        return reasonFor(event.toString());
    }

    private static String reasonFor(String json) {
        Throwable thrown = catchThrowable(() -> REGISTRY.parse(json));
        assertThat(thrown).isInstanceOf(InvalidEventException.class);
        return ((InvalidEventException) thrown).reason();
    }

    @Test
    void missingRequiredPayloadField() {
        String reason = reasonFor(
                EventTypes.ENROLMENT_CONFIRMED, event -> payloadOf(event).remove("cohortId"));

        assertThat(reason).isEqualTo("payload.cohortId: required property missing");
    }

    @Test
    void requiredFieldSetToNull() {
        String reason = reasonFor(
                EventTypes.ENROLMENT_CONFIRMED, event -> payloadOf(event).putNull("staffId"));

        assertThat(reason).isEqualTo("payload.staffId: null found, string expected");
    }

    @Test
    void stringWhereAnIntegerIsExpected() {
        String reason =
                reasonFor(EventTypes.COHORT_SCHEDULED, event -> payloadOf(event).put("capacity", "ten"));

        assertThat(reason).isEqualTo("payload.capacity: string found, integer expected");
    }

    @Test
    void fractionWhereMinorUnitsAreExpected() {
        String reason = reasonFor(
                EventTypes.DISBURSEMENT_PAID, event -> payloadOf(event).put("amountMinor", 12.5));

        assertThat(reason).isEqualTo("payload.amountMinor: number found, integer expected");
    }

    @Test
    void badUuid() {
        String reason = reasonFor(
                EventTypes.ENROLMENT_CONFIRMED, event -> payloadOf(event).put("staffId", "not-a-uuid"));

        assertThat(reason).isEqualTo("payload.staffId: must be a valid uuid, got 'not-a-uuid'");
    }

    @Test
    void badUuidInsideAList() {
        String reason = reasonFor(
                EventTypes.CLAIM_APPROVED,
                event -> ((ArrayNode) payloadOf(event).get("enrolmentIds")).set(1, "42"));

        assertThat(reason).isEqualTo("payload.enrolmentIds[1]: must be a valid uuid, got '42'");
    }

    @Test
    void badCurrencyPattern() {
        String reason = reasonFor(
                EventTypes.COST_SHARES_FIXED, event -> payloadOf(event).put("currency", "eur"));

        assertThat(reason).isEqualTo("payload.currency: does not match the regex pattern ^[A-Z]{3}$");
    }

    @Test
    void badCurrencyInANestedObject() {
        String reason = reasonFor(
                EventTypes.COHORT_SCHEDULED,
                event -> ((ObjectNode) payloadOf(event).get("cost")).put("currency", "EURO"));

        assertThat(reason).isEqualTo("payload.cost.currency: does not match the regex pattern ^[A-Z]{3}$");
    }

    @Test
    void wrongTypeInAListElement() {
        String reason = reasonFor(
                EventTypes.COST_SHARES_FIXED,
                event -> ((ObjectNode) payloadOf(event).get("shares").get(1)).put("amountMinor", "333334"));

        assertThat(reason).isEqualTo("payload.shares[1].amountMinor: string found, integer expected");
    }

    @Test
    void scoreAbove100() {
        String reason = reasonFor(
                EventTypes.ENROLMENT_OUTCOME_RECORDED, event -> payloadOf(event).put("postScore", 101));

        assertThat(reason).isEqualTo("payload.postScore: must have a maximum value of 100");
    }

    @Test
    void badDate() {
        String reason = reasonFor(
                EventTypes.ENROLMENT_OUTCOME_RECORDED, event -> payloadOf(event).put("completedOn", "2025-02-30"));

        assertThat(reason).isEqualTo("payload.completedOn: must be a valid date, got '2025-02-30'");
    }

    @Test
    void valueOutsideTheEnumeration() {
        String reason = reasonFor(
                EventTypes.ENROLMENT_OUTCOME_RECORDED, event -> payloadOf(event).put("outcome", "PASSED"));

        assertThat(reason)
                .isEqualTo(
                        "payload.outcome: does not have a value in the enumeration [\"COMPLETED\", \"NOT_COMPLETED\", \"NO_SHOW\"]");
    }

    @Test
    void statusThatDoesNotFitTheType() {
        String reason = reasonFor(
                EventTypes.ENROLMENT_CONFIRMED, event -> payloadOf(event).put("status", "WAITLISTED"));

        assertThat(reason).isEqualTo("payload.status: must be the constant value 'CONFIRMED'");
    }

    @Test
    void waitlistedWithoutPosition() {
        String reason = reasonFor(
                EventTypes.ENROLMENT_WAITLISTED, event -> payloadOf(event).remove("waitlistPosition"));

        assertThat(reason).isEqualTo("payload.waitlistPosition: required property missing");
    }

    @Test
    void equityFieldsWithoutConsent() {
        String reason =
                reasonFor(EventTypes.STAFF_REGISTERED, event -> payloadOf(event).put("consentToReporting", false));

        assertThat(reason)
                .contains("payload.gender: string found, null expected")
                .contains("payload.ageBand: string found, null expected");
    }

    @Test
    void credentialWithoutCompletion() {
        String reason = reasonFor(
                EventTypes.ENROLMENT_OUTCOME_RECORDED,
                event -> payloadOf(event).put("outcome", "NO_SHOW").putNull("completedOn"));

        assertThat(reason).isEqualTo("payload.credentialAwarded: must be the constant value 'false'");
    }

    @Test
    void completionWithoutDate() {
        String reason = reasonFor(
                EventTypes.ENROLMENT_OUTCOME_RECORDED, event -> payloadOf(event).putNull("completedOn"));

        assertThat(reason).isEqualTo("payload.completedOn: null found, string expected");
    }

    @Test
    void employerWithoutHeadcount() {
        String reason = reasonFor(
                EventTypes.ORGANISATION_REGISTERED, event -> payloadOf(event).remove("headcount"));

        assertThat(reason).isEqualTo("payload.headcount: required property missing");
    }

    @Test
    void everyViolationIsNamed() {
        String reason = reasonFor(
                EventTypes.ENROLMENT_OUTCOME_RECORDED,
                event -> payloadOf(event)
                        .put("preScore", -1)
                        .put("satisfaction", 6)
                        .remove("enrolmentId"));

        assertThat(reason)
                .isEqualTo("payload.enrolmentId: required property missing; "
                        + "payload.preScore: must have a minimum value of 0; "
                        + "payload.satisfaction: must have a maximum value of 5");
    }

    @Test
    void unknownEventType() {
        ObjectNode event = validEvent(EventTypes.ENROLMENT_CONFIRMED).put("eventType", "Foo");

        assertThatExceptionOfType(UnknownEventTypeException.class)
                .isThrownBy(() -> REGISTRY.parse(event.toString()))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo("unknown event type 'Foo'");
                    assertThat(e.typeName()).isEqualTo("Foo");
                });
    }

    @Test
    void javaClassNameIsNotALogicalType() {
        String reason = reasonFor(
                EventTypes.ENROLMENT_CONFIRMED,
                event -> event.put("eventType", "org.skillalliance.contracts.curriculum.EnrolmentConfirmed"));

        assertThat(reason).isEqualTo("eventType: does not match the regex pattern ^[A-Z][A-Za-z0-9]*$");
    }

    @Test
    void envelopeWithoutEventId() {
        String reason = reasonFor(EventTypes.ENROLMENT_CONFIRMED, event -> event.remove("eventId"));

        assertThat(reason).isEqualTo("eventId: required property missing");
    }

    @Test
    void envelopeWithBadEventId() {
        String reason = reasonFor(EventTypes.ENROLMENT_CONFIRMED, event -> event.put("eventId", "1234"));

        assertThat(reason).isEqualTo("eventId: must be a valid uuid, got '1234'");
    }

    @Test
    void envelopeWithBadTimestamp() {
        String reason = reasonFor(EventTypes.ENROLMENT_CONFIRMED, event -> event.put("occurredAt", "yesterday"));

        assertThat(reason).isEqualTo("occurredAt: must be a valid date-time, got 'yesterday'");
    }

    @Test
    void envelopeWithEpochTimestamp() {
        String reason = reasonFor(EventTypes.ENROLMENT_CONFIRMED, event -> event.put("occurredAt", 1_700_000_000L));

        assertThat(reason).isEqualTo("occurredAt: integer found, string expected");
    }

    @Test
    void envelopeWithoutPayload() {
        String reason = reasonFor(EventTypes.ENROLMENT_CONFIRMED, event -> event.remove("payload"));

        assertThat(reason).isEqualTo("payload: required property missing");
    }

    @Test
    void payloadThatIsNotAnObject() {
        String reason = reasonFor(EventTypes.ENROLMENT_CONFIRMED, event -> event.put("payload", "confirmed"));

        assertThat(reason).isEqualTo("payload: string found, object expected");
    }

    @Test
    void schemaVersionTheTypeDoesNotHave() {
        String reason = reasonFor(EventTypes.ENROLMENT_CONFIRMED, event -> event.put("schemaVersion", 2));

        assertThat(reason).isEqualTo("schemaVersion: EnrolmentConfirmed is known in version 1, not 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"this is not JSON", "{\"eventId\": ", "{} trailing", "<xml/>"})
    void textThatIsNotJson(String text) {
        assertThat(reasonFor(text)).startsWith("not valid JSON: ");
    }

    @Test
    void emptyMessage() {
        assertThat(reasonFor("")).isEqualTo("not valid JSON: empty message");
        assertThat(reasonFor("   ")).isEqualTo("not valid JSON: empty message");
    }

    @Test
    void jsonThatIsNotAnObject() {
        assertThat(reasonFor("[1, 2]")).isEqualTo("envelope: array found, object expected");
        assertThat(reasonFor("null")).isEqualTo("envelope: null found, object expected");
    }

    @Test
    void validatePayloadNamesTheField() {
        ObjectNode payload = payloadOf(validEvent(EventTypes.COHORT_SCHEDULED)).put("capacity", 0);

        assertThatExceptionOfType(InvalidEventException.class)
                .isThrownBy(() -> REGISTRY.validatePayload(EventTypes.COHORT_SCHEDULED, payload))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("payload.capacity: must have a minimum value of 1"));
    }

    @Test
    void validatePayloadAcceptsTheSample() {
        JsonNode payload = payloadOf(validEvent(EventTypes.COHORT_SCHEDULED));

        REGISTRY.validatePayload(EventTypes.COHORT_SCHEDULED, payload);
    }

    @Test
    void validatePayloadOfAnUnknownType() {
        assertThatExceptionOfType(UnknownEventTypeException.class)
                .isThrownBy(() -> REGISTRY.validatePayload("Foo", EventJson.MAPPER.createObjectNode()))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("unknown event type 'Foo'"));
    }
}
