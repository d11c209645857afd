package org.skillalliance.system.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Sends a {@link HostileRequest} to one base address (the gateway or a service) with a bearer token, over HTTP/1.1,
 * and returns what came back. A chunked body is streamed without Content-Length; a connection the server drops is an
 * {@link Answer} with status 0 and the exception's message.
 */
final class Sender {

    /** What came back. Status 0: no HTTP answer at all. */
    record Answer(int status, String contentType, String body) {

        boolean error() {
            return status == 0 || status >= 400;
        }

        boolean success() {
            return status >= 200 && status < 300;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Supplier<String> token;

    Sender(Supplier<String> token) {
        this.token = token;
    }

    Answer send(URI base, HostileRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target()))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token.get())
                .method(request.method(), publisher(request));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        return exchange(builder.build());
    }

    /** A plain GET, for the OpenAPI documents and the harvest of real data. */
    Answer get(URI base, String target) {
        return exchange(HttpRequest.newBuilder(URI.create(base + target))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token.get())
                .GET()
                .build());
    }

    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Answer(0, "", "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static HttpRequest.BodyPublisher publisher(HostileRequest request) {
        if (request.chunkedBytes() > 0) {
            // an input stream of unknown length: the client sends it chunked, without Content-Length
            return HttpRequest.BodyPublishers.ofInputStream(() -> oversizedJson(request.chunkedBytes()));
        }
        return request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
    }

    /** {@code {"hostile":"xxxx...x"}} of about {@code size} bytes, produced as it is read. */
    private static InputStream oversizedJson(long size) {
        byte[] head = "{\"hostile\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long at = position++;
                if (at < head.length) {
                    return head[(int) at];
                }
                long fromEnd = size - at;
                return fromEnd <= tail.length ? tail[(int) (tail.length - fromEnd)] : 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return n;
            }
        };
    }
}
