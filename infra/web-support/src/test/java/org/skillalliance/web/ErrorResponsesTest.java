package org.skillalliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.RawHttp;
import org.skillalliance.web.probe.ProbeApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error of a servlet service as problem+json over a real socket to a real Tomcat: the container's refusals, the
 * error page, unknown paths, unexpected exceptions, and bodies over the limit, with and without a length.
 */
@SpringBootTest(
        classes = ProbeApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "skillalliance.web.body-limit.uploads.[/api/uploads]=3MB")
class ErrorResponsesTest {

    static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @BeforeEach
    void noWrites() {
        ProbeApplication.WRITES.set(0);
    }

    @Test
    void theErrorPageAskedForDirectlyIsNoResource() {
        assertProblem(raw().get("/error"), 404, "not-found");
    }

    @Test
    void theErrorPageIsNoOperationOfTheOpenApiDocument() {
        ApiClient.Response docs = ApiClient.onPort(port).get("/v3/api-docs");

        assertThat(docs.json().path("paths").propertyNames())
                .contains("/api/things")
                .doesNotContain("/error");
    }

    @Test
    void anUnknownPathIsNotFound() {
        for (String path : new String[] {"/nope", "/api/unknown", "/api/things/x/y"}) {
            ApiClient.Response answer = raw().get(path);

            assertProblem(answer, 404, "not-found");
            assertThat(answer.text()).doesNotContain("static resource");
        }
    }

    @Test
    void anUnexpectedExceptionIs500WithoutItsInternals() {
        for (String path : new String[] {"/api/boom", "/api/filter-boom"}) {
            ApiClient.Response answer = raw().get(path);

            assertProblem(answer, 500, "http-500");
            assertThat(answer.json().path("instance").asString()).isEqualTo(path);
            assertThat(answer.text()).doesNotContain("secret", "Exception", "trace", "db.internal");
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
            ApiClient.Response answer = raw().send(request);

            String described = request.substring(0, Math.min(60, request.length())) + " -> " + answer;
            assertThat(answer.status()).as(described).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).as(described).startsWith("application/problem+json");
            assertThat(answer.json().path("status").asInt()).isEqualTo(answer.status());
            assertThat(answer.json().path("type").asString()).startsWith(ProblemDetailsHandler.PROBLEM_BASE);
        }
    }

    @Test
    void aBodyWhoseLengthIsOverTheLimitIs413AndNothingIsWritten() {
        assertTooLarge(raw().postSized("/api/things", thing(5 * MB)), MB);
    }

    /** A client that sends all of its body before it reads: Tomcat reads the rest instead of resetting the connection. */
    @Test
    void aClientSendingItsWholeBodyFirstStillReadsThe413() {
        byte[] body = thing(12 * MB);

        assertTooLarge(
                raw().send(
                                "POST /api/things HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n",
                                body),
                MB);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndNothingIsWritten() {
        assertTooLarge(raw().postChunked("/api/things", thing(5 * MB)), MB);
    }

    /** A small object and megabytes of blanks after it: the body is read to its end, so the limit holds. */
    @Test
    void aChunkedBodyWhoseJsonEndsEarlyButWhichGoesOnIs413() {
        byte[] body = ("{\"name\":\"a\"}" + " ".repeat(2 * MB)).getBytes(StandardCharsets.UTF_8);

        assertTooLarge(raw().postChunked("/api/things", body), MB);
    }

    /** HostileInputIT found a 3 MB chunked body accepted by actions that take no body, as they never read it. */
    @Test
    void aChunkedBodyOverTheLimitIs413EvenWhereTheEndpointTakesNoBody() {
        assertTooLarge(raw().postChunked("/api/things/retire", thing(3 * MB)), MB);

        ApiClient.Response small = raw().postChunked("/api/things/retire", thing(100));
        assertThat(small.status()).as(abbreviated(small)).isEqualTo(200);
    }

    /** HostileInputIT found a multipart body without its boundary, or never closed, a 500. */
    @Test
    void aMultipartBodyThatCannotBeReadIs400NamingTheFile() {
        byte[] unclosed = "--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nfirst_name\r\n"
                .getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=xyz")) {
            ApiClient.Response answer = raw().send(
                            "POST /api/files HTTP/1.1\r\nHost: x\r\nContent-Type: " + type + "\r\nContent-Length: "
                                    + unclosed.length + "\r\nConnection: close\r\n\r\n",
                            unclosed);
            assertProblem(answer, 400, "malformed-body");
            assertThat(answer.fieldErrors()).containsOnlyKeys("file");
        }
        assertThat(ProbeApplication.WRITES.get()).isZero();
    }

    @Test
    void bodiesWithinTheLimitPass() {
        ApiClient.Response chunked = raw().postChunked("/api/things", thing(MB - 100));
        ApiClient.Response sized = raw().postSized("/api/things", thing(MB - 100));

        assertThat(chunked.status()).as(abbreviated(chunked)).isEqualTo(201);
        assertThat(sized.status()).as(abbreviated(sized)).isEqualTo(201);
        assertThat(ProbeApplication.WRITES.get()).isEqualTo(2);
    }

    @Test
    void anUploadPathTakesItsOwnLimit() {
        ApiClient.Response within = raw().postChunked("/api/uploads", thing(2 * MB));
        assertThat(within.status()).as(abbreviated(within)).isEqualTo(200);
        ProbeApplication.WRITES.set(0);

        assertTooLarge(raw().postSized("/api/uploads", thing(4 * MB)), 3 * MB);
        assertTooLarge(raw().postChunked("/api/uploads", thing(4 * MB)), 3 * MB);
    }

    private RawHttp raw() {
        return RawHttp.onPort(port);
    }

    private static void assertTooLarge(ApiClient.Response response, long limit) {
        assertProblem(response, 413, "payload-too-large");
        assertThat(response.fieldErrors()).containsOnlyKeys("body");
        assertThat(response.json().path("detail").asString()).contains(String.valueOf(limit));
        assertThat(ProbeApplication.WRITES.get()).isZero();
    }

    private static void assertProblem(ApiClient.Response answer, int status, String type) {
        assertThat(answer.status()).as(abbreviated(answer)).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(abbreviated(answer)).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asString()).isEqualTo(ProblemDetailsHandler.PROBLEM_BASE + type);
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
    }

    private static String abbreviated(ApiClient.Response response) {
        String text = response.toString();
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static byte[] thing(int size) {
        return ("{\"name\":\"" + "n".repeat(size - 12) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
