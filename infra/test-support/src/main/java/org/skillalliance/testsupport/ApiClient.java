package org.skillalliance.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a service's HTTP API the way a client would: JSON in, JSON (or problem+json) out, multipart uploads.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One for every client: a client is cheap to make per call, the JDK's client and its threads are not. */
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private volatile Supplier<String> bearerTokens;
    private volatile Duration requestTimeout = Duration.ofSeconds(60);

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static ApiClient onPort(int port) {
        return new ApiClient("http://localhost:" + port);
    }

    /** Sends {@code Authorization: Bearer <token>} with every later request (null to stop). */
    public ApiClient withToken(String token) {
        return withTokens(token == null ? null : () -> token);
    }

    /** Sends the caller's current token (asked of {@code tokens} for each request) with every later request. */
    public ApiClient withTokens(Supplier<String> tokens) {
        this.bearerTokens = tokens;
        return this;
    }

    /**
     * Waits up to {@code timeout} for each later answer (60 s unless set): longer for a first request that builds
     * something slow (springdoc's document), shorter for a probe that should fail fast.
     */
    public ApiClient withTimeout(Duration timeout) {
        this.requestTimeout = timeout;
        return this;
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    /** GET asking for another representation, such as {@code text/csv}. */
    public Response getAccepting(String path, String mediaType) {
        return send(builder(path).setHeader("Accept", mediaType).GET());
    }

    /** GET with further request headers, such as {@code If-None-Match} or {@code Accept}. */
    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = builder(path);
        headers.forEach(builder::setHeader);
        return send(builder.GET());
    }

    public Response delete(String path) {
        return send(builder(path).DELETE());
    }

    /** POSTs {@code body}: a String is sent as it is (raw JSON), anything else is serialised. */
    public Response post(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json").POST(json(body)));
    }

    /** POSTs {@code body} as it is, as {@code contentType} (such as {@code text/plain}). */
    public Response post(String path, String contentType, String body) {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response post(String path) {
        return send(builder(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** POSTs {@code body} as it is, with its {@code Content-Length} and content type (a {@code text/csv} file, say). */
    public Response post(String path, String contentType, byte[] body) {
        return send(
                builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response put(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    /** Uploads {@code content} as the multipart field {@code field}, like a browser form or {@code curl -F}. */
    public Response upload(String path, String field, String filename, byte[] content) {
        String boundary = "----skillalliance" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(builder(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(requestTimeout)
                .header("Accept", "application/json, application/problem+json");
        Supplier<String> tokens = bearerTokens;
        if (tokens != null) {
            builder.header("Authorization", "Bearer " + tokens.get());
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back: status, headers and the body as text and as JSON. */
    public record Response(int status, Map<String, List<String>> headers, String text) {

        public JsonNode json() {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        /** The {@code field -> reason} pairs of a problem document's {@code errors}. */
        public Map<String, String> fieldErrors() {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            json().path("errors")
                    .forEach(e -> errors.put(
                            e.path("field").asString(), e.path("reason").asString()));
            return errors;
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
