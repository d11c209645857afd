package org.skillalliance.platform.demo;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One answer of the public API, as it came: the request it answers, status, headers and body.
 *
 * @param method  the request's method
 * @param path    the request's path and query, relative to the gateway
 * @param status  the HTTP status
 * @param headers the response headers
 * @param body    the body as text (empty when there was none)
 */
public record ApiResponse(String method, String path, int status, Map<String, List<String>> headers, String body) {

    /** Decimals (rates, means, hours) are read as they were written: no binary floating point, no zeros stripped. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    public ApiResponse {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** The body as JSON (a null node when empty). */
    public JsonNode json() {
        return body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    }

    /** The first value of a header, matched without regard to case, or null. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().getFirst())
                .findFirst()
                .orElse(null);
    }

    /** Whether the body is an RFC 9457 problem document. */
    public boolean isProblem() {
        String type = header("Content-Type");
        return type != null && type.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status + (body.isBlank() ? "" : " " + body);
    }
}
