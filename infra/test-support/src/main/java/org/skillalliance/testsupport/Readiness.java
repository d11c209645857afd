package org.skillalliance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a running service, over HTTP as an orchestrator would, whether it is ready. */
public final class Readiness {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Readiness() {}

    /**
     * Waits until {@code /readyz} (the readiness group on the service port, beside {@code /actuator/health/readiness}
     * on the management port) answers 200 UP and lists each component as UP.
     */
    public static void assertReadyWithComponents(int port, String... components) {
        URI uri = URI.create("http://localhost:" + port + "/readyz");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    HttpResponse<String> response = get(uri);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    String body = response.body().replace(" ", "");
                    assertThat(body).startsWith("{").contains("\"status\":\"UP\"");
                    for (String component : components) {
                        assertThat(body)
                                .as("readiness lists %s as UP: %s", component, body)
                                .contains("\"" + component + "\":{\"status\":\"UP\"");
                    }
                });
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
