package org.skillalliance.system.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generator on a small document: one fault per request, the rest valid and real, and the right expectation. */
class HostileRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID COHORT = UUID.fromString("5d9e401a-79da-4262-9709-3d17854ab9c9");

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {"/api/cohorts/{id}/things": {"post": {
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}},
                               {"name": "q", "in": "query", "schema": {"type": "string"}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingRequest"}}}}}}},
             "components": {"schemas": {"ThingRequest": {"type": "object", "required": ["name", "headcount", "currency"],
                "properties": {"name": {"type": "string", "maxLength": 10},
                               "headcount": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100},
                               "currency": {"type": "string", "pattern": "[A-Z]{3}"},
                               "tags": {"type": "array", "items": {"type": "string"}}}}}}}
            """;

    private final List<HostileRequest> requests = generate();

    private static List<HostileRequest> generate() {
        RealData realData = new RealData();
        realData.harvest("/api/cohorts", JSON.readTree("[{\"id\": \"" + COHORT + "\", \"name\": \"Lathe 1\"}]"));
        Operation operation = new ApiDocument("curriculum-service", JSON.readTree(DOCUMENT))
                .operations()
                .getFirst();
        return new HostileRequests(new ValidValues(realData), realData).of(operation);
    }

    private HostileRequest find(String fault) {
        return requests.stream()
                .filter(request -> request.fault().equals(fault))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no request " + fault + " among "
                        + requests.stream().map(HostileRequest::fault).toList()));
    }

    private static JsonNode body(HostileRequest request) {
        return JSON.readTree(new String(request.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aWrongTypeIsTheOnlyFaultAndIsToBeRefused() {
        HostileRequest request = find("body.headcount: float 5.9 where integer");

        assertThat(request.kind()).isEqualTo(FaultKind.WRONG_TYPE);
        assertThat(request.mayBeAccepted()).isFalse();
        assertThat(request.target()).isEqualTo("/api/cohorts/" + COHORT + "/things");
        JsonNode body = body(request);
        assertThat(body.get("headcount").decimalValue()).isEqualByComparingTo("5.9");
        assertThat(body.get("name").asString()).startsWith("H").hasSizeLessThanOrEqualTo(10);
        assertThat(body.get("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void aValueThatNamesOneThingIsNewInEveryRequest() {
        assertThat(body(find("body.headcount: 100")).get("name"))
                .isNotEqualTo(body(find("body.headcount: 101")).get("name"));
    }

    @Test
    void aValueAtItsDocumentedBoundMayBeAcceptedAndOneBeyondMayNot() {
        assertThat(find("body.headcount: 100").mayBeAccepted()).isTrue();
        assertThat(find("body.headcount: 101").mayBeAccepted()).isFalse();
        assertThat(find("body.headcount: 10000000000000").mayBeAccepted()).isFalse();
        assertThat(find("body.headcount: 0").mayBeAccepted()).isFalse();
    }

    @Test
    void missingAndUnknownPropertiesAreToBeRefused() {
        HostileRequest missing = find("body.name missing");
        assertThat(body(missing).has("name")).isFalse();
        assertThat(missing.mayBeAccepted()).isFalse();
        assertThat(body(find("body.hostileUnknownField added"))
                        .get("hostileUnknownField")
                        .asInt())
                .isEqualTo(1);
        assertThat(find("body.hostileUnknownField added").mayBeAccepted()).isFalse();
    }

    @Test
    void aControlCharacterMayBeCleanedButNeverHandedBack() {
        HostileRequest request = find("body.name: U+0000 inside the value");

        assertThat(request.mayBeAccepted()).isTrue();
        assertThat(request.forbiddenEcho()).isEqualTo("\u0000");
        assertThat(find("query q: U+0000 inside the value").target()).contains("%00");
    }

    @Test
    void theLongStringBreaksTheDocumentedLength() {
        assertThat(find("body.name: 100 KB string").mayBeAccepted()).isFalse();
        assertThat(find("body.tags[0]: 100 KB string").mayBeAccepted()).isTrue();
    }

    @Test
    void invalidIdsContentTypesAndTheChunkedBodyAreGenerated() {
        assertThat(find("path {id}: %00").target()).isEqualTo("/api/cohorts/%00/things");
        assertThat(find("path {id}: a UUID of nothing").mayBeAccepted()).isFalse();
        assertThat(find("Content-Type application/xml").contentType()).isEqualTo("application/xml");
        HostileRequest chunked = find("3 MB chunked body");
        assertThat(chunked.chunkedBytes()).isEqualTo(HostileRequests.CHUNKED_JSON_BYTES);
        assertThat(chunked.body()).isNull();
    }
}
