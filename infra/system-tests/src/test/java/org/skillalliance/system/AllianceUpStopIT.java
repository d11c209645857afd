package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillalliance.launcher.KeycloakTokens;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.LocalPlatform.Run;
import org.skillalliance.platform.MailServer;
import org.skillalliance.platform.PlatformEndpoints;
import org.skillalliance.platform.PlatformSettings;
import org.skillalliance.platform.PortSetting;
import org.skillalliance.testsupport.ApiClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./alliance up} then {@code ./alliance stop}, the script itself as a person types it: the system tests' shared
 * platform is the one {@code up} started ({@link LocalPlatform}, on free ports and a temporary work folder, without
 * the demo seed, which {@code EndToEndJourneysIT} runs and checks), and this class, the last on it
 * ({@code @Order(Integer.MAX_VALUE)}: after every class, those without an order too), checks what {@code up} printed and then stops it: the token request and API call that
 * {@code up} prints answer 200 when run in a shell, and after {@code stop} no process of the platform is left, judged
 * from {@code /proc} alone (every process's command line and working folder), not from the launcher's own
 * bookkeeping. It needs no platform start of its own (issue 23: it had one, about three minutes of the build's two
 * cores, in infra/process-tests).
 *
 * <p>Every part answers {@code /actuator/prometheus} on its management port. Where the machine has a
 * {@code prometheus} (Debian's package), {@code up} ran with {@code --with-prometheus}: Prometheus reaches all five
 * targets and has loaded the alert rules, and {@code stop} leaves no Prometheus behind either; elsewhere that part is
 * left out, and the test says so in its output.
 */
@ExtendWith(SharedPlatform.class)
@Order(Integer.MAX_VALUE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllianceUpStopIT {

    private LocalPlatform platform;

    @BeforeAll
    void onTheSharedPlatform(LocalPlatform sharedPlatform) {
        platform = sharedPlatform;
    }

    @Test
    void the_printed_sample_call_answers_200_and_stop_leaves_no_process_of_the_platform() throws Exception {
        assertThat(onPath("curl"))
                .as("curl is needed to run the printed commands (.ci/run installs it)")
                .isTrue();
        PlatformSettings settings = platform.settings();
        Path work = settings.workFolder();
        boolean prometheus = platform.withPrometheus();
        System.out.println(
                prometheus
                        ? "prometheus is installed: ./alliance up --with-prometheus is exercised"
                        : "prometheus is not installed here: --with-prometheus is NOT exercised");
        String upOutput = platform.upOutput();
        Run stop;
        List<String> platformWhileUp;
        try {
            platformWhileUp = platform.processes();
            List<String> lines = upOutput.lines().toList();
            int token = indexOfLineStartingWith(lines, "  TOKEN=", upOutput);
            String tokenCommand = String.join("\n", lines.subList(token, token + 3));
            String apiCommand = lines.get(indexOfLineStartingWith(lines, "  curl -s -H", upOutput));

            // the printed commands as pasted into a shell, the API call with its status written after the body
            Run sample = platform.shell(
                    Duration.ofMinutes(1), tokenCommand + "\n" + apiCommand + " -w '\\nHTTP status %{http_code}\\n'");

            assertThat(sample.output())
                    .as("the printed sample call:%n%s%n%s", apiCommand, sample.output())
                    .contains("HTTP status 200")
                    .contains("\"items\"");

            // the mail server is a part, and Keycloak's realm sends through it: an email Keycloak is asked to send
            // shows in ./alliance mail with its set-password link
            assertThat(upOutput).containsPattern("(?m)^  mail +" + MailServer.apiUrl(settings) + " ");
            String address = "someone-" + System.nanoTime() + "@example.org";
            sendKeycloaksSetPasswordEmail(settings, address);
            Run mail = platform.alliance(Duration.ofMinutes(1), "mail", address);
            assertThat(mail.exitCode())
                    .as("./alliance mail:%n%s", mail.output())
                    .isZero();
            assertThat(mail.output())
                    .as(mail.output())
                    .contains("1 message(s) received", "to " + address)
                    .contains("link: http://localhost:" + settings.port(PortSetting.KEYCLOAK)
                            + "/realms/skill-alliance/login-actions/action-token?key=");

            PlatformEndpoints endpoints = platform.endpoints();
            for (String part : endpoints.management().keySet()) {
                ApiClient.Response scrape = get(endpoints.metrics(part).toString());
                assertThat(scrape.status())
                        .as("%s's /actuator/prometheus", part)
                        .isEqualTo(200);
                assertThat(scrape.text()).as(part).contains("application=\"" + part + "\"");
            }
            assertThat(upOutput).contains("/actuator/prometheus");
            if (prometheus) {
                String base = "http://localhost:" + settings.port(PortSetting.PROMETHEUS);
                String api = base + "/api/v1/";
                assertThat(upOutput).containsPattern("(?m)^  prometheus +" + base + " ");
                List<String> parts = List.copyOf(endpoints.management().keySet());
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofSeconds(2))
                        .untilAsserted(() -> assertThat(targetsUp(
                                        get(api + "targets?state=active").text()))
                                .as("the jobs whose target Prometheus scraped")
                                .containsExactlyInAnyOrderElementsOf(parts));
                assertThat(get(api + "rules").text())
                        .contains(
                                "ConsumerGroupNotCatchingUp",
                                "OutboxNotPublishing",
                                "NewDeadLetters",
                                "HighServerErrorRate");
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofSeconds(2))
                        .untilAsserted(() -> assertThat(get(api + "query?query=skillalliance_outbox_backlog")
                                        .text())
                                .contains(
                                        "\"application\":\"member-service\"",
                                        "\"application\":\"curriculum-service\"",
                                        "\"application\":\"funding-service\""));
            }
        } finally {
            stop = platform.stop();
        }
        // the scan below can see the platform: while it ran, it found the supervisor and every part's JVM
        assertThat(platformWhileUp)
                .as("processes of the platform found in /proc while it ran")
                .anySatisfy(process -> assertThat(process).contains("Alliance supervise"))
                .anySatisfy(process -> assertThat(process).contains("gateway"))
                .anySatisfy(process -> assertThat(process).contains("kc.home.dir"))
                .anySatisfy(process -> assertThat(process).contains("postgres"));
        if (prometheus) {
            assertThat(platformWhileUp)
                    .anySatisfy(process -> assertThat(process).contains("prometheus --config.file="));
        }
        assertThat(stop.exitCode()).as("./alliance stop:%n%s", stop.output()).isZero();
        assertThat(stop.output()).contains("No process of the platform is left");
        assertThat(platform.processes())
                .as("processes naming or running in %s after ./alliance stop", work)
                .isEmpty();
    }

    /** The jobs of Prometheus's {@code /api/v1/targets} answer whose target is up. */
    private static List<String> targetsUp(String answer) {
        List<String> up = new ArrayList<>();
        JsonMapper.builder()
                .build()
                .readTree(answer)
                .path("data")
                .path("activeTargets")
                .forEach(target -> {
                    if ("up".equals(target.path("health").asString())) {
                        up.add(target.path("labels").path("job").asString());
                    }
                });
        return up;
    }

    /**
     * As an operator in Keycloak's admin console: a user of the realm with an email and no password, sent Keycloak's
     * set-password email (the same call member-service's invitations make).
     */
    private static void sendKeycloaksSetPasswordEmail(PlatformSettings settings, String address)
            throws IOException, InterruptedException {
        String keycloak = "http://localhost:" + settings.port(PortSetting.KEYCLOAK);
        HttpResponse<String> token =
                HttpClient.newHttpClient().send(KeycloakTokens.masterAdmin(keycloak, "admin"), BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String adminToken = JsonMapper.builder()
                .build()
                .readTree(token.body())
                .path("access_token")
                .asString();
        ApiClient.Response created = new ApiClient(keycloak)
                .withToken(adminToken)
                .post(
                        "/admin/realms/skill-alliance/users",
                        Map.of(
                                "username",
                                address,
                                "email",
                                address,
                                "firstName",
                                "Some",
                                "lastName",
                                "One",
                                "enabled",
                                true));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        ApiClient.Response sent = new ApiClient(created.header("Location"))
                .withToken(adminToken)
                .put("/execute-actions-email?lifespan=600&client_id=skill-alliance-web", List.of("UPDATE_PASSWORD"));
        assertThat(sent.status())
                .as("Keycloak sent the email through the platform's mail server: %s", sent.text())
                .isEqualTo(204);
    }

    /** A GET of a scrape or of Prometheus's API, whatever it answers in (the scrape is text, not JSON). */
    private static ApiClient.Response get(String url) {
        return new ApiClient(url).withTimeout(Duration.ofSeconds(10)).getAccepting("", "*/*");
    }

    private static int indexOfLineStartingWith(List<String> lines, String start, String output) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with '" + start + "' in:\n" + output);
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
