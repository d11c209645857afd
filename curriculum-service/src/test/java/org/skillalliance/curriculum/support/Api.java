package org.skillalliance.curriculum.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's HTTP API as a client sees it: JSON in, status and JSON (or problem+json) out, with the bearer token of
 * one caller (see {@link org.skillalliance.testsupport.Callers}), or none.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Supplier<String> token;

    /** A client without a token. */
    public Api(int port) {
        this(port, null);
    }

    /** A client that sends the caller's current token with every request. */
    public Api(int port, Supplier<String> token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    /** The same service, called by another caller (null: without a token). */
    public Api as(Supplier<String> caller) {
        return new Api(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), caller);
    }

    /** One answer: status, content type and body (parsed as JSON where it is JSON). */
    public record Response(int status, String contentType, JsonNode body, String raw) {

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
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response put(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Uploads a file as the multipart part {@code file}. */
    public Response upload(String path, String filename, String content) {
        String boundary = "----curriculum" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + content + "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private Response send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token.get());
        }
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            JsonNode body = response.body().isEmpty() || contentType == null || !contentType.contains("json")
                    ? JSON.missingNode()
                    : JSON.readTree(response.body());
            return new Response(response.statusCode(), contentType, body, response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
