package org.skillalliance.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import tools.jackson.databind.node.ObjectNode;

/** Additive changes stay in v1: readers accept and ignore fields they do not know. */
class UnknownFieldsTest {

    private static final EventRegistry REGISTRY = EventRegistry.standard();

    /** A reader that only needs two fields may map the payload to its own smaller record. */
    record SeatView(UUID enrolmentId, UUID employerId) {}

    private static ObjectNode validEvent(String typeName) {
        EventEnvelope event = REGISTRY.envelope(typeName, "aggregate-1", "test-service", Samples.of(typeName));
        return (ObjectNode) EventJson.MAPPER.readTree(REGISTRY.toJson(event));
    }

    @Test
    void extraPayloadFieldsAreAcceptedAndIgnored() {
        ObjectNode event = validEvent(EventTypes.ENROLMENT_CONFIRMED);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("seatNumber", 7);
        payload.putObject("addedLater").put("channel", "csv-import");

        EventEnvelope parsed = REGISTRY.parse(event.toString());

        assertThat(REGISTRY.payload(parsed, EnrolmentConfirmed.class))
                .isEqualTo(Samples.of(EventTypes.ENROLMENT_CONFIRMED));
    }

    @Test
    void extraFieldsInNestedObjectsAreIgnored() {
        ObjectNode event = validEvent(EventTypes.COST_SHARES_FIXED);
        ((ObjectNode) event.get("payload").get("shares").get(0)).put("discountMinor", 100);

        EventEnvelope parsed = REGISTRY.parse(event.toString());

        assertThat(REGISTRY.payload(
                        parsed, REGISTRY.type(EventTypes.COST_SHARES_FIXED).payloadClass()))
                .isEqualTo(Samples.of(EventTypes.COST_SHARES_FIXED));
    }

    @Test
    void extraEnvelopeFieldsAreIgnored() {
        ObjectNode event = validEvent(EventTypes.ENROLMENT_CONFIRMED);
        event.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");

        EventEnvelope parsed = REGISTRY.parse(event.toString());

        assertThat(parsed.eventId()).hasToString(event.get("eventId").asString());
        assertThat(REGISTRY.payload(parsed, EnrolmentConfirmed.class))
                .isEqualTo(Samples.of(EventTypes.ENROLMENT_CONFIRMED));
    }

    @Test
    void absentOptionalFieldsReadAsNull() {
        ObjectNode event = validEvent(EventTypes.ENROLMENT_OUTCOME_RECORDED);
        ((ObjectNode) event.get("payload")).remove("satisfaction");

        EventEnvelope parsed = REGISTRY.parse(event.toString());

        assertThat(REGISTRY.payload(parsed, EnrolmentOutcomeRecorded.class).satisfaction())
                .isNull();
    }

    @Test
    void aReaderMayMapToItsOwnSmallerRecord() {
        EventEnvelope parsed =
                REGISTRY.parse(validEvent(EventTypes.ENROLMENT_CONFIRMED).toString());

        assertThat(REGISTRY.payload(parsed, SeatView.class))
                .isEqualTo(new SeatView(Samples.ENROLMENT, Samples.EMPLOYER));
    }
}
