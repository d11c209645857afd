package org.skillalliance.funding.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillalliance.funding.FundingFixtures.assertRefused;
import static org.skillalliance.funding.FundingFixtures.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.funding.CohortResultsReported;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.funding.FundingFixtures;
import org.skillalliance.funding.SettableClock;
import org.skillalliance.funding.SettableClockConfiguration;
import org.skillalliance.funding.Upstream;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKeycloak;
import org.skillalliance.testsupport.TopicRecorder;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.FieldViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Business results (issue 19, Kirkpatrick level 4) on real PostgreSQL, a real broker and Keycloak's tokens: the
 * employer's HR (a {@code member-admin} of the employer) reports the measures of docs' worked example for a cohort its
 * staff attended, corrects and withdraws them and sets its wage cost; every change is logged and published whole.
 *
 * <p>The cohort is covered by an award under a programme whose period ends 2026-12-31, so its report period closes
 * after 2027-12-31; the service's clock is a {@link SettableClock} to get there.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SettableClockConfiguration.class)
class CohortResultsIT {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final String EDITABLE_UNTIL = "2027-12-31";

    @LocalServerPort
    int port;

    @Autowired
    SettableClock clock;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventRegistry registry;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;
    FundingFixtures fixtures;
    Upstream upstream;

    final UUID alliance = UUID.randomUUID();
    final UUID association = UUID.randomUUID();
    final UUID funder = UUID.randomUUID();

    UUID employer;
    Upstream.Cohort cohort;
    /** The employer's HR and its Keycloak user id (the token's {@code sub}). */
    ApiClient hr;

    String hrSubject;

    @BeforeEach
    void setUp() {
        clock.set(LocalDate.of(2026, 6, 1));
        admin = Callers.asAdmin(port);
        fixtures = new FundingFixtures(admin);
        upstream = new Upstream(kafka, registry, jdbc);
        employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID course = upstream.course(alliance, "20", List.of());
        cohort = upstream.cohort(course, alliance, association, START, Pricing.PER_SEAT, 100_000);
        Upstream.Seat completed = upstream.confirm(cohort, employer);
        Upstream.Seat notCompleted = upstream.confirm(cohort, employer);
        upstream.awaitConsumed();
        UUID programme = fixtures.openProgramme(FundingFixtures.programme(funder, 10_000_000));
        FundingFixtures.created(fixtures.award(
                fixtures.applicationUnderReview(programme, funder, employer, "EMPLOYER", cohort.id(), 1_000_000),
                funder,
                1_000_000));
        upstream.start(cohort, 2);
        upstream.outcome(cohort, completed, EnrolmentOutcome.COMPLETED, "20");
        upstream.outcome(cohort, notCompleted, EnrolmentOutcome.NOT_COMPLETED, "10");
        upstream.awaitConsumed();
        String token = Callers.tokenFor("member-admin", employer);
        hr = ApiClient.onPort(port).withToken(token);
        hrSubject = TestKeycloak.claims(token).path("sub").asString();
    }

