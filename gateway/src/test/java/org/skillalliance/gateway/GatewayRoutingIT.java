package org.skillalliance.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each public path reaches the service that owns it. The four services are stood in for by four real HTTP servers on
 * loopback that answer with their own name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    private static final Map<String, HttpServer> SERVICES = new ConcurrentHashMap<>();
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : List.of("member", "curriculum", "funding", "reporting")) {
            HttpServer server = SERVICES.computeIfAbsent(service, GatewayRoutingIT::serve);
            registry.add(service.toUpperCase() + "_URL", () -> "http://localhost:" + server.getAddress().getPort());
        }
    }

    private static HttpServer serve(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                RECEIVED.add(name + " " + exchange.getRequestURI());
                byte[] body = name.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(server -> server.stop(0));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/alliances, member", "/api/organisations/42, member", "/api/memberships, member", "/api/staff?page=1, member",
            "/api/skills, curriculum", "/api/courses/7, curriculum", "/api/cohorts, curriculum", "/api/enrolments, curriculum",
            "/api/cost-shares, funding", "/api/programmes, funding", "/api/applications, funding", "/api/awards, funding",
            "/api/claims, funding", "/api/statements, funding",
            "/api/reports/programmes/1/impact, reporting"})
    void routesEachPathToTheServiceThatOwnsIt(String path, String service) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(service);
        assertThat(RECEIVED).contains(service + " " + path);
    }

    @Test
    void anUnknownPathIsNotRouted() throws Exception {
        assertThat(get("/api/unknown").statusCode()).isEqualTo(404);
    }

    @Test
    void isReady() throws Exception {
        HttpResponse<String> response = get("/actuator/health/readiness");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
