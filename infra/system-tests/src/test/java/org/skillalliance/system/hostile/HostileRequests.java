package org.skillalliance.system.hostile;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An operation to its hostile requests: for each path parameter invalid ids; for each query parameter and each body
 * property (nested ones too) the {@link Faults} of its schema; for the body as a whole malformed JSON, wrong types,
 * each required property missing, an unknown property, wrong content types and an oversized chunked body. Everything
 * not under attack is valid ({@link ValidValues}), so each request isolates one fault.
 */
final class HostileRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Above the gateway's 1 MB limit for a JSON body. */
    static final long CHUNKED_JSON_BYTES = 3L * 1024 * 1024;
    /** Above the largest upload limit (the enrolment import's 6 MB). */
    static final long CHUNKED_UPLOAD_BYTES = 7L * 1024 * 1024;
    /** Nested objects and arrays are attacked to this depth. */
    private static final int MAX_DEPTH = 3;

    private static final String MULTIPART_BOUNDARY = "hostile-boundary-7d1c";
    private static final String VALID_CSV = "hostile,probe\n1,2\n";

    private final ValidValues validValues;
    private final RealData realData;

    HostileRequests(ValidValues validValues, RealData realData) {
        this.validValues = validValues;
        this.realData = realData;
    }

    /** A step into a body: a property's name or an array index, with the schema of what it leads to. */
    private record Step(String property, JsonNode schema) {

        boolean index() {
            return property == null;
        }
    }

    /** Every hostile request for the operation. */
    List<HostileRequest> of(Operation operation) {
        Valid valid = valid(operation);
        List<HostileRequest> requests = new ArrayList<>();
        pathFaults(operation, valid, requests);
        queryFaults(operation, valid, requests);
        operation.body().ifPresent(body -> {
            if (body.json()) {
                jsonBodyFaults(operation, body, valid, requests);
            } else {
                multipartFaults(operation, valid, requests);
            }
        });
        if (operation.writes()) {
            long size = operation
                    .body()
                    .map(body -> body.json() ? CHUNKED_JSON_BYTES : CHUNKED_UPLOAD_BYTES)
                    .orElse(CHUNKED_JSON_BYTES);
            String contentType =
                    operation.body().map(Operation.Body::contentType).orElse("application/json");
            if (contentType.startsWith("multipart")) {
                contentType += "; boundary=" + MULTIPART_BOUNDARY;
            }
            requests.add(new HostileRequest(
                    operation,
                    FaultKind.OVERSIZED_CHUNKED_BODY,
                    (size >> 20) + " MB chunked body",
                    valid.target(),
                    contentType,
                    null,
                    size,
                    false,
                    null));
        }
        return requests;
    }

    // ------------------------------------------------------------------------------------------------- valid parts

    /** The valid path values, required query values and body of an operation. */
    private record Valid(String path, Map<String, String> query, JsonNode body) {

        String target() {
            return target(path, query);
        }

        static String target(String path, Map<String, String> query) {
            if (query.isEmpty()) {
                return path;
            }
            StringBuilder target = new StringBuilder(path);
            char separator = '?';
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                target.append(separator)
                        .append(encode(parameter.getKey()))
                        .append('=')
                        .append(encode(parameter.getValue()));
                separator = '&';
            }
            return target.toString();
        }
    }

    private Valid valid(Operation operation) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (Operation.Parameter parameter : operation.pathParameters()) {
            pathValues.put(parameter.name(), encode(validPathValue(operation, parameter)));
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (Operation.Parameter parameter : operation.queryParameters()) {
            if (parameter.required()) {
                query.put(parameter.name(), text(validValues.of(parameter.name(), parameter.schema())));
            }
        }
        JsonNode body = operation
                .body()
                .map(b -> (JsonNode) validValues.of(null, b.schema()))
                .orElse(null);
        return new Valid(path(operation.path(), pathValues), query, body);
    }

    private String validPathValue(Operation operation, Operation.Parameter parameter) {
        if (SchemaCheck.format(parameter.schema()).equals("uuid")
                || parameter.name().endsWith("Id")
                || parameter.name().equals("id")) {
            return realData.idForPath(operation.path(), parameter.name())
                    .orElseGet(UUID::randomUUID)
                    .toString();
        }
        return text(validValues.of(parameter.name(), parameter.schema()));
    }

    private static String path(String template, Map<String, String> encodedValues) {
        String path = template;
        for (Map.Entry<String, String> value : encodedValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    // -------------------------------------------------------------------------------------------- path and query

    private void pathFaults(Operation operation, Valid valid, List<HostileRequest> requests) {
        for (Operation.Parameter parameter : operation.pathParameters()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Operation.Parameter other : operation.pathParameters()) {
                values.put(other.name(), encode(validPathValue(operation, other)));
            }
            boolean uuid = SchemaCheck.format(parameter.schema()).equals("uuid");
            Map<String, String> faults = new LinkedHashMap<>();
            faults.put("not a UUID", "not-a-uuid");
            faults.put("a UUID of nothing", UUID.randomUUID().toString());
            faults.put("%00", "%00");
            faults.put("%2e%2e", "%2e%2e");
            for (Map.Entry<String, String> fault : faults.entrySet()) {
                values.put(parameter.name(), fault.getValue());
                // reading what is not there may answer an empty report; changing it may not succeed
                boolean mayBeAccepted = fault.getKey().equals("a UUID of nothing") ? !operation.writes() : !uuid;
                requests.add(new HostileRequest(
                        operation,
                        FaultKind.INVALID_ID,
                        "path {" + parameter.name() + "}: " + fault.getKey(),
                        Valid.target(path(operation.path(), values), valid.query()),
                        contentTypeOf(operation),
                        bodyBytes(operation, valid.body()),
                        0,
                        mayBeAccepted,
                        fault.getValue().equals("%00") ? "\u0000" : null));
            }
        }
    }

    private void queryFaults(Operation operation, Valid valid, List<HostileRequest> requests) {
        for (Operation.Parameter parameter : operation.queryParameters()) {
            JsonNode validValue = validValues.of(parameter.name(), parameter.schema());
            for (Faults.Fault fault : Faults.of(parameter.schema(), validValue)) {
                if (fault.value().isContainer()
                        || fault.kind() == FaultKind.WRONG_TYPE
                                && (SchemaCheck.type(parameter.schema()).equals("string")
                                        || fault.value().asString().equals("7"))) {
                    continue; // a query parameter is text: no objects, any text is a string, "7" is how 7 is written
                }
                Map<String, String> query = new LinkedHashMap<>(valid.query());
                query.put(parameter.name(), text(fault.value()));
                boolean conforms =
                        SchemaCheck.conforms(parameter.schema(), asQueryValue(parameter.schema(), text(fault.value())));
                requests.add(new HostileRequest(
                        operation,
                        fault.kind(),
                        "query " + parameter.name() + ": " + fault.label(),
                        Valid.target(valid.path(), query),
                        contentTypeOf(operation),
                        bodyBytes(operation, valid.body()),
                        0,
                        conforms,
                        echo(fault)));
            }
        }
        for (Operation.Parameter parameter : operation.queryParameters()) {
            if (parameter.required()) {
                Map<String, String> query = new LinkedHashMap<>(valid.query());
                query.remove(parameter.name());
                requests.add(new HostileRequest(
                        operation,
                        FaultKind.MISSING_REQUIRED,
                        "query " + parameter.name() + " missing",
                        Valid.target(valid.path(), query),
                        contentTypeOf(operation),
                        bodyBytes(operation, valid.body()),
                        0,
                        false,
                        null));
            }
        }
        Map<String, String> unknown = new LinkedHashMap<>(valid.query());
        unknown.put("hostileUnknownParameter", "1");
        requests.add(new HostileRequest(
                operation,
                FaultKind.UNKNOWN_FIELD,
                "unknown query parameter",
                Valid.target(valid.path(), unknown),
                contentTypeOf(operation),
                bodyBytes(operation, valid.body()),
                0,
                false,
                null));
    }

    /** The query text as the typed value a service binds it to, for the schema check. */
    private static JsonNode asQueryValue(JsonNode schema, String text) {
        String type = SchemaCheck.type(schema);
        if (type.equals("integer") && text.matches("-?\\d+")) {
            return NODES.numberNode(new BigInteger(text));
        }
        if (type.equals("number") && text.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            return NODES.numberNode(new BigDecimal(text));
        }
        if (type.equals("boolean") && (text.equals("true") || text.equals("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return NODES.stringNode(text);
    }

    // ---------------------------------------------------------------------------------------------------- JSON body

    private void jsonBodyFaults(Operation operation, Operation.Body body, Valid valid, List<HostileRequest> requests) {
        String target = valid.target();
        String json = "application/json";
        for (String malformed :
                List.of("{\"", "not json", "{\"a\":1,}", JSON.writeValueAsString(valid.body()) + " trailing")) {
            requests.add(raw(
                    operation,
                    FaultKind.MALFORMED_JSON,
                    "body " + abbreviate(malformed),
                    target,
                    json,
                    malformed,
                    false));
        }
        requests.add(raw(operation, FaultKind.MALFORMED_JSON, "empty body", target, json, "", !body.required()));
        String type = SchemaCheck.type(body.schema());
        for (Faults.Fault fault : Faults.of(body.schema(), valid.body())) {
            if (fault.kind() == FaultKind.WRONG_TYPE) {
                requests.add(raw(
                        operation,
                        FaultKind.WRONG_TYPE,
                        "body: " + fault.label(),
                        target,
                        json,
                        JSON.writeValueAsString(fault.value()),
                        false));
            }
        }
        requests.add(raw(operation, FaultKind.WRONG_TYPE, "body: null", target, json, "null", !body.required()));
        if (type.equals("object")) {
            objectFaults(operation, body.schema(), body.schema(), valid, List.of(), requests, 0);
        } else if (type.equals("array")) {
            List<Step> item = List.of(new Step(null, body.schema().path("items")));
            locationFaults(operation, body.schema(), valid, item, requests, 0);
        }
        byte[] validBytes = bodyBytes(operation, valid.body());
        Map<String, String> wrongTypes = new LinkedHashMap<>();
        wrongTypes.put("text/plain", JSON.writeValueAsString(valid.body()));
        wrongTypes.put("application/xml", "<hostile><probe>1</probe></hostile>");
        wrongTypes.put("application/x-www-form-urlencoded", "hostile=probe");
        // a type the operation documents is no wrong one (verifying a credential takes it as text/plain too)
        wrongTypes.keySet().removeAll(body.documented());
        for (Map.Entry<String, String> wrong : wrongTypes.entrySet()) {
            requests.add(raw(
                    operation,
                    FaultKind.WRONG_CONTENT_TYPE,
                    "Content-Type " + wrong.getKey(),
                    target,
                    wrong.getKey(),
                    wrong.getValue(),
                    false));
        }
        requests.add(new HostileRequest(
                operation, FaultKind.WRONG_CONTENT_TYPE, "no Content-Type", target, null, validBytes, 0, false, null));
    }

    /** Each required property missing, an unknown one, and the faults of every property (nested ones too). */
    private void objectFaults(
            Operation operation,
            JsonNode bodySchema,
            JsonNode schema,
            Valid valid,
            List<Step> at,
            List<HostileRequest> requests,
            int depth) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            List<Step> location = append(at, new Step(property.getKey(), property.getValue()));
            if (SchemaCheck.required(schema, property.getKey())) {
                requests.add(jsonBody(
                        operation,
                        valid,
                        FaultKind.MISSING_REQUIRED,
                        where(location) + " missing",
                        withAt(bodySchema, location, null, true),
                        false,
                        null));
            }
            locationFaults(operation, bodySchema, valid, location, requests, depth);
        }
        List<Step> unknown = append(at, new Step("hostileUnknownField", NODES.objectNode()));
        requests.add(jsonBody(
                operation,
                valid,
                FaultKind.UNKNOWN_FIELD,
                where(unknown) + " added",
                withAt(bodySchema, unknown, NODES.numberNode(1), false),
                false,
                null));
    }

    /** The faults of one place in the body; objects and arrays are gone into. */
    private void locationFaults(
            Operation operation,
            JsonNode bodySchema,
            Valid valid,
            List<Step> location,
            List<HostileRequest> requests,
            int depth) {
        Step last = location.getLast();
        String name = last.index() ? null : last.property();
        JsonNode validValue = validValues.of(name, last.schema());
        for (Faults.Fault fault : Faults.of(last.schema(), validValue)) {
            requests.add(jsonBody(
                    operation,
                    valid,
                    fault.kind(),
                    where(location) + ": " + fault.label(),
                    withAt(bodySchema, location, fault.value(), false),
                    SchemaCheck.conforms(last.schema(), fault.value()),
                    echo(fault)));
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        switch (SchemaCheck.type(last.schema())) {
            case "object" -> objectFaults(operation, bodySchema, last.schema(), valid, location, requests, depth + 1);
            case "array" ->
                locationFaults(
                        operation,
                        bodySchema,
                        valid,
                        append(location, new Step(null, last.schema().path("items"))),
                        requests,
                        depth + 1);
            default -> {
                // a scalar: its faults are above
            }
        }
    }

    /**
     * A valid body with the value at the location replaced (or removed); places on the way that the valid body leaves
     * out (optional objects, empty arrays) are filled with valid values first.
     */
    private JsonNode withAt(JsonNode bodySchema, List<Step> location, JsonNode value, boolean remove) {
        JsonNode root = validValues.of(null, bodySchema); // afresh: new codes and emails for each request
        JsonNode current = root;
        for (int i = 0; i < location.size() - 1; i++) {
            Step step = location.get(i);
            current = child(current, step);
        }
        Step last = location.getLast();
        if (last.index()) {
            ArrayNode array = (ArrayNode) current;
            if (remove) {
                array.removeAll();
            } else if (array.isEmpty()) {
                array.add(value);
            } else {
                array.set(0, value);
            }
        } else if (remove) {
            ((ObjectNode) current).remove(last.property());
        } else {
            ((ObjectNode) current).set(last.property(), value);
        }
        return root;
    }

    private JsonNode child(JsonNode parent, Step step) {
        if (step.index()) {
            ArrayNode array = (ArrayNode) parent;
            if (array.isEmpty() || !array.get(0).isContainer()) {
                array.removeAll();
                array.add(validValues.of(null, step.schema()));
            }
            return array.get(0);
        }
        ObjectNode object = (ObjectNode) parent;
        JsonNode existing = object.get(step.property());
        if (existing == null || !existing.isContainer()) {
            object.set(step.property(), validValues.of(step.property(), step.schema()));
        }
        return object.get(step.property());
    }

    private HostileRequest jsonBody(
            Operation operation,
            Valid valid,
            FaultKind kind,
            String fault,
            JsonNode body,
            boolean mayBeAccepted,
            String forbiddenEcho) {
        return new HostileRequest(
                operation,
                kind,
                fault,
                valid.target(),
                "application/json",
                JSON.writeValueAsBytes(body),
                0,
                mayBeAccepted,
                forbiddenEcho);
    }

    private static HostileRequest raw(
            Operation operation,
            FaultKind kind,
            String fault,
            String target,
            String contentType,
            String body,
            boolean mayBeAccepted) {
        return new HostileRequest(
                operation,
                kind,
                fault,
                target,
                contentType,
                body.getBytes(StandardCharsets.UTF_8),
                0,
                mayBeAccepted,
                null);
    }

    // ------------------------------------------------------------------------------------------------------ uploads

    private void multipartFaults(Operation operation, Valid valid, List<HostileRequest> requests) {
        String target = valid.target();
        String multipart = "multipart/form-data; boundary=" + MULTIPART_BOUNDARY;
        requests.add(raw(
                operation,
                FaultKind.MISSING_REQUIRED,
                "no file part",
                target,
                multipart,
                "--" + MULTIPART_BOUNDARY + "--\r\n",
                false));
        requests.add(raw(
                operation,
                FaultKind.MALFORMED_JSON,
                "multipart never closed",
                target,
                multipart,
                "--" + MULTIPART_BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\na,b",
                false));
        requests.add(raw(
                operation,
                FaultKind.WRONG_CONTENT_TYPE,
                "multipart without boundary",
                target,
                "multipart/form-data",
                new String(multipart(VALID_CSV), StandardCharsets.UTF_8),
                false));
        requests.add(raw(
                operation,
                FaultKind.WRONG_CONTENT_TYPE,
                "Content-Type application/json",
                target,
                "application/json",
                "{}",
                false));
        for (String control : Faults.CONTROL_CHARACTERS) {
            // a cell with a control character: refused, or that row reported, never stored
            requests.add(new HostileRequest(
                    operation,
                    FaultKind.CONTROL_CHARACTER,
                    "file with U+" + String.format("%04X", (int) control.charAt(0)) + " in a cell",
                    target,
                    multipart,
                    multipart("hostile,probe\na" + control + "b,2\n"),
                    0,
                    true,
                    control.substring(0, 1)));
        }
    }

    private static byte[] multipart(String csv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + MULTIPART_BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"hostile.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("\r\n--" + MULTIPART_BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static String contentTypeOf(Operation operation) {
        return operation
                .body()
                .map(body -> body.json() ? "application/json" : "multipart/form-data; boundary=" + MULTIPART_BOUNDARY)
                .orElse(null);
    }

    private static byte[] bodyBytes(Operation operation, JsonNode validBody) {
        return operation
                .body()
                .map(body -> body.json() ? JSON.writeValueAsBytes(validBody) : multipart(VALID_CSV))
                .orElse(null);
    }

    private static String echo(Faults.Fault fault) {
        if (fault.kind() != FaultKind.CONTROL_CHARACTER) {
            return null;
        }
        return fault.value()
                .asString()
                .chars()
                .filter(Character::isISOControl)
                .limit(1)
                .mapToObj(c -> String.valueOf((char) c))
                .findFirst()
                .orElse(null);
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String where(List<Step> location) {
        StringBuilder where = new StringBuilder("body");
        for (Step step : location) {
            where.append(step.index() ? "[0]" : "." + step.property());
        }
        return where.toString();
    }

    private static List<Step> append(List<Step> location, Step step) {
        List<Step> longer = new ArrayList<>(location);
        longer.add(step);
        return longer;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
