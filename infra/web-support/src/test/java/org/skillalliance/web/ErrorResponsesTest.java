package org.skillalliance.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.web.probe.ProbeApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of a servlet service as problem+json over a real socket to a real Tomcat: the container's refusals, the
 * error page, unknown paths, unexpected exceptions, and bodies over the limit, with and without a length.
 */
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "skillalliance.web.body-limit.uploads.[/api/uploads]=3MB")
class ErrorResponsesTest {

    static final int MB = 1024 * 1024;

    @LocalServerPort int port;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void noWrites() {
        ProbeApplication.WRITES.set(0);
    }

    @Test
    void theErrorPageAskedForDirectlyIsNoResource() {
        Answer answer = raw("GET /error HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertProblem(answer, 404, "not-found");
    }

    @Test
    void anUnknownPathIsNotFound() {
        for (String path : new String[] {"/nope", "/api/unknown", "/api/things/x/y"}) {
            Answer answer = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

            assertProblem(answer, 404, "not-found");
            assertThat(answer.body()).doesNotContain("static resource");
        }
    }

    @Test
    void anUnexpectedExceptionIs500WithoutItsInternals() {
        for (String path : new String[] {"/api/boom", "/api/filter-boom"}) {
            Answer answer = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

            assertThat(answer.status()).as(answer.toString()).isEqualTo(500);
            assertThat(answer.header("content-type")).startsWith("application/problem+json");
            assertThat(answer.json().path("type").asString()).endsWith("/http-500");
            assertThat(answer.body()).doesNotContain("secret", "Exception", "trace", "db.internal");
        }
    }

    @Test
    void requestsTomcatRefusesAreProblemsToo() {
        String[] requests = {
                "GET /api/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/things?q=% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/things?q=%zz&x=%%% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/a{b}|c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/%2e%2e/%2e%2e/error HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /../../error HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/things HTTP/1.1\r\nHost: x\r\nBad Header: y\r\nConnection: close\r\n\r\n",
                "GET /api/things HTTP/1.1\r\nHost: x\r\nHost: y\r\nConnection: close\r\n\r\n",
                "GET /api/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /api/things HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
        };
        for (String request : requests) {
            Answer answer = raw(request);

            assertThat(answer.status()).as(request.substring(0, Math.min(80, request.length())) + " -> " + answer)
                    .isBetween(400, 499);
            assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
            assertThat(answer.json().path("status").asInt()).isEqualTo(answer.status());
            assertThat(answer.json().path("type").asString()).startsWith(ProblemDetailsHandler.PROBLEM_BASE);
        }
    }

    @Test
    void aBodyWhoseLengthIsOverTheLimitIs413AndNothingIsWritten() throws Exception {
        HttpResponse<String> response = http.send(post("/api/things",
                HttpRequest.BodyPublishers.ofByteArray(thing(5 * MB))), HttpResponse.BodyHandlers.ofString());

        assertTooLarge(response, MB);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndNothingIsWritten() throws Exception {
        HttpResponse<String> response = http.send(post("/api/things", chunked(thing(5 * MB))),
                HttpResponse.BodyHandlers.ofString());

        assertTooLarge(response, MB);
    }

    /** A small object and megabytes of blanks after it: the body is read to its end, so the limit holds. */
    @Test
    void aChunkedBodyWhoseJsonEndsEarlyButWhichGoesOnIs413() throws Exception {
        byte[] body = ("{\"name\":\"a\"}" + " ".repeat(2 * MB)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = http.send(post("/api/things", chunked(body)),
                HttpResponse.BodyHandlers.ofString());

        assertTooLarge(response, MB);
    }

    @Test
    void bodiesWithinTheLimitPass() throws Exception {
        HttpResponse<String> chunked = http.send(post("/api/things", chunked(thing(MB - 100))),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> sized = http.send(post("/api/things",
                HttpRequest.BodyPublishers.ofByteArray(thing(MB - 100))), HttpResponse.BodyHandlers.ofString());

        assertThat(chunked.statusCode()).as(abbreviated(chunked.body())).isEqualTo(201);
        assertThat(sized.statusCode()).as(abbreviated(sized.body())).isEqualTo(201);
        assertThat(ProbeApplication.WRITES.get()).isEqualTo(2);
    }

    @Test
    void anUploadPathTakesItsOwnLimit() throws Exception {
        HttpResponse<String> within = http.send(post("/api/uploads", chunked(thing(2 * MB))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(within.statusCode()).as(abbreviated(within.body())).isEqualTo(200);
        ProbeApplication.WRITES.set(0);

        HttpResponse<String> sized = http.send(post("/api/uploads",
                HttpRequest.BodyPublishers.ofByteArray(thing(4 * MB))), HttpResponse.BodyHandlers.ofString());
        assertTooLarge(sized, 3 * MB);
        HttpResponse<String> chunked = http.send(post("/api/uploads", chunked(thing(4 * MB))),
                HttpResponse.BodyHandlers.ofString());
        assertTooLarge(chunked, 3 * MB);
    }

    private static void assertTooLarge(HttpResponse<String> response, long limit) {
        assertThat(response.statusCode()).as(abbreviated(response.body())).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo(ProblemDetailsHandler.PROBLEM_BASE + "payload-too-large");
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("body");
        assertThat(problem.path("detail").asString()).contains(String.valueOf(limit));
        assertThat(ProbeApplication.WRITES.get()).isZero();
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asString()).isEqualTo(ProblemDetailsHandler.PROBLEM_BASE + type);
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
    }

    private HttpRequest post(String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(body).build();
    }

    /** A publisher of unknown length: the client sends the body chunked, without Content-Length. */
    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private static byte[] thing(int size) {
        return ("{\"name\":\"" + "n".repeat(size - 12) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private Answer raw(String request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Answer.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException("no answer to " + request.substring(0, Math.min(60, request.length())), e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    record Answer(int status, Map<String, String> headers, String body) {

        static Answer parse(String response) {
            int end = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, end < 0 ? response.length() : end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            String body = end < 0 ? "" : response.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }

        private static String unchunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }
    }
}
