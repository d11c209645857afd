package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.launcher.HealthCheck;
import org.skillalliance.platform.demo.DemoSummary;
import tools.jackson.databind.json.JsonMapper;

/** The summary's commands work when pasted into a shell: run against a stand-in token endpoint and gateway. */
class SummaryTest {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl";

    private HttpServer server;
    private PlatformEndpoints endpoints;

    @BeforeEach
    void standInKeycloakAndGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/realms/skill-alliance/protocol/openid-connect/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean demoAdmin = form.contains("grant_type=password")
                    && form.contains("client_id=skill-alliance-web")
                    && form.contains("username=alliance-admin")
                    && form.contains("password=alliance-demo");
            respond(
                    exchange,
                    demoAdmin ? 200 : 401,
                    demoAdmin
                            ? "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":300,\"refresh_expires_in\":1800,"
                                    + "\"refresh_token\":\"eyJyZWZyZXNoIn0.x.y\",\"token_type\":\"Bearer\",\"scope\":\"profile email\"}"
                            : "{\"error\":\"invalid_grant\"}");
        });
        server.createContext("/api/alliances", exchange -> {
            boolean authorised =
                    ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            respond(exchange, authorised ? 200 : 401, authorised ? "{\"items\":[],\"totalItems\":0}" : "");
        });
        server.start();
        URI base = URI.create("http://localhost:" + server.getAddress().getPort());
        endpoints = new PlatformEndpoints(base, base, "skill-alliance", Map.of());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void the_printed_token_and_api_commands_work_as_pasted_from_the_summary() throws Exception {
        // the summary's commands are curl and bash: without them this test cannot show they work, so it fails
        // (.ci/run installs curl on a fresh machine) rather than skipping in silence
        assertThat(Files.isExecutable(Path.of("/bin/bash")))
                .as("/bin/bash is needed to run the printed commands")
                .isTrue();
        assertThat(onPath("curl"))
                .as("curl is needed on the PATH to run the printed commands (.ci/run installs it)")
                .isTrue();
        String summary = summary();
        List<String> lines = summary.lines().toList();
        int tokenStart = indexOfLineStartingWith(lines, "  TOKEN=");
        String tokenCommand = String.join("\n", lines.subList(tokenStart, tokenStart + 3));
        String apiCommand = lines.get(indexOfLineStartingWith(lines, "  curl -s -H"));

        String output = bash(tokenCommand + "\n" + "echo \"token: $TOKEN\"\n" + apiCommand);

        assertThat(output).contains("token: " + TOKEN).contains("{\"items\":[],\"totalItems\":0}");
    }

    @Test
    void the_java_check_makes_the_same_calls() {
        assertThat(SampleCall.demoToken(endpoints)).isEqualTo(TOKEN);
        assertThat(SampleCall.check(endpoints)).isEqualTo("200 {\"items\":[],\"totalItems\":0}");
    }

    @Test
    void lists_every_part_with_address_cold_start_and_memory_then_the_totals() {
        String summary = summary();

        assertThat(summary).contains("all 2 parts healthy after 61.0 s, 600 MB resident in all.");
        assertThat(summary).containsPattern("keycloak +http://localhost:8180 +4242 +12\\.3 s +450 MB");
        assertThat(summary).containsPattern("gateway +http://localhost:8080 +4343 +20\\.5 s +150 MB");
        assertThat(summary).containsPattern("all +61\\.0 s +600 MB");
        assertThat(summary)
                .contains(
                        "skipped (--no-seed)",
                        "/swagger-ui.html",
                        "/admin/",
                        "./alliance stop",
                        "/work/.alliance/logs");
    }

    @Test
    void prints_the_web_address_and_each_demo_user_on_one_line_with_password_and_role() {
        DemoSummary demo = new DemoSummary(
                "Demo alliance",
                List.of(
                        new DemoSummary.DemoUser("alliance-admin", "alliance-demo", "alliance-admin", ""),
                        new DemoSummary.DemoUser("hr-feinwerk", "alliance-demo", "member-admin", "Feinwerk GmbH"),
                        new DemoSummary.DemoUser("learner", "alliance-demo", "learner", "Feinwerk GmbH")),
                UUID.randomUUID(),
                "Programme",
                JsonMapper.builder().build().createObjectNode(),
                Duration.ofSeconds(90),
                false,
                null);

        String summary = Summary.text(
                List.of(), Duration.ofSeconds(61), endpoints, Path.of("/work/.alliance/logs"), demo.describe(), null);

        String gateway = "http://localhost:" + server.getAddress().getPort();
        assertThat(summary)
                .containsPattern("(?m)^Web app +" + gateway + "/  \\(sign in as one of the demo users above\\)$");
        assertThat(summary)
                .containsPattern("(?m)^ +alliance-admin +alliance-demo +alliance-admin +\\(platform-wide\\)$");
        assertThat(summary).containsPattern("(?m)^ +hr-feinwerk +alliance-demo +member-admin +Feinwerk GmbH$");
        assertThat(summary).containsPattern("(?m)^ +learner +alliance-demo +learner +Feinwerk GmbH$");
        assertThat(summary()).containsPattern("(?m)^Web app +" + gateway + "/$");
    }

    @Test
    void names_each_parts_metrics_address_and_prometheus_where_it_runs() {
        PlatformEndpoints withManagement = new PlatformEndpoints(
                endpoints.gateway(),
                endpoints.keycloak(),
                endpoints.realm(),
                Map.of(),
                Map.of(
                        "gateway",
                        URI.create("http://localhost:9080"),
                        "member-service",
                        URI.create("http://localhost:9081"),
                        "reporting-service",
                        URI.create("http://localhost:9084")));
        List<PartReport> parts = List.of(new PartReport(
                "prometheus",
                "http://localhost:9090",
                9090,
                4444,
                Duration.ofSeconds(2),
                80 * 1024,
                HealthCheck.http("http://localhost:9090/-/ready"),
                Path.of("/work/.alliance/logs/prometheus.log")));

        String summary = Summary.text(
                parts, Duration.ofSeconds(61), withManagement, Path.of("/work/.alliance/logs"), null, null);

        assertThat(summary)
                .containsPattern("(?m)^Metrics +http://localhost:9080/actuator/prometheus \\(gateway\\),"
                        + " member-service :9081, reporting-service :9084$");
        assertThat(summary).containsPattern("(?m)^Prometheus +http://localhost:9090/targets  \\(alerts: /alerts;");
        assertThat(summary()).doesNotContain("Prometheus ");
    }

    @Test
    void says_where_to_read_what_the_mail_server_received() {
        List<PartReport> parts = List.of(new PartReport(
                "mail",
                "http://localhost:8025",
                3025,
                4545,
                Duration.ofSeconds(1),
                60 * 1024,
                HealthCheck.http("http://localhost:8025/api/service/readiness"),
                Path.of("/work/.alliance/logs/mail.log")));

        String summary =
                Summary.text(parts, Duration.ofSeconds(61), endpoints, Path.of("/work/.alliance/logs"), null, null);

        assertThat(summary)
                .containsPattern("(?m)^Mail +http://localhost:8025  \\(what was sent, .*: \\./alliance mail\\)$");
    }

    private String summary() {
        List<PartReport> parts = List.of(
                new PartReport(
                        "keycloak",
                        "http://localhost:8180",
                        8180,
                        4242,
                        Duration.ofMillis(12_300),
                        450 * 1024,
                        HealthCheck.http("http://localhost:8180/realms/skill-alliance"),
                        Path.of("/work/.alliance/logs/keycloak.log")),
                new PartReport(
                        "gateway",
                        "http://localhost:8080",
                        8080,
                        4343,
                        Duration.ofMillis(20_500),
                        150 * 1024,
                        HealthCheck.http("http://localhost:8080/readyz"),
                        Path.of("/work/.alliance/logs/gateway.log")));
        return Summary.text(parts, Duration.ofSeconds(61), endpoints, Path.of("/work/.alliance/logs"), null, null);
    }

    private static int indexOfLineStartingWith(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    private static String bash(String script) throws Exception {
        Process bash = new ProcessBuilder("/bin/bash", "-c", script)
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
