package org.skillalliance.client.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example against a small HTTP server on loopback that answers as Keycloak's token endpoint and the gateway do:
 * what the program sends (the client credentials form, the bearer token, the versioned media type) and what it prints
 * or reports. The run against the whole platform is infra/system-tests' FunderClientExampleIT.
 */
class ImpactReportExampleTest {

    private static final String TOKEN = "eyJ.test-access-token.sig";
    private static final UUID PROGRAMME = UUID.fromString("5b0f6f0e-3c1a-4d7e-9a51-1d2c3e4f5a6b");

    private HttpServer server;
    private final Map<String, String> tokenForm = new ConcurrentHashMap<>();
    private final Map<String, String> reportHeaders = new ConcurrentHashMap<>();
    private volatile int tokenStatus = 200;
    private volatile String tokenBody =
            "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}";
    private volatile int reportStatus = 200;
    private volatile String reportBody;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startServer() throws IOException {
        try (InputStream sample = getClass().getResourceAsStream("/impact-report.json")) {
            reportBody = new String(sample.readAllBytes(), StandardCharsets.UTF_8);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/realms/skill-alliance/protocol/openid-connect/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            for (String field : form.split("&")) {
                String[] nameAndValue = field.split("=", 2);
                tokenForm.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
            }
            tokenForm.put("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"));
            answer(exchange, tokenStatus, "application/json", tokenBody);
        });
        server.createContext("/api/reports/programmes/", exchange -> {
            reportHeaders.put("path", exchange.getRequestURI().toString());
            reportHeaders.put("Authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            reportHeaders.put(
                    "Accept", String.join(", ", exchange.getRequestHeaders().get("Accept")));
            answer(
                    exchange,
                    reportStatus,
                    reportStatus == 200 ? ImpactReportExample.REPORT_V1_JSON : "application/problem+json",
                    reportBody);
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void printsTheHeadlineFiguresOfTheReportFetchedWithClientCredentials() {
        int exit = run(arguments("funder-system", "s3cret&=+ 1"));

        assertThat(exit).as(text(err)).isZero();
        assertThat(text(out).lines())
                .containsExactly(
                        "programmeName: Tooling fund 2025",
                        "participants: 5",
                        "completionRate: 0.6667",
                        "grantDisbursedMinor: 540250",
                        "currency: EUR");
        assertThat(tokenForm)
                .containsEntry("grant_type", "client_credentials")
                .containsEntry("client_id", "funder-system")
                .containsEntry("client_secret", "s3cret&=+ 1")
                .containsEntry("Content-Type", "application/x-www-form-urlencoded");
        assertThat(reportHeaders)
                .containsEntry("path", "/api/reports/programmes/" + PROGRAMME + "/impact")
                .containsEntry("Authorization", "Bearer " + TOKEN)
                .containsEntry("Accept", "application/vnd.skillalliance.report.v1+json, application/problem+json");
    }

    @Test
    void readsTheSettingsFromTheEnvironmentWhenNoArgumentIsGiven() {
        String[] values = arguments("funder-system", "from-the-environment");
        Map<String, String> environment = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            environment.put(ExampleSettings.VARIABLES.get(i), values[i]);
        }

        int exit = ImpactReportExample.run(new String[0], environment, new PrintStream(out), new PrintStream(err));

        assertThat(exit).as(text(err)).isZero();
        assertThat(text(out)).contains("participants: 5");
        assertThat(tokenForm).containsEntry("client_secret", "from-the-environment");
    }

    @Test
    void anApiRefusalEndsWithTheProblemsTitleAndDetail() {
        reportStatus = 404;
        reportBody = "{\"type\":\"https://skillalliance.org/problems/not-found\",\"title\":\"Not Found\","
                + "\"status\":404,\"detail\":\"no programme " + PROGRAMME + "\"}";

        int exit = run(arguments("funder-system", "secret"));

        assertThat(exit).isEqualTo(1);
        assertThat(text(out)).isEmpty();
        assertThat(text(err).lines()).containsExactly("Not Found (404)", "no programme " + PROGRAMME);
    }

    @Test
    void aProblemNamingFieldsShowsEachFieldAndReason() {
        reportStatus = 400;
        reportBody = "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"1 field is invalid\","
                + "\"errors\":[{\"field\":\"sizeBand\",\"reason\":\"must be one of MICRO, SMALL, MEDIUM, LARGE\"}]}";

        int exit = run(arguments("funder-system", "secret"));

        assertThat(exit).isEqualTo(1);
        assertThat(text(err).lines())
                .containsExactly(
                        "Bad Request (400)",
                        "1 field is invalid",
                        "sizeBand: must be one of MICRO, SMALL, MEDIUM, LARGE");
    }

    @Test
    void aRefusedTokenEndsWithOAuthsErrorAndNoReportIsAsked() {
        tokenStatus = 401;
        tokenBody =
                "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}";

        int exit = run(arguments("funder-system", "wrong"));

        assertThat(exit).isEqualTo(1);
        assertThat(text(err).lines())
                .containsExactly("token refused: invalid_client (401)", "Invalid client or Invalid client credentials");
        assertThat(reportHeaders).isEmpty();
    }

    @Test
    void anUnreachableGatewayIsReportedAsSuch() {
        String[] values = arguments("funder-system", "secret");
        values[0] = "http://127.0.0.1:1";

        int exit = run(values);

        assertThat(exit).isEqualTo(1);
        assertThat(text(err)).startsWith("gateway unreachable (0)");
    }

    @Test
    void wrongArgumentsEndWithTheUsage() {
        assertThat(run(new String[] {"http://localhost:8080", "only two"})).isEqualTo(2);
        assertThat(text(err)).contains("5 arguments expected, 2 given", "usage: ImpactReportExample");

        err.reset();
        String[] notAProgramme = arguments("funder-system", "secret");
        notAProgramme[4] = "programme-1";
        assertThat(run(notAProgramme)).isEqualTo(2);
        assertThat(text(err)).contains("programme id 'programme-1' is not a UUID");

        err.reset();
        assertThat(ImpactReportExample.run(new String[0], Map.of(), new PrintStream(out), new PrintStream(err)))
                .isEqualTo(2);
        assertThat(text(err)).contains("not set: " + String.join(", ", ExampleSettings.VARIABLES));
        assertThat(tokenForm).isEmpty();
    }

    private String[] arguments(String clientId, String secret) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return new String[] {
            base + "/",
            base + "/realms/skill-alliance/protocol/openid-connect/token",
            clientId,
            secret,
            PROGRAMME.toString()
        };
    }

    private int run(String[] arguments) {
        return ImpactReportExample.run(
                Arrays.copyOf(arguments, arguments.length), Map.of(), new PrintStream(out), new PrintStream(err));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream response = exchange.getResponseBody()) {
            response.write(bytes);
        }
    }
}
