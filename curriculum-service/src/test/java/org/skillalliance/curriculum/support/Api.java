package org.skillalliance.curriculum.support;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.skillalliance.testsupport.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's HTTP API as a client sees it: JSON in, status and JSON (or problem+json) out, with the bearer token of
 * one caller (see {@link org.skillalliance.testsupport.Callers}), or none. The requests go out through test-support's
 * {@link ApiClient}, the one HTTP client of the tests; this class only reads each answer the way the service's tests
 * ask of it (a field's text, the id, whether it is a problem).
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final ApiClient client;

    /** A client without a token. */
    public Api(int port) {
        this(port, null);
    }

    /** A client that sends the caller's current token with every request. */
    public Api(int port, Supplier<String> token) {
        this.port = port;
        this.client = ApiClient.onPort(port).withTokens(token);
    }

    /** The same service, called by another caller (null: without a token). */
    public Api as(Supplier<String> caller) {
        return new Api(port, caller);
    }

    /** One answer: status, content type and body (parsed as JSON where it is JSON). */
    public record Response(int status, String contentType, JsonNode body, String raw) {

        static Response of(ApiClient.Response answer) {
            String contentType = answer.header("Content-Type");
            JsonNode body = answer.text().isEmpty() || contentType == null || !contentType.contains("json")
                    ? JSON.missingNode()
                    : JSON.readTree(answer.text());
            return new Response(answer.status(), contentType, body, answer.text());
        }

        public String text(String field) {
            JsonNode node = body.get(field);
            return node == null || node.isNull() ? null : node.asString();
        }

        public UUID id() {
            return UUID.fromString(text("id"));
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        /** The reasons of the problem's errors, as "field: reason" lines, or the detail when there are none. */
        public String problemSummary() {
            return body.path("detail").asString();
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }

    public Response get(String path) {
        return Response.of(client.get(path));
    }

    public Response post(String path, Object body) {
        return Response.of(client.post(path, body));
    }

    public Response post(String path) {
        return Response.of(client.post(path));
    }

    /** PUTs {@code body} serialised as JSON (a String too, as a JSON string). */
    public Response put(String path, Object body) {
        return Response.of(client.put(path, JSON.writeValueAsString(body)));
    }

    public Response delete(String path) {
        return Response.of(client.delete(path));
    }

    /** POSTs a CSV file as the body itself ({@code text/csv}). */
    public Response postCsv(String path, String csv) {
        return Response.of(client.post(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** Uploads a file as the multipart part {@code file}. */
    public Response upload(String path, String filename, String content) {
        return Response.of(client.upload(path, "file", filename, content.getBytes(StandardCharsets.UTF_8)));
    }
}
