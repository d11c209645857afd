package org.skillalliance.reporting.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.reporting.impact.ImpactAssertions.assertCell;
import static org.skillalliance.reporting.impact.ImpactAssertions.assertDecimal;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillalliance.reporting.projection.ProjectionFeed;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The figures of {@link TwoProgrammesScenario} over a part of the programmes' period, with and without employer
 * filters, worked out by hand: money over the same seats as the counts, grants of another programme for the same
 * seats, retention as of the report's end (or today), and the three kinds of award coverage. The events go through
 * the real listener and inbox, but not over the shared topics (ImpactReportScenarioIT rebuilds from those).
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubPeriodImpactReportIT {

    static final TwoProgrammesScenario SCENARIO = new TwoProgrammesScenario();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    /** The sub-period: cohorts starting from M-16mo to M-8mo, so X2 (M-15mo) and X3 (M-10mo) but not X1 nor X4. */
    final LocalDate from = SCENARIO.m.minusMonths(16);

    final LocalDate to = SCENARIO.m.minusMonths(8);

    @BeforeAll
    void applyTheEvents() {
        ProjectionFeed.apply(context, SCENARIO.events);
    }

    @Test
    void everyFigureOverASubPeriodIsTheOneWorkedOutByHand() {
        JsonNode r = report("Q", "?from=" + from + "&to=" + to);
        assertThat(r.path("from").asString()).isEqualTo(from.toString());
        assertThat(r.path("to").asString()).isEqualTo(to.toString());
        assertThat(r.path("suppressionK").asInt()).isEqualTo(1);

        // Covered seats of cohorts starting in the period: X2 a1 a2 b1 b2 (V1, the association's award for X2;
        // A's seats by V2 too) and X3 b1 b3 b4 (V3, B's award naming X3, although K2 lacks the DIGITAL tag); g1's X3
        // seat is not covered (V4 to G names no cohort, and K2 lacks DIGITAL). X1 (M-20mo) and X4 are outside.
        assertThat(r.path("enrolments").asLong()).isEqualTo(7);
        assertThat(r.path("participants").asLong()).isEqualTo(6); // a1 a2 b1 b2 b3 b4 (b1 twice)
        assertThat(r.path("employersServed").asLong()).isEqualTo(2); // A, B
        assertThat(r.path("outcomesRecorded").asLong()).isEqualTo(7);
        assertThat(r.path("completions").asLong()).isEqualTo(5); // a1 a2 (X2), b1 b3 b4 (X3)
        assertThat(r.path("notCompleted").asLong()).isEqualTo(1); // b1 in X2
        assertThat(r.path("noShows").asLong()).isEqualTo(1); // b2
        assertThat(r.path("credentials").asLong()).isEqualTo(3); // a1 (X2), b1 (X3), b3
        assertDecimal(r, "completionRate", "0.7143"); // 5 / 7
        assertDecimal(r, "credentialRate", "0.4286"); // 3 / 7
        assertDecimal(r, "noShowRate", "0.1429"); // 1 / 7
        // both scores: a1 +20, a2 +5, b1 +5 (X2), b1 +20 (X3), b3 +25; 10 or more: a1, b1 (X3), b3
        assertThat(r.path("seatsWithBothScores").asLong()).isEqualTo(5);
        assertThat(r.path("seatsWithSkillGain").asLong()).isEqualTo(3);
        assertDecimal(r, "skillGainRate", "0.6000"); // 3 / 5
        assertDecimal(r, "meanSkillGain", "15.00"); // (20 + 5 + 5 + 20 + 25) / 5
        assertDecimal(r, "trainingHours", "128.00"); // 30 + 30 + 20 + 0 + 16 + 16 + 16
        assertDecimal(r, "meanSatisfaction", "4.00"); // (5 + 4 + 2 + 4 + 5) / 5 rated

        // Money over the same seats. Committed: V1 300,000 over its 4 seats, all in the period = 300,000; V2 120,000
        // over A's 6 seats in DIGITAL courses in its period (X1, X2, X4 two each), 2 in the period = 40,000; V3
        // 60,000 over B's 3 X3 seats, all in = 60,000; V4 covers no seat yet and is placed at its period's start,
        // T+1mo, outside: 0. Total 400,000 (not the programme's 530,000).
        assertThat(r.path("grantCommittedMinor").asLong()).isEqualTo(400_000);
        // paid by Q for the (employer, cohort) pairs of these seats: A/X2 80,000 + B/X2 70,000 + B/X3 20,000
        // (A/X1 50,000 is outside the period)
        assertThat(r.path("grantDisbursedMinor").asLong()).isEqualTo(170_000);
        // paid by R for the same seats: A/X2 30,000
        assertThat(r.path("otherGrantsDisbursedMinor").asLong()).isEqualTo(30_000);
        // training cost: A's X2 share 120,000 (2 of 2 seats) + B's X2 share 120,000 + B's X3 share 90,000 (3 of 3)
        assertThat(r.path("totalTrainingCostMinor").asLong()).isEqualTo(330_000);
        // contribution: 330,000 - 170,000 - 30,000 (never credit employers with R's grant)
        assertThat(r.path("employerContributionMinor").asLong()).isEqualTo(130_000);
        assertDecimal(r, "leverage", "0.7647"); // 130,000 / 170,000 = 0.76470..
        assertThat(r.path("costPerParticipantMinor").asLong()).isEqualTo(55_000); // 330,000 / 6
        assertThat(r.path("costPerCompletionMinor").asLong()).isEqualTo(66_000); // 330,000 / 5
        assertThat(r.path("costPerCredentialMinor").asLong()).isEqualTo(110_000); // 330,000 / 3
        assertThat(r.path("seatsWithoutCostShares").asLong()).isZero();

        // Retention as of the report's end, M-8mo (not as of the last event, 40 days ago): X2's completions
        // (M-15mo+14d) reached 6 months at M-9mo+14d, before it; a2 left at M-12mo, before that anniversary. X3's
        // (M-10mo+7d) reach 6 months at M-4mo+7d, after it; no completion of the period is 12 months old by then.
        assertThat(r.path("retentionAsOf").asString()).isEqualTo(to.toString());
        assertRetention(r.path("retention6Months"), 2, 1, "0.5000");
        assertRetention(r.path("retention12Months"), 0, 0, null);

        // Breakdowns (k = 1, nothing suppressed): participants, seats, completions, completion rate
        JsonNode b = r.path("breakdowns");
        assertCell(b.path("sizeBand").path("SMALL"), 2, 2, 2, "1.0000"); // a1 a2
        assertCell(b.path("sizeBand").path("MEDIUM"), 4, 5, 3, "0.6000"); // b1 b2 b3 b4; b1 b3 b4 of 5
        assertThat(b.path("sizeBand").size()).isEqualTo(2);
        assertCell(b.path("sector").path("C25"), 2, 2, 2, "1.0000");
        assertCell(b.path("sector").path("C28"), 4, 5, 3, "0.6000");
        assertCell(b.path("region").path("DE21"), 2, 2, 2, "1.0000");
        assertCell(b.path("region").path("DE22"), 4, 5, 3, "0.6000");
        assertCell(b.path("course").path("DIG-1"), 4, 4, 2, "0.5000"); // X2: a1 a2 completed of 4
        assertCell(b.path("course").path("SAFE-1"), 3, 3, 3, "1.0000"); // X3: b1 b3 b4
        assertCell(b.path("skillCategory").path("DIGITAL"), 4, 4, 2, "0.5000");
        assertCell(b.path("skillCategory").path("SAFETY"), 3, 3, 3, "1.0000");
        assertCell(b.path("gender").path("NOT_REPORTED"), 6, 7, 5, "0.7143"); // nobody consented
        assertCell(b.path("ageBand").path("NOT_REPORTED"), 6, 7, 5, "0.7143");
    }

    @Test
    void theMoneyFollowsTheEmployerFiltersAsTheCountsDo() {
        // Small employers (A) in the sub-period: a1 a2 in X2. Committed: V1 300,000 x 2 of its 4 seats = 150,000,
        // plus V2's 40,000 = 190,000; paid by Q A/X2 80,000, by R 30,000; cost 120,000; contribution
        // 120,000 - 110,000 = 10,000; leverage 10,000 / 80,000.
        JsonNode small = report("Q", "?from=" + from + "&to=" + to + "&sizeBand=SMALL");
        assertThat(small.path("filters").path("sizeBand").asString()).isEqualTo("SMALL");
        assertThat(small.path("enrolments").asLong()).isEqualTo(2);
        assertThat(small.path("participants").asLong()).isEqualTo(2);
        assertThat(small.path("grantCommittedMinor").asLong()).isEqualTo(190_000);
        assertThat(small.path("grantDisbursedMinor").asLong()).isEqualTo(80_000);
        assertThat(small.path("otherGrantsDisbursedMinor").asLong()).isEqualTo(30_000);
        assertThat(small.path("totalTrainingCostMinor").asLong()).isEqualTo(120_000);
        assertThat(small.path("employerContributionMinor").asLong()).isEqualTo(10_000);
        assertDecimal(small, "leverage", "0.1250");

        // Sector C28 (B, the medium one) is the rest: V1's other 150,000 + V3's 60,000 = 210,000; paid B/X2 70,000 +
        // B/X3 20,000; cost 120,000 + 90,000; contribution 210,000 - 90,000. The two parts add up to the whole.
        JsonNode c28 = report("Q", "?from=" + from + "&to=" + to + "&sector=C28");
        assertThat(c28.path("enrolments").asLong()).isEqualTo(5);
        assertThat(c28.path("grantCommittedMinor").asLong()).isEqualTo(210_000);
        assertThat(c28.path("grantDisbursedMinor").asLong()).isEqualTo(90_000);
        assertThat(c28.path("otherGrantsDisbursedMinor").asLong()).isZero();
        assertThat(c28.path("totalTrainingCostMinor").asLong()).isEqualTo(210_000);
        assertThat(c28.path("employerContributionMinor").asLong()).isEqualTo(120_000);

        // Region DE21 is A's and G's; G's only seat is not covered and V4 is placed outside the period: A's figures
        assertThat(report("Q", "?from=" + from + "&to=" + to + "&region=DE21")
                        .path("grantCommittedMinor")
                        .asLong())
                .isEqualTo(190_000);
        // micro employers (G) over the whole programme: V4 covers no seat yet and counts in whole, as it is G's
        JsonNode micro = report("Q", "?sizeBand=MICRO");
        assertThat(micro.path("enrolments").asLong()).isZero();
        assertThat(micro.path("grantCommittedMinor").asLong()).isEqualTo(50_000);
    }

    @Test
    void theWholeProgrammeCountsEveryAwardAndMeasuresRetentionAsOfToday() {
        JsonNode r = report("Q", "");
        // all of Q's seats: X1 a1 a3, X2 a1 a2 b1 b2, X3 b1 b3 b4, X4 a1 a3
        assertThat(r.path("enrolments").asLong()).isEqualTo(11);
        // V1 300,000 + V2 120,000 (all 6 of its seats) + V3 60,000 + V4 50,000 (no seat yet; placed at T+1mo,
        // inside the programme's period)
        assertThat(r.path("grantCommittedMinor").asLong()).isEqualTo(530_000);
        assertThat(r.path("grantDisbursedMinor").asLong()).isEqualTo(220_000); // 50,000 + 80,000 + 70,000 + 20,000
        assertThat(r.path("otherGrantsDisbursedMinor").asLong()).isEqualTo(30_000);
        // Retention as of today, no end date given. 6 months: every completion, X4's included (its anniversary,
        // about T-10d, is after the last event applied, T-40d, but has passed today): X1 a1 a3, X2 a1 a2,
        // X3 b1 b3 b4, X4 a1 a3 = 9, all retained but a2. 12 months: X1's and X2's = 4; a2 not retained.
        assertThat(r.path("retentionAsOf").asString()).isEqualTo(SCENARIO.today.toString());
        assertRetention(r.path("retention6Months"), 9, 8, "0.8889");
        assertRetention(r.path("retention12Months"), 4, 3, "0.7500");
    }

    @Test
    void aSeatTwoProgrammesCoverShowsTheOthersGrantAsOtherGrants() {
        // R covers X2 (U1): a1 a2 b1 b2, training cost 240,000. R paid A/X2 30,000; Q paid A/X2 80,000 and
        // B/X2 70,000 for the same seats. Employers paid 240,000 - 30,000 - 150,000 = 60,000, not 210,000.
        JsonNode r = report("R", "");
        assertThat(r.path("enrolments").asLong()).isEqualTo(4);
        assertThat(r.path("grantCommittedMinor").asLong()).isEqualTo(100_000);
        assertThat(r.path("grantDisbursedMinor").asLong()).isEqualTo(30_000);
        assertThat(r.path("otherGrantsDisbursedMinor").asLong()).isEqualTo(150_000);
        assertThat(r.path("totalTrainingCostMinor").asLong()).isEqualTo(240_000);
        assertThat(r.path("employerContributionMinor").asLong()).isEqualTo(60_000);
        assertDecimal(r, "leverage", "2.0000"); // 60,000 / 30,000

        ApiClient.Response csv = api().getAccepting(path("R"), "text/csv");
        assertThat(csv.text()).contains("\r\notherGrantsDisbursedMinor,150000\r\n", "\r\nretentionAsOf,");
    }

    private JsonNode report(String programme, String query) {
        ApiClient.Response response = api().get(path(programme) + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private ApiClient api() {
        return Callers.asAdmin(port);
    }

    private static String path(String programme) {
        return "/api/reports/programmes/" + SCENARIO.id(programme) + "/impact";
    }

    private static void assertRetention(JsonNode retention, long measured, long retained, String rate) {
        assertThat(retention.path("measured").asLong()).as(retention.toString()).isEqualTo(measured);
        assertThat(retention.path("retained").asLong()).as(retention.toString()).isEqualTo(retained);
        if (rate == null) {
            assertThat(retention.path("rate").isNull()).as(retention.toString()).isTrue();
        } else {
            assertDecimal(retention, "rate", rate);
        }
    }
}
