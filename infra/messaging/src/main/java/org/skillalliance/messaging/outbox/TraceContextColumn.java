package org.skillalliance.messaging.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code outbox_event.trace_context}: propagation headers as a JSON object, null for none. */
final class TraceContextColumn {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {};

    private TraceContextColumn() {}

    static String write(Map<String, String> headers) {
        return headers.isEmpty() ? null : JSON.writeValueAsString(headers);
    }

    /** The stored headers; none where the column is null or unreadable (a trace is never worth a stuck shard). */
    static Map<String, String> read(String column) {
        if (column == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(column, HEADERS);
        } catch (JacksonException unreadable) {
            return Map.of();
        }
    }
}
