package org.skillalliance.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * How to tell that a part is up: an HTTP address that answers 200 (services, gateway, Keycloak), or a port that
 * accepts connections (Kafka, PostgreSQL).
 *
 * @param target an {@code http://} address, or {@code tcp://localhost:<port>}
 */
public record HealthCheck(URI target) {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public static HealthCheck http(String url) {
        return new HealthCheck(URI.create(url));
    }

    public static HealthCheck tcp(int port) {
        return new HealthCheck(URI.create("tcp://localhost:" + port));
    }

    /** True if the part answers as healthy right now. */
    public boolean passes() {
        return "tcp".equals(target.getScheme()) ? acceptsConnections() : answersOk();
    }

    private boolean answersOk() {
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public String toString() {
        return target.toString();
    }
}
