package org.skillalliance.reporting.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A funder's webhook endpoint, as a real HTTP server on a free port of the loopback interface: it keeps every request
 * it gets, answers 204, except under {@code /flaky/}, where it answers 500 to the first two requests of each
 * {@code webhook-id}. {@link #verifies} checks a request's signature as a receiver would, by the Standard Webhooks
 * specification, written here from the specification and not from the production code.
 */
final class WebhookReceiver implements AutoCloseable {

    /** How far a receiver lets a message's timestamp be from its clock (the specification's example tolerance). */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> requestsPerMessage = new ConcurrentHashMap<>();

    /** One request and what the receiver answered. */
    record Received(String path, Map<String, String> headers, String body, int answered, Instant at) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The requests that came to the path, in order of arrival, whatever was answered. */
    List<Received> at(String path) {
        List<Received> at = new ArrayList<>();
        for (Received request : received) {
            if (request.path().equals(path)) {
                at.add(request);
            }
        }
        return at;
    }

    /** The requests to the path that were answered 2xx: what the endpoint accepted. */
    List<Received> acceptedAt(String path) {
        return at(path).stream()
                .filter(request -> request.answered() / 100 == 2)
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        String path = exchange.getRequestURI().getPath();
        int answer = 204;
        if (path.startsWith("/flaky/")) {
            String messageId = headers.getOrDefault("webhook-id", "");
            int request = requestsPerMessage
                    .computeIfAbsent(messageId, id -> new AtomicInteger())
                    .incrementAndGet();
            answer = request <= 2 ? 500 : 204;
        }
        received.add(new Received(path, Map.copyOf(headers), body, answer, Instant.now()));
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }

    /**
     * Whether the request's {@code webhook-signature} holds a {@code v1} signature that verifies with the secret, and
     * its {@code webhook-timestamp} is within the tolerance of now: HMAC-SHA256 with the base64-decoded part of the
     * secret after {@code whsec_}, over {@code webhook-id + "." + webhook-timestamp + "." + body}, base64, compared in
     * constant time with each space-separated {@code v1,<signature>}.
     */
    static boolean verifies(Received request, String secret) {
        String id = request.header("webhook-id");
        String timestamp = request.header("webhook-timestamp");
        String signatures = request.header("webhook-signature");
        if (id == null || timestamp == null || signatures == null || !secret.startsWith("whsec_")) {
            return false;
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(sent, Instant.now()).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        byte[] expected;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
            expected = Base64.getEncoder()
                    .encode(hmac.doFinal((id + "." + timestamp + "." + request.body()).getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        for (String versioned : signatures.split(" ")) {
            String[] parts = versioned.split(",", 2);
            if (parts.length == 2
                    && parts[0].equals("v1")
                    && MessageDigest.isEqual(parts[1].getBytes(UTF_8), expected)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
