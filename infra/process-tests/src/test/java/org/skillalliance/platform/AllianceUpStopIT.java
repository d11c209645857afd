package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./alliance up} then {@code ./alliance stop}, the script itself as a person types it, on free ports and a
 * temporary work folder ({@code ALLIANCE_WORK_FOLDER}), so it runs beside a developer's own platform: the token
 * request and API call that {@code up} prints answer 200 when run in a shell, and after {@code stop} no process of the
 * platform is left, judged from {@code /proc} alone (every process's command line and working folder), not from the
 * launcher's own bookkeeping. Without the demo seed ({@code --no-seed}), which the end-to-end suite covers: about a
 * minute or two, one platform start. Runs in infra/process-tests (beside the system tests), once infra/platform has
 * packaged the launcher and its class path; it stays in the launcher's package for its package-private parts.
 *
 * <p>Every part answers {@code /actuator/prometheus} on its management port. Where the machine has a
 * {@code prometheus} (Debian's package), {@code up} runs with {@code --with-prometheus}: Prometheus reaches all five
 * targets and has loaded the alert rules, and {@code stop} leaves no Prometheus behind either; elsewhere that part is
 * left out, and the test says so in its output.
 */
class AllianceUpStopIT {

    /** A backstop only: the launcher gives up by itself (4 minutes for the infrastructure, 5 for the services). */
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(15);

    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(5);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temporary;

    @Test
    void the_printed_sample_call_answers_200_and_stop_leaves_no_process_of_the_platform() throws Exception {
        assertThat(onPath("curl"))
                .as("curl is needed to run the printed commands (.ci/run installs it)")
                .isTrue();
        Path repository = RepositoryRoot.find();
        Path work = temporary.resolve("work").toAbsolutePath();
        Map<String, String> environment = new java.util.HashMap<>();
        environment.put(PlatformSettings.WORK_FOLDER_VARIABLE, work.toString());
        PlatformSettings settings = PlatformSettings.forTests(work);
        settings.ports().forEach((part, port) -> environment.put(part.environmentVariable(), Integer.toString(port)));
        boolean prometheus = PrometheusServer.executable().isPresent();
        System.out.println(
                prometheus
                        ? "prometheus is installed: ./alliance up --with-prometheus is exercised"
                        : "prometheus is not installed here: --with-prometheus is NOT exercised");
        List<String> upCommand = new ArrayList<>(List.of("./alliance", "up", "--no-seed"));
        if (prometheus) {
            upCommand.add("--with-prometheus");
        }

        Run up = run(repository, environment, UP_TIMEOUT, upCommand.toArray(String[]::new));
        System.out.println(up.output());
        Run stop;
        List<String> platformWhileUp;
        try {
            assertThat(up.exitCode()).as("./alliance up:%n%s", up.output()).isZero();
            platformWhileUp = processesOf(work);
            List<String> lines = up.output().lines().toList();
            int token = indexOfLineStartingWith(lines, "  TOKEN=", up.output());
            String tokenCommand = String.join("\n", lines.subList(token, token + 3));
            String apiCommand = lines.get(indexOfLineStartingWith(lines, "  curl -s -H", up.output()));

            // the printed commands as pasted, the API call with its status written after the body
            Run sample = run(
                    repository,
                    Map.of(),
                    Duration.ofMinutes(1),
                    "/bin/bash",
                    "-c",
                    tokenCommand + "\n" + apiCommand + " -w '\\nHTTP status %{http_code}\\n'");

            assertThat(sample.output())
                    .as("the printed sample call:%n%s%n%s", apiCommand, sample.output())
                    .contains("HTTP status 200")
                    .contains("\"items\"");

            // the mail server is a part, and Keycloak's realm sends through it: an email Keycloak is asked to send
            // shows in ./alliance mail with its set-password link
            assertThat(up.output()).containsPattern("(?m)^  mail +" + MailServer.apiUrl(settings) + " ");
            String address = "someone-" + System.nanoTime() + "@example.org";
            sendKeycloaksSetPasswordEmail(settings, address);
            Run mail = run(repository, environment, Duration.ofMinutes(1), "./alliance", "mail", address);
            assertThat(mail.exitCode())
                    .as("./alliance mail:%n%s", mail.output())
                    .isZero();
            assertThat(mail.output())
                    .as(mail.output())
                    .contains("1 message(s) received", "to " + address)
                    .contains("link: http://localhost:" + settings.port(PortSetting.KEYCLOAK)
                            + "/realms/skill-alliance/login-actions/action-token?key=");

            for (ServiceJar part : ServiceJar.values()) {
                HttpResponse<String> scrape =
                        get("http://localhost:" + settings.port(part.managementPort()) + "/actuator/prometheus");
                assertThat(scrape.statusCode())
                        .as("%s's /actuator/prometheus", part.module())
                        .isEqualTo(200);
                assertThat(scrape.body()).as(part.module()).contains("application=\"" + part.module() + "\"");
            }
            assertThat(up.output()).contains("/actuator/prometheus");
            if (prometheus) {
                String base = "http://localhost:" + settings.port(PortSetting.PROMETHEUS);
                String api = base + "/api/v1/";
                assertThat(up.output()).containsPattern("(?m)^  prometheus +" + base + " ");
                List<String> parts =
                        Stream.of(ServiceJar.values()).map(ServiceJar::module).toList();
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofSeconds(2))
                        .untilAsserted(() -> assertThat(targetsUp(
                                        get(api + "targets?state=active").body()))
                                .as("the jobs whose target Prometheus scraped")
                                .containsExactlyInAnyOrderElementsOf(parts));
                assertThat(get(api + "rules").body())
                        .contains(
                                "ConsumerGroupNotCatchingUp",
                                "OutboxNotPublishing",
                                "NewDeadLetters",
                                "HighServerErrorRate");
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofSeconds(2))
                        .untilAsserted(() -> assertThat(get(api + "query?query=skillalliance_outbox_backlog")
                                        .body())
                                .contains(
                                        "\"application\":\"member-service\"",
                                        "\"application\":\"curriculum-service\"",
                                        "\"application\":\"funding-service\""));
            }
        } finally {
            stop = run(repository, environment, STOP_TIMEOUT, "./alliance", "stop");
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
        assertThat(processesOf(work))
                .as("processes naming or running in %s after ./alliance stop", work)
                .isEmpty();
    }

    /**
     * Every live process whose command line names the work folder or whose working folder lies in it, as
     * {@code pid cwd command line}, read from {@code /proc} ({@code /proc/<pid>/cmdline} and {@code /proc/<pid>/cwd}).
     */
    private static List<String> processesOf(Path work) throws IOException {
        String folder = work.toString();
        List<String> found = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                if (Long.parseLong(entry.getFileName().toString()) == self) {
                    continue;
                }
                String commandLine;
                String cwd;
                try {
                    commandLine = new String(Files.readAllBytes(entry.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ')
                            .strip();
                    cwd = Files.readSymbolicLink(entry.resolve("cwd")).toString();
                } catch (IOException goneOrNotOurs) {
                    // the process ended while we looked, or is another user's: neither is the platform's
                    continue;
                }
                if (commandLine.contains(folder) || cwd.equals(folder) || cwd.startsWith(folder + "/")) {
                    found.add(entry.getFileName() + " " + cwd + " " + commandLine);
                }
            }
        }
        return found;
    }

    private record Run(int exitCode, String output) {}

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
        HttpResponse<String> token = HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=admin-cli&username=admin" + "&password=admin"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String bearer = "Bearer "
                + JsonMapper.builder()
                        .build()
                        .readTree(token.body())
                        .path("access_token")
                        .asString();
        String users = keycloak + "/admin/realms/skill-alliance/users";
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(URI.create(users))
                        .header("Authorization", bearer)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + address + "\", \"email\": \""
                                + address + "\", \"firstName\": \"Some\", \"lastName\": \"One\", \"enabled\": true}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> sent = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                location + "/execute-actions-email?lifespan=600&client_id=skill-alliance-web"))
                        .header("Authorization", bearer)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("[\"UPDATE_PASSWORD\"]"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode())
                .as("Keycloak sent the email through the platform's mail server: %s", sent.body())
                .isEqualTo(204);
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Run run(Path directory, Map<String, String> environment, Duration timeout, String... command)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("alliance-command", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
                return new Run(
                        -1,
                        Files.readString(log) + System.lineSeparator() + String.join(" ", command)
                                + " did not end within " + timeout);
            }
            return new Run(process.exitValue(), Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
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
