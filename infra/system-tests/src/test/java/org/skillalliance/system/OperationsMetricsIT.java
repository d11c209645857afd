package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.PlatformEndpoints;
import org.skillalliance.platform.ServiceDatabase;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.PrometheusScrape;

/**
 * Issue 22's figures on the whole platform, as an operator's Prometheus sees them: each of the five processes answers
 * {@code /actuator/prometheus} on its management port, and nowhere on a public port; every figure of
 * docs/observability.md's table is published; and after everything the other classes on the shared platform did (the
 * demo seed, the journeys, the browser journeys, the hostile input) the figures agree with the databases: the
 * enrolment counter with curriculum-service's outbox, the waitlists with its tables, each inbox consumer's timed events
 * with its processed marks; every outbox is empty, every consumer group has caught up, nothing was dead-lettered.
 * Runs after every class that writes to the shared platform ({@code @Order(5)}; only {@code AllianceUpStopIT}, which
 * stops it, comes after), and writes nothing.
 */
@ExtendWith(SharedPlatform.class)
@Order(5)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsMetricsIT {

    static final List<String> PARTS =
            List.of("gateway", "member-service", "curriculum-service", "funding-service", "reporting-service");
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** A documented figure's name on the scrape: itself, or with a timer's or histogram's suffix. */
    private static final List<String> SUFFIXES = List.of("", "_count", "_sum", "_max", "_bucket");

    private LocalPlatform platform;
    private PlatformEndpoints endpoints;

    @BeforeAll
    void onTheSharedPlatform(LocalPlatform sharedPlatform) {
        platform = sharedPlatform;
        endpoints = platform.endpoints();
    }

    @Test
    void everyPartAnswersOnItsManagementPortWithEveryDocumentedFigureAndNeverOnItsPublicPort() throws Exception {
        assertThat(endpoints.management().keySet()).containsExactlyInAnyOrderElementsOf(PARTS);
        Set<String> published = new TreeSet<>();
        for (String part : PARTS) {
            PrometheusScrape scrape = scrape(part);
            assertThat(scrape.samples())
                    .as("%s's samples all name it", part)
                    .allSatisfy(sample -> assertThat(sample.labels()).containsEntry("application", part));
            assertThat(scrape.names()).as(part).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count");
            published.addAll(scrape.names());
            System.out.printf(
                    "%s on %s: %d samples%n",
                    part, endpoints.metrics(part), scrape.samples().size());
        }
        for (String documented : documentedFigures()) {
            assertThat(SUFFIXES.stream().map(suffix -> documented + suffix).anyMatch(published::contains))
                    .as("docs/observability.md documents %s; some part publishes it", documented)
                    .isTrue();
        }

        assertThat(get(endpoints.gateway(), "/actuator/prometheus").status())
                .as("the gateway's public port")
                .isEqualTo(404);
        for (URI service : endpoints.services().values()) {
            assertThat(get(service, "/actuator/prometheus").status())
                    .as("%s, the service port", service)
                    .isEqualTo(404);
            assertThat(get(service, "/readyz").status())
                    .as("%s/readyz", service)
                    .isEqualTo(200);
        }
    }

    @Test
    void theEnrolmentFiguresAgreeWithCurriculumServicesOwnRecords() {
        Map<String, String> outcomes = Map.of(
                "confirmed",
                "EnrolmentConfirmed",
                "waitlisted",
                "EnrolmentWaitlisted",
                "promoted",
                "EnrolmentPromoted",
                "withdrawn",
                "EnrolmentWithdrawn",
                "cancelled",
                "EnrolmentCancelled");
        PrometheusScrape scrape = scrape("curriculum-service");
        // seats of imported past cohorts (HistoryImportIT) are history, not requests: the counter leaves them out
        Map<String, Long> events = rows("curriculum-service", """
                select event_type, count(*) from outbox_event where event_type like 'Enrolment%'
                  and aggregate_id not in (select cast(cohort_id as text) from history_import)
                group by event_type""");
        outcomes.forEach(
                (outcome, eventType) -> assertThat(scrape.value("skillalliance_enrolments_total", "outcome", outcome)
                                .orElseThrow())
                        .as("%s enrolments counted, against the %s events in the outbox", outcome, eventType)
                        .isEqualTo(events.getOrDefault(eventType, 0L).doubleValue()));
        assertThat(scrape.value("skillalliance_enrolments_total", "outcome", "confirmed")
                        .orElseThrow())
                .as("the demo alone confirms dozens of seats")
                .isGreaterThan(50);
        assertThat(scrape.value("skillalliance_enrolments_total", "outcome", "refused"))
                .isPresent();

        Map<String, Long> waiting = rows("curriculum-service", """
                select 'people', coalesce(sum(waiting), 0) from (select count(*) as waiting from enrolment e
                  join cohort c on c.id = e.cohort_id where e.status = 'WAITLISTED' and c.status in ('PLANNED', 'OPEN')
                  group by e.cohort_id) w
                union all
                select 'longest', coalesce(max(waiting), 0) from (select count(*) as waiting from enrolment e
                  join cohort c on c.id = e.cohort_id where e.status = 'WAITLISTED' and c.status in ('PLANNED', 'OPEN')
                  group by e.cohort_id) w""");
        assertThat(scrape.value("skillalliance_waitlist_people").orElseThrow())
                .isEqualTo(waiting.get("people").doubleValue());
        assertThat(scrape.value("skillalliance_waitlist_longest").orElseThrow())
                .isEqualTo(waiting.get("longest").doubleValue());
        System.out.println(scrape.body()
                .lines()
                .filter(line ->
                        line.startsWith("skillalliance_enrolments_total") || line.startsWith("skillalliance_waitlist"))
                .reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void thePipelineHasCaughtUpEverywhereAndNothingWasDeadLettered() {
        // each service that reads member.events.v1 also records revoked machine clients in a group of its own
        // (infra/token-revocation)
        Map<String, Map<String, Set<String>>> groups = Map.of(
                "curriculum-service",
                        Map.of(
                                "curriculum-service",
                                Set.of("member.events.v1"),
                                "curriculum-service.skill-records",
                                Set.of("curriculum.events.v1"),
                                "curriculum-service.objective-outcomes",
                                Set.of("curriculum.events.v1"),
                                "curriculum-service.revoked-clients",
                                Set.of("member.events.v1")),
                "funding-service",
                        Map.of(
                                "funding-service",
                                Set.of("member.events.v1", "curriculum.events.v1"),
                                "funding-service.revoked-clients",
                                Set.of("member.events.v1")),
                "reporting-service",
                        Map.of(
                                "reporting-service",
                                Set.of("member.events.v1", "curriculum.events.v1", "funding.events.v1"),
                                "reporting-service.revoked-clients",
                                Set.of("member.events.v1")));
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String publisher : List.of("member-service", "curriculum-service", "funding-service")) {
                PrometheusScrape scrape = scrape(publisher);
                assertThat(scrape.value("skillalliance_outbox_backlog").orElseThrow())
                        .as(publisher)
                        .isZero();
                assertThat(scrape.value("skillalliance_outbox_oldest_age_seconds")
                                .orElseThrow())
                        .as(publisher)
                        .isZero();
            }
            assertThat(scrape("reporting-service").value("skillalliance_outbox_backlog"))
                    .as("reporting-service publishes nothing")
                    .isEmpty();
            for (Map.Entry<String, Map<String, Set<String>>> consumer : groups.entrySet()) {
                PrometheusScrape scrape = scrape(consumer.getKey());
                Map<String, Set<String>> seen = new TreeMap<>();
                scrape.samples("skillalliance_consumer_lag").forEach(sample -> {
                    seen.computeIfAbsent(sample.labels().get("group"), g -> new TreeSet<>())
                            .add(sample.labels().get("topic"));
                    assertThat(sample.value())
                            .as(
                                    "%s's lag on %s",
                                    sample.labels().get("group"),
                                    sample.labels().get("topic"))
                            .isZero();
                });
                assertThat(seen)
                        .as("%s's groups and their topics", consumer.getKey())
                        .isEqualTo(consumer.getValue());
                assertThat(scrape.samples("skillalliance_dead_letter_records"))
                        .as(consumer.getKey())
                        .isNotEmpty()
                        .allSatisfy(sample -> assertThat(sample.value())
                                .as(sample.labels().get("topic"))
                                .isZero());
                assertThat(scrape.samples("skillalliance_dead_letters_total"))
                        .as(consumer.getKey())
                        .isNotEmpty()
                        .allSatisfy(sample -> assertThat(sample.value())
                                .as(sample.labels().toString())
                                .isZero());
            }
        });

        // every event an inbox consumer applied was timed once, after its commit: the counts are the processed marks
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String service : groups.keySet()) {
                Map<String, Long> marks =
                        rows(service, "select consumer, count(*) from processed_event group by consumer");
                PrometheusScrape scrape = scrape(service);
                Map<String, Long> timed = new TreeMap<>();
                scrape.samples("skillalliance_event_apply_delay_seconds_count")
                        .forEach(sample ->
                                timed.merge(sample.labels().get("consumer"), (long) sample.value(), Long::sum));
                assertThat(timed)
                        .as("%s: events timed per inbox consumer, against its processed marks", service)
                        .isEqualTo(new TreeMap<>(marks));
                assertThat(scrape.samples("skillalliance_event_last_applied_age_seconds"))
                        .as(service)
                        .extracting(sample -> sample.labels().get("consumer"))
                        .containsExactlyInAnyOrderElementsOf(marks.keySet());
            }
        });

        PrometheusScrape reporting = scrape("reporting-service");
        assertThat(reporting.samples(
                        "http_server_requests_seconds_bucket", "uri", "/api/reports/programmes/{programmeId}/impact"))
                .as("the impact report's latency histogram")
                .isNotEmpty();
        reporting
                .body()
                .lines()
                .filter(line -> line.startsWith("skillalliance_consumer_lag")
                        || line.startsWith("skillalliance_dead_letter_records"))
                .forEach(System.out::println);
    }

    /** Every {@code skillalliance_...} name in the first column of docs/observability.md's tables. */
    static Set<String> documentedFigures() throws IOException {
        String docs = Files.readString(DockerComposeTest.ROOT.resolve("docs/observability.md"));
        Matcher row = Pattern.compile("(?m)^\\| `(skillalliance_[a-z_]+)`").matcher(docs);
        Set<String> names = new TreeSet<>();
        while (row.find()) {
            names.add(row.group(1));
        }
        assertThat(names).as("the figures documented in docs/observability.md").hasSizeGreaterThanOrEqualTo(10);
        return names;
    }

    private PrometheusScrape scrape(String part) {
        PrometheusScrape scrape = PrometheusScrape.of(endpoints.metrics(part));
        assertThat(scrape.status())
                .as("%s's /actuator/prometheus on its management port", part)
                .isEqualTo(200);
        return scrape;
    }

    /** A query's rows as first column to second (a count). */
    private Map<String, Long> rows(String service, String query) {
        ServiceDatabase database = platform.database(service);
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            Map<String, Long> result = new LinkedHashMap<>();
            while (rows.next()) {
                result.put(rows.getString(1), rows.getLong(2));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + query, e);
        }
    }

    /** A plain GET accepting any media type, as a scraper or a load balancer's probe sends it. */
    private static ApiClient.Response get(URI base, String path) {
        return new ApiClient(base.toString())
                .withTimeout(Duration.ofSeconds(10))
                .getAccepting(path, "*/*");
    }
}
