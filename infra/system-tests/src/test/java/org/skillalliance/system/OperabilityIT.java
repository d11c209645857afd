package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.PlatformEndpoints;
import org.skillalliance.platform.PortSetting;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.ApiResponse;
import org.skillalliance.platform.demo.CohortSpec;
import org.skillalliance.platform.demo.DemoSeed;
import org.skillalliance.platform.demo.DemoSummary;
import org.skillalliance.platform.demo.Session;
import org.skillalliance.testsupport.ApiClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 22's acceptance for traces and logs, on the JVM's {@link SharedPlatform} (which runs with the local trace
 * collector: Zipkin behind the OTLP receiver), after every other class on it, so that its logs are those of a full
 * end-to-end run: the demo seed, the journeys, the browser journeys and the hostile input.
 *
 * <ul>
 *   <li>One enrolment through the gateway is one trace: its id is in the gateway's access log line, in
 *       curriculum-service's request log line and in reporting-service's line for the event it consumed; Zipkin holds
 *       the span tree, from the gateway's server span through curriculum-service and Kafka into the consumers.</li>
 *   <li>A search by a person's name leaves the name out of the spans in Zipkin.</li>
 *   <li>No log line of any part names a staff member of the demo, or gives their email address.</li>
 * </ul>
 */
@ExtendWith(SharedPlatform.class)
@Order(5)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperabilityIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LocalPlatform platform;
    private ApiClient zipkin;
    private PlatformEndpoints endpoints;
    private AllianceApi api;
    private DemoSummary demo;

    @BeforeAll
    void onTheSharedPlatform(LocalPlatform sharedPlatform) {
        platform = sharedPlatform;
        endpoints = platform.endpoints();
        zipkin = new ApiClient("http://localhost:" + platform.settings().port(PortSetting.ZIPKIN));
        api = new AllianceApi(endpoints);
        // the demo is seeded by the first class; this only reads who is in it
        demo = DemoSeed.run(endpoints, System.out);
    }

    @Test
    @Order(1)
    void oneEnrolmentIsOneTraceFromTheGatewayThroughKafkaIntoTheConsumers() {
        Session coordinator = api.login("coordinator", DemoSeed.PASSWORD);
        UUID alliance = coordinator.findAlliance(demo.allianceName()).orElseThrow();
        UUID association = uuid(coordinator.get("/api/alliances/" + alliance).json(), "coordinatorId");
        JsonNode course = coordinator.all("/api/courses?allianceId=" + alliance).stream()
                .filter(c -> c.path("status").asString().equals("PUBLISHED"))
                .findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID cohort = coordinator.scheduleCohort(CohortSpec.of(
                uuid(course, "id"),
                association,
                today.plusDays(30),
                today.plusDays(31),
                today,
                today.plusDays(20),
                12,
                1,
                null,
                new CohortSpec.Cost("TOTAL", 120_000, "EUR")));
        coordinator.openCohort(cohort);

        DemoSummary.DemoUser hrUser = demo.users().stream()
                .filter(u -> u.role().equals("member-admin"))
                .findFirst()
                .orElseThrow();
        Session hr = api.login(hrUser.username(), hrUser.password());
        JsonNode staffMember = hr.all("/api/staff").getFirst();
        Map<String, Object> enrolment = Map.of(
                "cohortId", cohort, "employerId", uuid(staffMember, "employerId"), "staffId", uuid(staffMember, "id"));
        // curriculum-service learns of the new cohort's funding quote and the people from events: asked until it
        // takes the enrolment
        ApiResponse enrolled = await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> hr.post("/api/enrolments", enrolment), response -> response.status() == 201);
        String requestId = enrolled.header("X-Request-Id");
        String eventType = "Enrolment"
                + switch (enrolled.json().path("status").asString()) {
                    case "CONFIRMED" -> "Confirmed";
                    case "WAITLISTED" -> "Waitlisted";
                    default -> throw new AssertionError("unexpected enrolment " + enrolled.body());
                };

        // the gateway's access log line of the request names the trace
        JsonNode gatewayLine = await().atMost(PATIENCE)
                .until(
                        () -> logLines("gateway")
                                .filter(line -> requestId.equals(field(line, "http.request.id"))
                                        && "/api/enrolments".equals(field(line, "url.path")))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        String traceId = field(gatewayLine, "trace.id");
        assertThat(traceId).as("the gateway's line %s", gatewayLine).matches("[0-9a-f]{32}");

        // curriculum-service answered it in that trace, with the request id beside it
        JsonNode curriculumLine = await().atMost(PATIENCE)
                .until(
                        () -> logLines("curriculum-service")
                                .filter(line -> traceId.equals(field(line, "trace.id"))
                                        && line.path("message")
                                                .asString("")
                                                .startsWith("POST /api/enrolments answered 201"))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(field(curriculumLine, "http.request.id")).isEqualTo(requestId);
        // reporting-service applied the event in that trace, published from the outbox long after the answer
        JsonNode reportingLine = await().atMost(PATIENCE)
                .until(
                        () -> logLines("reporting-service")
                                .filter(line -> traceId.equals(field(line, "trace.id"))
                                        && line.path("message")
                                                .asString("")
                                                .startsWith("reporting.projections applied " + eventType))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(field(reportingLine, "service.name")).isEqualTo("reporting-service");
        // the request id travelled with the trace: through the outbox row and the record's headers
        assertThat(field(reportingLine, "http.request.id")).isEqualTo(requestId);

        // Zipkin holds one tree: one root, the gateway's server span; every other span's parent in the trace; the
        // consumer's span descending from curriculum-service's producer and server spans. Each service sends its
        // spans in batches of its own, seconds apart: asked again until the tree is whole.
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    List<JsonNode> spans = zipkinTrace(traceId);
                    Map<String, JsonNode> byId = new HashMap<>();
                    spans.forEach(span -> byId.put(span.path("id").asString(), span));
                    List<JsonNode> roots =
                            spans.stream().filter(span -> !span.has("parentId")).toList();
                    assertThat(roots).as("roots of %s", spans).hasSize(1);
                    assertThat(service(roots.getFirst()) + " "
                                    + roots.getFirst().path("kind").asString())
                            .isEqualTo("gateway SERVER");
                    for (JsonNode span : spans) {
                        if (span.has("parentId")) {
                            assertThat(byId)
                                    .as("the parent of %s", span)
                                    .containsKey(span.path("parentId").asString());
                        }
                    }
                    JsonNode consumer = spans.stream()
                            .filter(span -> service(span).equals("reporting-service")
                                    && span.path("kind").asString("").equals("CONSUMER"))
                            .findFirst()
                            .orElseThrow();
                    List<String> ancestry = ancestry(consumer, byId);
                    assertThat(ancestry)
                            .as("from the consumer up to the root")
                            .containsSubsequence(
                                    "reporting-service CONSUMER",
                                    "curriculum-service PRODUCER",
                                    "curriculum-service SERVER",
                                    "gateway SERVER");
                    System.out.printf(
                            "trace %s: %d spans; the consumer's ancestry %s%n", traceId, spans.size(), ancestry);
                });
    }

    @Test
    @Order(2)
    void aSearchByNameLeavesTheNameOutOfItsTrace() {
        Session admin = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD);
        String surname = admin.all("/api/staff").stream()
                .map(person -> person.path("lastName").asString())
                .filter(name -> name.length() >= 5)
                .findFirst()
                .orElseThrow();
        ApiResponse search = admin.get("/api/staff?q=" + surname);
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().path("items").size()).isPositive();
        String requestId = search.header("X-Request-Id");
        JsonNode gatewayLine = await().atMost(PATIENCE)
                .until(
                        () -> logLines("gateway")
                                .filter(line -> requestId.equals(field(line, "http.request.id")))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(field(gatewayLine, "url.path")).isEqualTo("/api/staff");
        String traceId = field(gatewayLine, "trace.id");
        // the gateway's and member-service's spans are there, and no tag of any holds the query
        List<JsonNode> spans = await().atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(
                        () -> zipkinTrace(traceId),
                        found -> found.stream()
                                .map(OperabilityIT::service)
                                .collect(Collectors.toSet())
                                .containsAll(List.of("gateway", "member-service")));
        assertThat(spans.toString())
                .contains("/api/staff")
                .doesNotContain(surname)
                .doesNotContain("q=");
    }

    @Test
    @Order(3)
    void noLogLineNamesAStaffMemberOfTheDemo() throws IOException {
        Session admin = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD);
        List<JsonNode> staff = admin.all("/api/staff");
        assertThat(staff).hasSizeGreaterThan(20);
        List<Pattern> personal = new ArrayList<>();
        // each pattern's literal text, lower-cased: a line that does not hold it cannot match, so the regular
        // expressions run only on the few lines that do (the logs of a whole run hold some 100,000 lines)
        List<String> needles = new ArrayList<>();
        for (JsonNode person : staff) {
            String first = person.path("firstName").asString();
            String last = person.path("lastName").asString();
            String email = person.path("email").asString();
            personal.add(Pattern.compile(Pattern.quote(email), Pattern.CASE_INSENSITIVE));
            needles.add(email.toLowerCase(Locale.ROOT));
            personal.add(Pattern.compile(Pattern.quote(first + " " + last)));
            needles.add((first + " " + last).toLowerCase(Locale.ROOT));
            personal.add(Pattern.compile(Pattern.quote(last + ", " + first)));
            needles.add((last + ", " + first).toLowerCase(Locale.ROOT));
            // a surname alone, where it is long enough not to be a word of the logs' own (Schmidt, Zimmermann)
            if (last.length() >= 6) {
                personal.add(Pattern.compile("\\b" + Pattern.quote(last) + "\\b"));
                needles.add(last.toLowerCase(Locale.ROOT));
            }
        }
        List<String> found = new ArrayList<>();
        long lines = 0;
        try (Stream<Path> logs = Files.list(platform.settings().logs())) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                List<String> content = Files.readAllLines(log);
                lines += content.size();
                for (String line : content) {
                    String lowerCase = line.toLowerCase(Locale.ROOT);
                    for (int i = 0; i < personal.size(); i++) {
                        if (lowerCase.contains(needles.get(i))
                                && personal.get(i).matcher(line).find()) {
                            found.add(log.getFileName() + ": " + personal.get(i) + " in " + line);
                        }
                    }
                }
            }
        }
        System.out.printf("%d log lines of a full end-to-end run searched for %d staff members%n", lines, staff.size());
        assertThat(lines).isGreaterThan(1000);
        assertThat(found).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** A service's log, one JSON object per line (lines that are not JSON, such as a JVM's own warnings, skipped). */
    private Stream<JsonNode> logLines(String part) {
        try {
            return Files.readAllLines(platform.settings().logs().resolve(part + ".log")).stream()
                    .filter(line -> line.startsWith("{") && line.endsWith("}"))
                    .flatMap(OperabilityIT::json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line being written as it is read is not JSON yet: left for the next look. */
    private static Stream<JsonNode> json(String line) {
        try {
            return Stream.of(JSON.readTree(line));
        } catch (JacksonException incomplete) {
            return Stream.empty();
        }
    }

    /** A field of an ECS line by its dotted name ({@code http.request.id}), flat or nested as Spring Boot writes it. */
    private static String field(JsonNode line, String dottedName) {
        if (line.path(dottedName).isValueNode()) {
            return line.path(dottedName).asString();
        }
        JsonNode at = line;
        for (String part : dottedName.split("\\.")) {
            at = at.path(part);
        }
        return at.isValueNode() ? at.asString() : null;
    }

    private List<JsonNode> zipkinTrace(String traceId) {
        ApiClient.Response response = zipkin.get("/api/v2/trace/" + traceId);
        if (response.status() == 404) {
            return List.of();
        }
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<JsonNode> spans = new ArrayList<>();
        response.json().forEach(spans::add);
        return spans;
    }

    private static String service(JsonNode span) {
        return span.path("localEndpoint").path("serviceName").asString("");
    }

    /** "service KIND" of the span and each of its ancestors, up to the root (spans without a kind left out). */
    private static List<String> ancestry(JsonNode span, Map<String, JsonNode> byId) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> path = new ArrayList<>();
        for (JsonNode at = span;
                at != null && seen.add(at.path("id").asString());
                at = byId.get(at.path("parentId").asString(""))) {
            if (at.has("kind")) {
                path.add(service(at) + " " + at.path("kind").asString());
            }
        }
        return path;
    }

    private static UUID uuid(JsonNode json, String field) {
        return UUID.fromString(json.path(field).asString());
    }
}
