package org.skillalliance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ApiClient's own timeout, against a local server that answers only when the test lets it. */
class ApiClientTest {

    private final CountDownLatch answer = new CountDownLatch(1);
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private HttpServer server;

    @BeforeEach
    void aServerThatWaitsForTheTest() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/slow", exchange -> {
            try {
                answer.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(handlers);
        server.start();
    }

    @AfterEach
    void stop() {
        answer.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void aClientGivesUpOnAnAnswerSlowerThanItsTimeoutAndTakesOneThatComesInTime() {
        ApiClient client = ApiClient.onPort(server.getAddress().getPort());

        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThatThrownBy(
                                () -> client.withTimeout(Duration.ofMillis(300)).get("/slow"))
                        .isInstanceOf(UncheckedIOException.class)
                        .hasCauseInstanceOf(HttpTimeoutException.class));

        answer.countDown();
        assertThat(client.withTimeout(Duration.ofMinutes(2)).get("/slow").status())
                .isEqualTo(200);
    }
}
