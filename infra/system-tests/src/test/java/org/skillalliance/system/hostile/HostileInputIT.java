package org.skillalliance.system.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.PlatformEndpoints;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.DemoSeed;
import org.skillalliance.platform.demo.DemoSummary;
import org.skillalliance.platform.demo.Session;
import org.skillalliance.system.SharedPlatform;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input against every operation the services document (issue 24), on the whole platform started as
 * {@code ./alliance up} starts it and seeded with the demo data.
 *
 * <p>The services' OpenAPI documents are read live through the gateway; from each operation {@link HostileRequests}
 * generates requests with one fault each (malformed JSON, wrong types, missing and unknown fields, control characters,
 * 100 KB strings, numbers at and beyond their bounds, invalid ids, wrong content types, an oversized chunked body),
 * everything else valid and real. Each is sent through the gateway and straight to its service, with the platform
 * admin's real Keycloak token. Reads run four at a time; each write runs alone, between two exact counts of its
 * service's rows ({@link RowCounts}).
 *
 * <p>It fails on any 5xx, any error that is not problem+json, any row written by a refused request, and any 2xx to a
 * request that was not valid; the message lists each finding once per operation and fault kind, with an example.
 */
@ExtendWith(SharedPlatform.class)
@Order(4)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    static final List<String> SERVICES =
            List.of("member-service", "curriculum-service", "funding-service", "reporting-service");
    private static final int MINIMUM_REQUESTS = 3_000;
    private static final int CONCURRENT_READS = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private LocalPlatform platform;
    private PlatformEndpoints endpoints;
    private DemoSummary demo;
    private Session admin;
    private final Map<String, RowCounts> rowCounts = new LinkedHashMap<>();

    /** On the JVM's shared platform, whose gateway lets this test's thousands of requests through (SharedPlatform). */
    @BeforeAll
    void seedTheSharedPlatform(LocalPlatform sharedPlatform) {
        platform = sharedPlatform;
        endpoints = platform.endpoints();
        demo = DemoSeed.run(endpoints, System.out);
        admin = new AllianceApi(endpoints).login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD);
        SERVICES.forEach(service -> rowCounts.put(service, new RowCounts(platform.database(service))));
    }

    @AfterAll
    void closeTheConnections() {
        rowCounts.values().forEach(RowCounts::close);
    }

    @Test
    void everyDocumentedOperationRefusesHostileInputWithAProblemAndWritesNothing() throws Exception {
        Instant began = Instant.now();
        Sender sender = new Sender(admin::accessToken);
        List<Operation> operations = documentedOperations(sender);
        RealData realData = harvest(sender, operations);
        HostileRequests generator = new HostileRequests(new ValidValues(realData), realData);
        List<HostileRequest> requests = operations.stream()
                .flatMap(operation -> generator.of(operation).stream())
                .toList();
        Map<FaultKind, Integer> byKind = new EnumMap<>(FaultKind.class);
        requests.forEach(request -> byKind.merge(request.kind(), 1, Integer::sum));
        System.out.printf(
                "%d operations, %d hostile requests, each sent twice (gateway, direct): %s%n",
                operations.size(), requests.size(), byKind);

        Verdicts verdicts = new Verdicts();
        sendReads(
                sender,
                requests.stream()
                        .filter(request -> !request.operation().writes())
                        .toList(),
                verdicts);
        settle();
        System.out.printf("reads done after %.1f s: %d requests%n", seconds(began), verdicts.sent());
        for (HostileRequest request : requests) {
            if (request.operation().writes()) {
                sendWrite(sender, request, verdicts);
                if (verdicts.sent() % 500 < 2) {
                    System.out.printf("%d requests after %.1f s%n", verdicts.sent(), seconds(began));
                }
            }
        }

        verdicts.summary().forEach(System.out::println);
        System.out.printf("Hostile input took %.1f s%n", seconds(began));
        assertThat(verdicts.sent()).as("hostile requests sent").isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
        if (!verdicts.clean()) {
            fail(verdicts.failureMessage());
        }
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    // ------------------------------------------------------------------------------------------------ the documents

    private List<Operation> documentedOperations(Sender sender) {
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            Sender.Answer document = sender.get(endpoints.gateway(), "/openapi/" + service);
            assertThat(document.status()).as("GET /openapi/" + service).isEqualTo(200);
            List<Operation> documented = new ApiDocument(service, JSON.readTree(document.body())).operations();
            System.out.printf("%s documents %d operations%n", service, documented.size());
            operations.addAll(documented);
        }
        return operations;
    }

    /**
     * Real ids and values: every GET without path parameters first, then those with path parameters filled from what
     * the first round found.
     */
    private RealData harvest(Sender sender, List<Operation> operations) {
        RealData realData = new RealData();
        realData.addId("programmeId", demo.programmeId());
        ValidValues validValues = new ValidValues(realData);
        for (boolean withPathParameters : List.of(false, true)) {
            for (Operation operation : operations) {
                if (operation.writes() || operation.pathParameters().isEmpty() == withPathParameters) {
                    continue;
                }
                String target = operation.path();
                for (Operation.Parameter parameter : operation.pathParameters()) {
                    target = target.replace(
                            "{" + parameter.name() + "}",
                            realData.idForPath(operation.path(), parameter.name())
                                    .map(Object::toString)
                                    .orElse(validValues
                                            .of(parameter.name(), parameter.schema())
                                            .asString()));
                }
                String query = operation.queryParameters().stream()
                        .filter(Operation.Parameter::required)
                        .map(parameter -> parameter.name() + "="
                                + validValues
                                        .of(parameter.name(), parameter.schema())
                                        .asString())
                        .reduce((a, b) -> a + "&" + b)
                        .map(q -> "?" + q)
                        .orElse("");
                Sender.Answer answer = sender.get(endpoints.gateway(), target + query);
                if (answer.success() && answer.contentType().contains("json")) {
                    realData.harvest(operation.path(), JSON.readTree(answer.body()));
                }
            }
        }
        System.out.println("Real ids harvested: " + realData.idCounts());
        return realData;
    }

    // ----------------------------------------------------------------------------------------------------- sending

    private Map<String, URI> routes(Operation operation) {
        Map<String, URI> routes = new LinkedHashMap<>();
        routes.put("gateway", endpoints.gateway());
        routes.put("direct", endpoints.services().get(operation.service()));
        return routes;
    }

    private void sendReads(Sender sender, List<HostileRequest> reads, Verdicts verdicts)
            throws InterruptedException, ExecutionException {
        try (ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_READS)) {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (HostileRequest request : reads) {
                routes(request.operation())
                        .forEach((route, base) -> tasks.add(() -> {
                            verdicts.judge(request, route, sender.send(base, request), List.of());
                            return null;
                        }));
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        }
    }

    /** Alone, between two counts of the service's rows; after a 2xx, until its events have been taken in everywhere. */
    private void sendWrite(Sender sender, HostileRequest request, Verdicts verdicts) {
        RowCounts counts = rowCounts.get(request.operation().service());
        routes(request.operation()).forEach((route, base) -> {
            Map<String, Long> before = counts.snapshot();
            Sender.Answer answer = sender.send(base, request);
            Map<String, Long> after = counts.snapshot();
            verdicts.judge(request, route, answer, RowCounts.changes(before, after));
            if (answer.success()) {
                settle();
            }
        });
    }

    /**
     * Waits until no service's row counts move (two counts 200 ms apart agree), so that the events of an accepted
     * write, taken in by the other services, are not laid at the door of the next refused request.
     */
    private void settle() {
        AtomicReference<List<Map<String, Long>>> last = new AtomicReference<>(List.of());
        try {
            await().atMost(Duration.ofSeconds(5))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        List<Map<String, Long>> now = rowCounts.values().stream()
                                .map(RowCounts::snapshot)
                                .toList();
                        return now.equals(last.getAndSet(now));
                    });
        } catch (ConditionTimeoutException stillMoving) {
            System.out.println("row counts still moving after 5 s; going on");
        }
    }
}
