package org.skillalliance.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Requests no well-behaved client sends, straight to a service: request lines and headers written byte for byte on a
 * socket (illegal characters, broken URL encoding, oversized lines), and bodies larger than any limit, with and
 * without a {@code Content-Length}. Answers come back as {@link ApiClient.Response}s.
 */
public final class RawHttp {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String bearerToken;

    private RawHttp(int port, String bearerToken) {
        this.port = port;
        this.bearerToken = bearerToken;
    }

    public static RawHttp onPort(int port) {
        return new RawHttp(port, null);
    }

    /** Sends {@code Authorization: Bearer <token>} with the bodies ({@link #send} sends what it is given). */
    public RawHttp withToken(String token) {
        return new RawHttp(port, token);
    }

    /**
     * Writes {@code request} as it is (ISO-8859-1 bytes; it should ask for {@code Connection: close}) and reads the
     * answer to the end of the connection.
     */
    public ApiClient.Response send(String request) {
        return send(request, new byte[0]);
    }

    /**
     * Writes {@code head} and then the whole {@code body}, as a simple client does, before it reads the answer: a
     * server that stops reading early and closes makes the writing fail (a reset connection).
     */
    public ApiClient.Response send(String head, byte[] body) {
        String request = head;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return parse(answer.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request.substring(0, Math.min(80, request.length())), e);
        }
    }

    /** A GET of {@code target} exactly as written, on its own connection. */
    public ApiClient.Response get(String target) {
        return send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                + (bearerToken == null ? "" : "Authorization: Bearer " + bearerToken + "\r\n")
                + "Connection: close\r\n\r\n");
    }

    /** POSTs {@code body} as JSON with its {@code Content-Length}. */
    public ApiClient.Response postSized(String path, byte[] body) {
        return post(path, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** POSTs {@code body} as JSON chunked, without {@code Content-Length}, as a client streaming it would. */
    public ApiClient.Response postChunked(String path, byte[] body) {
        return post(path, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    private ApiClient.Response post(String path, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(body);
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(
                    response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to POST " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static ApiClient.Response parse(byte[] bytes) {
        String response = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = response.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("not an HTTP response: " + response);
        }
        String[] lines = response.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    List.of(lines[i].substring(colon + 1).trim()));
        }
        byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if (headers.containsKey("transfer-encoding")
                && headers.get("transfer-encoding").getFirst().equalsIgnoreCase("chunked")) {
            body = unchunk(body);
        }
        return new ApiClient.Response(
                Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = at;
            while (chunked[lineEnd] != '\r') {
                lineEnd++;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
