package org.skillalliance.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every registered type: build a valid event, write it, read it back, map the payload to the original record. */
class EventRoundTripTest {

    private static final EventRegistry REGISTRY = EventRegistry.standard();

    static Stream<String> typeNames() {
        return REGISTRY.typeNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typeNames")
    void sampleSurvivesTheRoundTrip(String typeName) {
        Object sample = Samples.of(typeName);
        String aggregateId = Samples.id(typeName).toString();
        Instant before = Instant.now();

        EventEnvelope built = REGISTRY.envelope(typeName, aggregateId, "test-service", sample);
        String json = REGISTRY.toJson(built);
        EventEnvelope parsed = REGISTRY.parse(json);

        assertThat(parsed).isEqualTo(built);
        assertThat(parsed.eventType()).isEqualTo(typeName);
        assertThat(parsed.schemaVersion())
                .isEqualTo(REGISTRY.type(typeName).schemaVersion())
                .isEqualTo(1);
        assertThat(parsed.aggregateId()).isEqualTo(aggregateId);
        assertThat(parsed.producer()).isEqualTo("test-service");
        assertThat(parsed.occurredAt()).isCloseTo(before, within(1, ChronoUnit.MINUTES));
        assertThat(REGISTRY.payload(parsed, REGISTRY.type(typeName).payloadClass()))
                .isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typeNames")
    void wireFormatHasTheEnvelopeFieldsAndAnIsoInstant(String typeName) {
        EventEnvelope event = REGISTRY.envelope(typeName, "aggregate-1", "test-service", Samples.of(typeName));

        JsonNode json = EventJson.MAPPER.readTree(REGISTRY.toJson(event));

        assertThat(json.propertyNames())
                .containsExactly(
                        "eventId", "eventType", "schemaVersion", "occurredAt", "aggregateId", "producer", "payload");
        assertThat(json.get("eventId").asString()).isEqualTo(event.eventId().toString());
        assertThat(json.get("eventType").asString()).isEqualTo(typeName);
        assertThat(json.get("schemaVersion").isInt()).isTrue();
        assertThat(json.get("occurredAt").isString()).isTrue();
        assertThat(Instant.parse(json.get("occurredAt").asString())).isEqualTo(event.occurredAt());
        assertThat(json.get("payload").isObject()).isTrue();
        assertThat(REGISTRY.toJson(event)).doesNotContain("org.skillalliance");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typeNames")
    void eachEventGetsItsOwnId(String typeName) {
        Object sample = Samples.of(typeName);

        EventEnvelope first = REGISTRY.envelope(typeName, "aggregate-1", "test-service", sample);
        EventEnvelope second = REGISTRY.envelope(typeName, "aggregate-1", "test-service", sample);

        assertThat(first.eventId()).isNotEqualTo(second.eventId());
        assertThat(first.payload()).isEqualTo(second.payload());
    }
}