    @Test
    void hrReportsCorrectsAndWithdrawsMeasuresSetsTheWageCostAndEveryChangeIsLoggedAndPublishedWhole() {
        String path = "/api/cohort-results/" + cohort.id();
        try (TopicRecorder topic = FundingFixtures.fundingTopic()) {
            // staff attended, nothing reported yet: revision 0, editable until 365 days after the programme's end
            JsonNode none = ok(hr.get(path));
            assertThat(none.path("employerId").asString()).isEqualTo(employer.toString());
            assertThat(none.path("currency").asString()).isEqualTo("EUR");
            assertThat(none.path("hourlyWageCostMinor").isNull()).isTrue();
            assertThat(none.path("measures").isEmpty()).isTrue();
            assertThat(none.path("revision").asInt()).isZero();
            assertThat(none.path("editableUntil").asString()).isEqualTo(EDITABLE_UNTIL);
            assertThat(none.path("editable").asBoolean()).isTrue();

            // A1 first reported with 1400 orders after (200 x 6,000 x 0.6 x 0.8 = 576,000), corrected below
            ApiClient.Response first = hr.post(
                    path + "/measures",
                    measure("orders processed per month", "orders", "1200", "1400", true, 6_000, 60, 80));
            assertThat(first.status()).as(first.toString()).isEqualTo(201);
            UUID orders = UUID.fromString(
                    first.json().path("measures").get(0).path("id").asString());
            assertThat(first.header("Location")).endsWith(path + "/measures/" + orders);
            // values are answered as plain decimals, as sent (1200, never 1.2E+3), and so once read back stored
            assertThat(first.text()).contains("\"valueBefore\":1200,\"valueAfter\":1400,");
            assertThat(hr.get(path).text()).contains("\"valueBefore\":1200,\"valueAfter\":1400,");
            assertThat(first.json()
                            .path("measures")
                            .get(0)
                            .path("benefitPerYearMinor")
                            .asLong())
                    .isEqualTo(576_000);
            assertThat(first.json().path("revision").asInt()).isEqualTo(1);

            JsonNode second = created(hr.post(
                    path + "/measures",
                    measure("customer complaints per month", "complaints", "30", "22", false, 5_000, 33, 70)));
            assertThat(second.path("measures")
                            .get(1)
                            .path("benefitPerYearMinor")
                            .asLong())
                    .isEqualTo(9_240);
            JsonNode third = created(
                    hr.post(path + "/measures", measure("scrap rate", "%", "4.5", "3.2", false, 250_003, 70, 85)));
            UUID scrap =
                    UUID.fromString(third.path("measures").get(2).path("id").asString());
            // 193,377.3205 shown half up
            assertThat(third.path("measures").get(2).path("benefitPerYearMinor").asLong())
                    .isEqualTo(193_377);

            JsonNode corrected = ok(hr.put(
                    path + "/measures/" + orders,
                    measure("orders processed per month", "orders", "1200", "1450", true, 6_000, 60, 80)));
            assertThat(corrected.path("measures").get(0).path("id").asString()).isEqualTo(orders.toString());
            assertThat(corrected
                            .path("measures")
                            .get(0)
                            .path("benefitPerYearMinor")
                            .asLong())
                    .isEqualTo(720_000);
            assertThat(corrected.path("revision").asInt()).isEqualTo(4);

            JsonNode withdrawn = ok(hr.delete(path + "/measures/" + scrap));
            assertThat(withdrawn.path("measures").findValuesAsString("id")).doesNotContain(scrap.toString());
            assertThat(ok(hr.put(path + "/wage-cost", wage(2_500, "EUR")))
                            .path("revision")
                            .asInt())
                    .isEqualTo(6);
            JsonNode results = ok(hr.put(path + "/wage-cost", wage(3_000, "EUR")));

            assertThat(results.path("revision").asInt()).isEqualTo(7);
            assertThat(results.path("hourlyWageCostMinor").asLong()).isEqualTo(3_000);
            assertThat(results.path("measures").findValuesAsString("name"))
                    .containsExactly("orders processed per month", "customer complaints per month");
            assertThat(results.path("measures").get(1).path("valueBefore").decimalValue())
                    .isEqualByComparingTo("30");
            assertThat(results.path("measures").get(1).path("higherIsBetter").asBoolean())
                    .isFalse();
            assertThat(ok(hr.get(path))).isEqualTo(results);

            // the list: one summary
            JsonNode list = ok(hr.get("/api/cohort-results?cohortId=" + cohort.id()));
            assertThat(list.path("totalItems").asLong()).isEqualTo(1);
            JsonNode summary = list.path("items").get(0);
            assertThat(summary.path("measures").asInt()).isEqualTo(2);
            assertThat(summary.path("revision").asInt()).isEqualTo(7);
            assertThat(summary.path("editableUntil").asString()).isEqualTo(EDITABLE_UNTIL);

            // the change log: who (the token's sub), when (the service's clock), what, before and after
            JsonNode changes = ok(hr.get(path + "/changes")).path("items");
            assertThat(changes.findValuesAsString("action"))
                    .containsExactly(
                            "MEASURE_ADDED",
                            "MEASURE_ADDED",
                            "MEASURE_ADDED",
                            "MEASURE_CORRECTED",
                            "MEASURE_WITHDRAWN",
                            "WAGE_COST_SET",
                            "WAGE_COST_SET");
            assertThat(changes.findValuesAsString("by")).containsOnly(hrSubject);
            assertThat(changes.findValuesAsString("at")).containsOnly("2026-06-01T12:00:00Z");
            JsonNode correction = changes.get(3);
            assertThat(correction.path("measureId").asString()).isEqualTo(orders.toString());
            assertThat(correction.path("before").path("valueAfter").decimalValue())
                    .isEqualByComparingTo("1400");
            assertThat(correction.path("after").path("valueAfter").decimalValue())
                    .isEqualByComparingTo("1450");
            assertThat(correction.path("after").path("attributionPercent").asInt())
                    .isEqualTo(60);
            assertThat(changes.get(0).path("before").isNull()).isTrue();
            JsonNode withdrawal = changes.get(4);
            assertThat(withdrawal.path("before").path("name").asString()).isEqualTo("scrap rate");
            assertThat(withdrawal.path("before").path("unitValueMinor").asLong())
                    .isEqualTo(250_003);
            assertThat(withdrawal.path("after").isNull()).isTrue();
            assertThat(changes.get(5).path("measureId").isNull()).isTrue();
            assertThat(changes.get(5).path("before").isNull()).isTrue();
            assertThat(changes.get(5).path("after").path("hourlyWageCostMinor").asLong())
                    .isEqualTo(2_500);
            assertThat(changes.get(6).path("before").path("hourlyWageCostMinor").asLong())
                    .isEqualTo(2_500);
            assertThat(changes.get(6).path("after").path("hourlyWageCostMinor").asLong())
                    .isEqualTo(3_000);

            // one CohortResultsReported per change, the whole state each time, revisions 1 to 7
            List<CohortResultsReported> events =
                    FundingFixtures.eventsOf(topic, EventTypes.COHORT_RESULTS_REPORTED, cohort.id(), 7).stream()
                            .map(e -> registry.payload(e, CohortResultsReported.class))
                            .toList();
            assertThat(events).extracting(CohortResultsReported::revision).containsExactly(1, 2, 3, 4, 5, 6, 7);
            assertThat(events).extracting(e -> e.measures().size()).containsExactly(1, 2, 3, 3, 2, 2, 2);
            CohortResultsReported last = events.getLast();
            assertThat(last.employerId()).isEqualTo(employer);
            assertThat(last.currency()).isEqualTo("EUR");
            assertThat(last.hourlyWageCostMinor()).isEqualTo(3_000);
            assertThat(last.measures().getFirst().valueAfter()).isEqualByComparingTo("1450");
            assertThat(last.measures().get(1).higherIsBetter()).isFalse();
            assertThat(events.get(3).hourlyWageCostMinor()).isNull();
            assertThat(events.getFirst().measures().getFirst().valueBefore()).hasToString("1200");
            assertThat(last.measures().getFirst().valueAfter()).hasToString("1450");
            assertThat(last.measures().get(1).valueBefore()).hasToString("30");
        }
    }

