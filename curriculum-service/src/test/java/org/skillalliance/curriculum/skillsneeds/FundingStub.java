package org.skillalliance.curriculum.skillsneeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for funding-service's {@code GET /api/quotes?cohortId=&employerId=} over real HTTP: answers the seat cost
 * and expected grant set per cohort, or 503 while it is {@link #down}. Counts the calls, so a test can show that
 * something happened without any call between services.
 */
final class FundingStub implements AutoCloseable {

    record Quote(long seatCostMinor, long expectedOffsetMinor) {}

    private final HttpServer server;
    private final Map<UUID, Quote> quotes = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    final AtomicBoolean down = new AtomicBoolean();

    FundingStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/quotes", this::answer);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    void quote(UUID cohortId, long seatCostMinor, long expectedOffsetMinor) {
        quotes.put(cohortId, new Quote(seatCostMinor, expectedOffsetMinor));
    }

    int calls() {
        return calls.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : exchange.getRequestURI().getQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv[1]);
        }
        UUID cohortId = UUID.fromString(query.get("cohortId"));
        Quote quote = quotes.get(cohortId);
        if (down.get() || quote == null) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        String body =
                """
                {"cohortId":"%s","employerId":"%s","currency":"EUR","expectedOffsetMinor":%d,"seatCostMinor":%d,
                 "sharesFixed":false,"plannedHours":null,"awardId":null,"programmeId":null,"reason":null}
                """.formatted(cohortId, query.get("employerId"), quote.expectedOffsetMinor(), quote.seatCostMinor());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
