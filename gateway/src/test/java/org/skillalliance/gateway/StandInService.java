package org.skillalliance.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback standing in for one of the four services behind the gateway: it answers with its
 * own name and records what reached it (method, path and query, the headers the gateway forwarded, the body's
 * length once read to its end). {@code /slow}
 * takes twenty seconds, far beyond the routes' timeout, so that only the gateway's timeout can end the call early;
 * a request carrying {@value #DELAY_HEADER} (milliseconds) is answered that much later, on any path;
 * {@code /unavailable} answers the service's own 503 problem+json (as member-service does when Keycloak is down); it
 * can be stopped and started again on the same port.
 */
final class StandInService {

    /** A request header asking the stand-in to wait that many milliseconds before it answers. */
    static final String DELAY_HEADER = "X-Stand-In-Delay-Ms";

    /** One request that reached the service, its body read to the end ({@code bodyBytes} long). */
    record Received(String method, String uri, Map<String, List<String>> headers, long bodyBytes) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * The stand-ins of the four services (member, curriculum, funding, reporting), started once for the test JVM and
     * shared by its test classes: a request path or header a test looks for is its own (unique markers), and a class
     * that stops one starts it again.
     */
    private static final Map<String, StandInService> EVERY_SERVICE = Map.of(
            "member",
            new StandInService("member"),
            "curriculum",
            new StandInService("curriculum"),
            "funding",
            new StandInService("funding"),
            "reporting",
            new StandInService("reporting"));

    private final String name;
    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    StandInService(String name) {
        this.name = name;
        this.server = serve(0);
        this.port = server.getAddress().getPort();
    }

    /** The JVM's stand-ins by service name ({@code member}, {@code curriculum}, {@code funding}, {@code reporting}). */
    static Map<String, StandInService> everyService() {
        return EVERY_SERVICE;
    }

    String url() {
        return "http://localhost:" + port;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    synchronized void stop() {
        server.stop(0);
    }

    synchronized void start() {
        server = serve(port);
    }

    private HttpServer serve(int onPort) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("localhost", onPort), 0);
            http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            http.createContext("/", exchange -> {
                // a body cut off on the way (the gateway gave up on it) ends here with an IOException: not received
                long bodyBytes = exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
                received.add(new Received(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().toString(),
                        Map.copyOf(exchange.getRequestHeaders()),
                        bodyBytes));
                if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                    try {
                        Thread.sleep(20_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                String delay = exchange.getRequestHeaders().getFirst(DELAY_HEADER);
                if (delay != null) {
                    try {
                        Thread.sleep(Long.parseLong(delay));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (exchange.getRequestURI().getPath().endsWith("/unavailable")) {
                    byte[] problem = ("{\"status\":503,\"detail\":\"" + name + " says: Keycloak is down\"}")
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
                    exchange.getResponseHeaders().set("Retry-After", "7");
                    exchange.sendResponseHeaders(503, problem.length);
                    exchange.getResponseBody().write(problem);
                    exchange.close();
                    return;
                }
                byte[] body = ("{\"service\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