    @Test
    void eachBadInputIsRefusedPreciselyAndNothingIsWritten() {
        String path = "/api/cohort-results/" + cohort.id();
        Map<String, Object> good = measure("orders processed per month", "orders", "1200", "1450", true, 6_000, 60, 80);

        Map<String, Object> attribution = new HashMap<>(good);
        attribution.put("attributionPercent", 101);
        assertRefused(
                hr.post(path + "/measures", attribution), 400, "attributionPercent", BusinessMeasure.PERCENT_REASON);
        Map<String, Object> confidence = new HashMap<>(good);
        confidence.put("confidencePercent", -1);
        assertRefused(
                hr.post(path + "/measures", confidence), 400, "confidencePercent", BusinessMeasure.PERCENT_REASON);
        Map<String, Object> negative = new HashMap<>(good);
        negative.put("unitValueMinor", -1);
        assertRefused(hr.post(path + "/measures", negative), 400, "unitValueMinor", BusinessMeasure.UNIT_VALUE_REASON);
        assertThat(BusinessMeasure.UNIT_VALUE_REASON).isEqualTo("must be from 0 to 1000000000 minor units");
        Map<String, Object> tooValuable = new HashMap<>(good);
        tooValuable.put("unitValueMinor", BusinessMeasure.MAX_UNIT_VALUE_MINOR + 1);
        assertRefused(
                hr.post(path + "/measures", tooValuable), 400, "unitValueMinor", BusinessMeasure.UNIT_VALUE_REASON);
        assertRefused(
                hr.put(path + "/wage-cost", wage(1_000_000_001, "EUR")),
                400,
                "hourlyWageCostMinor",
                WageCostRequest.REASON);
        Map<String, Object> blankAndFine = new HashMap<>(good);
        blankAndFine.put("name", "   ");
        blankAndFine.put("valueAfter", new BigDecimal("1450.00001"));
        ApiClient.Response both = hr.post(path + "/measures", blankAndFine);
        assertRefused(both, 400, "name", "must not be blank");
        assertThat(both.fieldErrors()).containsEntry("valueAfter", BusinessMeasure.VALUE_REASON);
        assertRefused(hr.put(path + "/wage-cost", wage(-1, "EUR")), 400, "hourlyWageCostMinor", WageCostRequest.REASON);
        assertThat(WageCostRequest.REASON).isEqualTo("must be from 0 to 1000000000 minor units an hour");
        // every field in range, but 100,000 more units x 10^9 would be worth 10^14 a year: above the money bound
        Map<String, Object> tooBeneficial = new HashMap<>(good);
        tooBeneficial.put("valueBefore", 0);
        tooBeneficial.put("valueAfter", 100_000);
        tooBeneficial.put("unitValueMinor", BusinessMeasure.MAX_UNIT_VALUE_MINOR);
        tooBeneficial.put("attributionPercent", 100);
        tooBeneficial.put("confidencePercent", 100);
        assertRefused(
                hr.post(path + "/measures", tooBeneficial),
                400,
                "unitValueMinor",
                "gives a benefit per year of 100000000000000 minor units (improvement x unit value x attribution x"
                        + " confidence); at most 10000000000000 (10^13, the project's money bound) is accepted");

        Map<String, Object> dollars = new HashMap<>(good);
        dollars.put("currency", "USD");
        assertRefused(
                hr.post(path + "/measures", dollars),
                422,
                "currency",
                "must be the cohort's cost currency EUR, not USD");
        assertRefused(
                hr.put(path + "/wage-cost", wage(3_000, "USD")),
                422,
                "currency",
                "must be the cohort's cost currency EUR, not USD");

        // a cohort the employer's only seat did not show up for: nobody attended
        Upstream.Cohort other =
                upstream.cohort(cohort.courseId(), alliance, association, START.plusDays(7), Pricing.PER_SEAT, 100_000);
        Upstream.Seat noShow = upstream.confirm(other, employer);
        upstream.start(other, 1);
        upstream.outcome(other, noShow, EnrolmentOutcome.NO_SHOW, "0");
        upstream.awaitConsumed();
        assertRefused(
                hr.post("/api/cohort-results/" + other.id() + "/measures", good),
                422,
                "cohortId",
                "none of the employer's staff attended cohort " + other.id()
                        + " (no seat with the outcome COMPLETED or NOT_COMPLETED)");
        assertThat(hr.get("/api/cohort-results/" + other.id()).status()).isEqualTo(404);
        UUID unknown = UUID.randomUUID();
        assertThat(hr.post("/api/cohort-results/" + unknown + "/measures", good).status())
                .isEqualTo(404);
        assertThat(hr.put(path + "/measures/" + UUID.randomUUID(), good).status())
                .isEqualTo(404);

        // the last day of the report period is still open; the day after is not
        clock.set(LocalDate.parse(EDITABLE_UNTIL));
        assertThat(ok(hr.get(path)).path("editable").asBoolean()).isTrue();
        clock.set(LocalDate.parse(EDITABLE_UNTIL).plusDays(1));
        assertThat(ok(hr.get(path)).path("editable").asBoolean()).isFalse();
        assertRefused(hr.post(path + "/measures", good), 422, "cohortId", closedReason());
        assertRefused(hr.put(path + "/wage-cost", wage(3_000, "EUR")), 422, "cohortId", closedReason());

        assertThat(count("cohort_results")).isZero();
        assertThat(count("business_measure")).isZero();
        assertThat(count("cohort_results_change")).isZero();
        assertThat(jdbc.sql("select count(*) from outbox_event where aggregate_id = :cohort and event_type = :type")
                        .param("type", EventTypes.COHORT_RESULTS_REPORTED)
                        .param("cohort", cohort.id().toString())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherEmployersResultsAreNotFoundAndItsListShowsNoneOfThem() {
        String path = "/api/cohort-results/" + cohort.id();
        created(hr.post(path + "/measures", measure("scrap rate", "%", "4.5", "3.2", false, 250_003, 70, 85)));
        UUID stranger = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
        upstream.awaitConsumed();
        ApiClient other = ApiClient.onPort(port).withToken(Callers.tokenFor("member-admin", stranger));

        assertThat(other.get(path).status()).isEqualTo(404);
        assertThat(other.get(path + "/changes").status()).isEqualTo(404);
        assertThat(other.get("/api/cohort-results?cohortId=" + cohort.id())
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();
        assertThat(other.get("/api/cohort-results").text()).doesNotContain(employer.toString());
        // its own results for a cohort its staff never attended cannot be made
        assertThat(other.post(path + "/measures", measure("x", "y", "1", "2", true, 1, 1, 1))
                        .status())
                .isEqualTo(422);
        // employer 1's measure is not in the stranger's results: not found, before the stranger's staff are asked after
        UUID scrap = UUID.fromString(
                ok(hr.get(path)).path("measures").get(0).path("id").asString());
        assertThat(other.put(path + "/measures/" + scrap, measure("x", "y", "1", "2", true, 1, 1, 1))
                        .status())
                .isEqualTo(404);
        assertThat(other.delete(path + "/measures/" + scrap).status()).isEqualTo(404);
        assertThat(ok(hr.get(path)).path("measures").size()).isEqualTo(1);
        assertThat(ok(hr.get(path)).path("revision").asInt()).isEqualTo(1);
        // a coordinator never reads an employer's results here
        assertThat(ApiClient.onPort(port)
                        .withToken(Callers.tokenFor("coordinator", association))
                        .get(path)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void concurrentChangesSerialiseAndEachRaisesTheRevisionExactlyOnce() throws Exception {
        String path = "/api/cohort-results/" + cohort.id();
        int changes = 8;
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            int n = i;
            calls.add(() -> n % 2 == 0
                    ? hr.post(path + "/measures", measure("measure " + n, "units", "0", "1", true, 100, 50, 50))
                            .status()
                    : hr.put(path + "/wage-cost", wage(1_000 + n, "EUR")).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(changes);
        try {
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertThat(status.get()).isIn(200, 201);
            }
        } finally {
            pool.shutdown();
        }
        JsonNode results = ok(hr.get(path));
        assertThat(results.path("revision").asInt()).isEqualTo(changes);
        assertThat(results.path("measures").size()).isEqualTo(changes / 2);
        assertThat(ok(hr.get(path + "/changes")).path("items").findValuesAsString("action"))
                .hasSize(changes);
        assertThat(jdbc.sql("select array_agg(revision order by revision)::text from cohort_results_change"
                                + " where employer_id = :employer")
                        .param("employer", employer)
                        .query(String.class)
                        .single())
                .isEqualTo("{1,2,3,4,5,6,7,8}");
    }

    @Test
    void fiftyMeasuresAreTheMostAnEmployerReportsForACohortAndTheFiftyFirstWritesNothing() {
        String path = "/api/cohort-results/" + cohort.id();
        for (int i = 0; i < CohortResults.MAX_MEASURES; i++) {
            created(hr.post(path + "/measures", measure("measure " + i, "units", "0", "1", true, 100, 50, 50)));
        }
        assertRefused(
                hr.post(path + "/measures", measure("one more", "units", "0", "1", true, 100, 50, 50)),
                422,
                "measures",
                "at most 50 measures are reported per employer and cohort: correct or withdraw one instead of adding"
                        + " another");
        JsonNode results = ok(hr.get(path));
        assertThat(results.path("measures").size()).isEqualTo(50);
        assertThat(results.path("revision").asInt()).isEqualTo(50);
        assertThat(count("business_measure")).isEqualTo(50);
        assertThat(count("cohort_results_change")).isEqualTo(50);
    }

    @Autowired
    JdbcCohortResults repository;

    /**
     * The results row is written only from the revision the change started from: a stale copy (read without the lock,
     * while another change went through) is refused with 409 before its measures or log line are written.
     */
    @Test
    void resultsSavedFromAStaleRevisionAreAConflictAndWriteNothing() {
        String path = "/api/cohort-results/" + cohort.id();
        created(hr.post(path + "/measures", measure("scrap rate", "%", "4.5", "3.2", false, 250_003, 70, 85)));
        CohortResults stale = repository.find(employer, cohort.id()).orElseThrow();
        assertThat(ok(hr.put(path + "/wage-cost", wage(3_000, "EUR")))
                        .path("revision")
                        .asInt())
                .isEqualTo(2);

        var added = stale.addMeasure(
                BusinessMeasureTest.measure("1", "2", true, 1, 1, 1),
                "EUR",
                ReportPeriod.UNBOUNDED,
                LocalDate.of(2026, 6, 1),
                clock.instant());
        assertThat(added.revision()).isEqualTo(2);
        assertThatThrownBy(() -> repository.save(stale, added, hrSubject))
                .isInstanceOfSatisfying(ApiException.Conflict.class, conflict -> {
                    assertThat(conflict.status().value()).isEqualTo(409);
                    assertThat(conflict.violations())
                            .extracting(FieldViolation::field)
                            .containsExactly("revision");
                });

        assertThat(count("business_measure")).isEqualTo(1);
        assertThat(count("cohort_results_change")).isEqualTo(2);
        JsonNode results = ok(hr.get(path));
        assertThat(results.path("revision").asInt()).isEqualTo(2);
        assertThat(results.path("measures").findValuesAsString("name")).containsExactly("scrap rate");
        assertThat(results.path("hourlyWageCostMinor").asLong()).isEqualTo(3_000);
    }

    // ---- helpers ----

    private UUID coveringProgramme() {
        return jdbc.sql("select programme_id from award where beneficiary_id = :employer")
                .param("employer", employer)
                .query(UUID.class)
                .single();
    }

    private String closedReason() {
        return "the report period closed: results were editable until " + EDITABLE_UNTIL + " (365 days after programme "
                + coveringProgramme() + "'s period ended on 2026-12-31)";
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where employer_id = :employer")
                .param("employer", employer)
                .query(Long.class)
                .single();
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode created(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    static Map<String, Object> wage(long hourlyWageCostMinor, String currency) {
        return Map.of("hourlyWageCostMinor", hourlyWageCostMinor, "currency", currency);
    }
}
