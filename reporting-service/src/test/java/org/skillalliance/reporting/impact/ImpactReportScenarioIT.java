package org.skillalliance.reporting.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.skillalliance.reporting.impact.ImpactAssertions.assertCell;
import static org.skillalliance.reporting.impact.ImpactAssertions.assertDecimal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.member.OrganisationType;
import org.skillalliance.contracts.member.OrganisationUpdated;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events of a small alliance (see {@link AllianceScenario}) go over the real broker in the worst order (funding
 * first, member last), and the impact report is checked figure by figure against numbers worked out by hand. Then the
 * same events arrive twice, the projections are rebuilt from the topics (in the opposite order: member, curriculum,
 * funding), and the report must stay byte for byte the same, P2's money disbursed by milestone included. The worked
 * ROI example of docs/evaluation.md ({@link RoiExample}, an alliance of its own) goes over the same topics: this is the
 * one class that may publish to them, since its rebuild counts every event on them.
 */
@RealInfrastructure(keycloak = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImpactReportScenarioIT {

    static final AllianceScenario SCENARIO = new AllianceScenario();

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    AdminClient admin;
    String firstReport;
    String firstMilestoneReport;
    String firstRoiReport;
    String firstEmployerRoi;
    List<String> firstWorkplaceLearningRows;
    List<String> firstSeatRollupRows;

    @BeforeAll
    void publishTheAllianceInTheWorstOrder() throws Exception {
        admin = AdminClient.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.instance().bootstrapServers()));
        int applied = 0;
        for (String topic : List.of(Topics.FUNDING, Topics.CURRICULUM, Topics.MEMBER)) {
            publish(topic);
            applied += SCENARIO.byTopic.get(topic).size();
            int expected = applied;
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> processedEvents() == expected);
        }
        firstReport = api().get(impactPath("P")).text();
        firstMilestoneReport = api().get(impactPath("P2")).text();
        firstRoiReport = api().get(roiImpactPath("RP")).text();
        firstEmployerRoi = api().get(employerRoiPath("A")).text();
        firstWorkplaceLearningRows = workplaceLearningRows();
        firstSeatRollupRows = seatRollupRows();
    }

    @AfterAll
    void closeAdmin() {
        admin.close();
    }

    @Test
    @Order(1)
    void everyFigureOfTheImpactReportIsTheOneWorkedOutByHand() {
        ApiClient.Response response = api().get(impactPath("P"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode r = response.json();
        assertThat(r.path("programmeName").asString()).isEqualTo("Digital metalworking");
        assertThat(r.path("currency").asString()).isEqualTo("EUR");
        assertThat(r.path("suppressionK").asInt()).isEqualTo(5);
        assertThat(r.path("currentAsOf").asString()).isEqualTo(lastEventTime());

        // seats covered: C1 E1 8 + E2 6 + E3 3 (W1; E4 is sector J) + C2 E1 5 (W3); E2's C2 seats lack the DIGITAL tag
        assertThat(r.path("enrolments").asLong()).isEqualTo(22);
        // s1-s17 in C1 and s24-s26 new in C2 (s1, s2 twice)
        assertThat(r.path("participants").asLong()).isEqualTo(20);
        assertThat(r.path("employersServed").asLong()).isEqualTo(3);
        // outcomes: 17 in C1 + 4 in C2 (s26 has none yet)
        assertThat(r.path("outcomesRecorded").asLong()).isEqualTo(21);
        assertThat(r.path("completions").asLong()).isEqualTo(15); // 6 + 4 + 2 in C1, 3 in C2
        assertThat(r.path("notCompleted").asLong()).isEqualTo(4); // s7, s13, s17, s25
        assertThat(r.path("noShows").asLong()).isEqualTo(2); // s8, s14
        assertThat(r.path("credentials").asLong()).isEqualTo(11); // 5 + 3 + 1 in C1, 2 in C2
        assertDecimal(r, "completionRate", "0.7143"); // 15 / 21
        assertDecimal(r, "credentialRate", "0.5238"); // 11 / 21
        assertDecimal(r, "noShowRate", "0.0952"); // 2 / 21
        // both scores: 12 + 3 in C1, 3 + 1 in C2; gains of 10 or more: the 10 C1 seats gaining 20 and 3 C2 seats
        // gaining 15
        assertThat(r.path("seatsWithBothScores").asLong()).isEqualTo(19);
        assertThat(r.path("seatsWithSkillGain").asLong()).isEqualTo(13);
        assertDecimal(r, "skillGainRate", "0.6842"); // 13 / 19
        assertDecimal(r, "meanSkillGain", "14.32"); // (10*20 + 2*5 + 3*5 + 3*15 + 2) / 19 = 272 / 19
        assertDecimal(r, "trainingHours", "596.00"); // 12*40 + 3*20 + 2*0 + 3*16 + 8
        // money: W1 600,000 + W2 100,000 + W3 150,000 committed; CL1-CL3 paid, CL4 only approved
        assertThat(r.path("grantCommittedMinor").asLong()).isEqualTo(850_000);
        assertThat(r.path("grantDisbursedMinor").asLong()).isEqualTo(520_000);
        // 400,000 (E1 in C1) + 300,000 (E2) + 150,000 (E3) + 250,000 (E1 in C2)
        assertThat(r.path("totalTrainingCostMinor").asLong()).isEqualTo(1_100_000);
        assertThat(r.path("employerContributionMinor").asLong()).isEqualTo(580_000);
        assertDecimal(r, "leverage", "1.1154"); // 580,000 / 520,000
        assertThat(r.path("costPerParticipantMinor").asLong()).isEqualTo(55_000); // 1,100,000 / 20
        assertThat(r.path("costPerCompletionMinor").asLong()).isEqualTo(73_333); // 1,100,000 / 15
        assertThat(r.path("costPerCredentialMinor").asLong()).isEqualTo(100_000); // 1,100,000 / 11
        // 15 completions, all older than a year; s3 left 3 months after C1, s9 after 9 months
        assertThat(r.path("retention6Months").path("measured").asLong()).isEqualTo(15);
        assertThat(r.path("retention6Months").path("retained").asLong()).isEqualTo(14);
        assertDecimal(r.path("retention6Months"), "rate", "0.9333");
        assertThat(r.path("retention12Months").path("retained").asLong()).isEqualTo(13);
        assertDecimal(r.path("retention12Months"), "rate", "0.8667");
        assertDecimal(r, "meanSatisfaction", "3.84"); // 73 / 19
        assertThat(r.path("seatsWithoutCostShares").asLong()).isZero();

        JsonNode breakdowns = r.path("breakdowns");
        // SMALL (E1): s1-s8, s24-s26 = 11 people, 13 seats, 9 completions of 12 outcomes
        assertCell(breakdowns.path("sizeBand").path("SMALL"), 11, 13, 9, "0.7500");
        // MICRO (E3) has 3 people < 5, so it is suppressed, and MEDIUM (6) with it, or MICRO = 20 - 11 would show
        assertSuppressed(breakdowns.path("sizeBand").path("MICRO"));
        assertSuppressed(breakdowns.path("sizeBand").path("MEDIUM"));
        assertCell(breakdowns.path("sector").path("C25"), 14, 16, 11, "0.7333");
        assertCell(breakdowns.path("sector").path("C28"), 6, 6, 4, "0.6667");
        assertCell(breakdowns.path("region").path("DE21"), 14, 16, 11, "0.7333");
        assertCell(breakdowns.path("course").path("CNC-101"), 17, 17, 12, "0.7059");
        assertCell(breakdowns.path("course").path("SAFE-200"), 5, 5, 3, "0.7500");
        assertThat(breakdowns
                        .path("skillCategory")
                        .path("DIGITAL")
                        .path("participants")
                        .asLong())
                .isEqualTo(17);
        assertThat(breakdowns
                        .path("skillCategory")
                        .path("TECHNICAL")
                        .path("participants")
                        .asLong())
                .isEqualTo(17);
        assertThat(breakdowns
                        .path("skillCategory")
                        .path("SAFETY")
                        .path("participants")
                        .asLong())
                .isEqualTo(5);
        // consent: s1-s10; FEMALE s1-s5 (7 seats, all completed), MALE s6-s10, the other 10 not reported
        assertCell(breakdowns.path("gender").path("FEMALE"), 5, 7, 7, "1.0000");
        assertThat(breakdowns.path("gender").path("MALE").path("participants").asLong())
                .isEqualTo(5);
        assertThat(breakdowns
                        .path("gender")
                        .path("NOT_REPORTED")
                        .path("participants")
                        .asLong())
                .isEqualTo(10);
        // 25-34: s1-s4 = 4 < 5; 35-44 (6) is the smallest other cell and goes too
        assertSuppressed(breakdowns.path("ageBand").path("AGE_25_34"));
        assertSuppressed(breakdowns.path("ageBand").path("AGE_35_44"));
        assertThat(breakdowns
                        .path("ageBand")
                        .path("NOT_REPORTED")
                        .path("participants")
                        .asLong())
                .isEqualTo(10);

        assertThat(response.text())
                .doesNotContain(SCENARIO.id("s1").toString(), SCENARIO.id("E1").toString());
    }

    @Test
    @Order(2)
    void withKOfOneEveryCellIsShown() {
        JsonNode breakdowns = api().get(impactPath("P1")).json().path("breakdowns");
        // P1 covers all of C1 and admits every employer: 8 + 6 + 3 + 3 people
        assertThat(breakdowns
                        .path("sizeBand")
                        .path("MICRO")
                        .path("participants")
                        .asLong())
                .isEqualTo(3);
        assertThat(breakdowns
                        .path("sizeBand")
                        .path("LARGE")
                        .path("participants")
                        .asLong())
                .isEqualTo(3);
        assertThat(breakdowns
                        .path("sizeBand")
                        .path("MEDIUM")
                        .path("participants")
                        .asLong())
                .isEqualTo(6);
        assertThat(breakdowns
                        .path("ageBand")
                        .path("AGE_25_34")
                        .path("participants")
                        .asLong())
                .isEqualTo(4);
        assertThat(breakdowns.toString()).doesNotContain("\"suppressed\":true");
    }

    @Test
    @Order(3)
    void theCsvCarriesTheSameFiguresAsTheJson() {
        ApiClient.Response csv = api().getAccepting(impactPath("P"), "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        Map<String, String> fromCsv = new LinkedHashMap<>();
        for (String line : csv.text().split("\r\n")) {
            int comma = line.indexOf(',');
            fromCsv.put(line.substring(0, comma), line.substring(comma + 1));
        }
        assertThat(fromCsv.remove("field")).isEqualTo("value");
        Map<String, String> fromJson = new LinkedHashMap<>();
        flatten(
                "",
                JsonMapper.builder().build().readTree(api().get(impactPath("P")).text()),
                fromJson);
        assertThat(fromCsv.keySet()).containsExactlyElementsOf(fromJson.keySet());
        fromJson.forEach((field, value) -> {
            String csvValue = fromCsv.get(field);
            if (value.matches("-?\\d+(\\.\\d+)?") && csvValue.matches("-?\\d+(\\.\\d+)?")) {
                assertThat(new BigDecimal(csvValue)).as(field).isEqualByComparingTo(new BigDecimal(value));
            } else {
                assertThat(csvValue).as(field).isEqualTo(value);
            }
        });
        assertThat(fromCsv)
                .containsEntry("participants", "20")
                .containsEntry("leverage", "1.1154")
                .containsEntry("breakdowns.sizeBand.MICRO.suppressed", "true");
    }

    @Test
    @Order(3)
    void theMoneyDisbursedIsSplitByMilestoneInTheJsonAndTheCsvAlike() {
        JsonNode r = api().get(impactPath("P2")).json();
        // E2's four C2 seats (s29-s32); CL5 paid in three milestones and CL6 in whole without one
        assertThat(r.path("enrolments").asLong()).isEqualTo(4);
        assertThat(r.path("grantDisbursedMinor").asLong()).isEqualTo(400_000); // 355,250 + 44,750
        JsonNode byMilestone = r.path("disbursedByMilestone");
        assertThat(byMilestone.propertyNames()).containsExactly("START", "COMPLETION", "OUTCOME");
        assertThat(byMilestone.path("START").asLong()).isEqualTo(142_100);
        assertThat(byMilestone.path("COMPLETION").asLong()).isEqualTo(151_325); // 106,575 + CL6's 44,750
        assertThat(byMilestone.path("OUTCOME").asLong()).isEqualTo(106_575);
        // 142,100 + 151,325 + 106,575 = 400,000: the parts add up to the whole exactly
        assertThat(r.path("otherGrantsDisbursedMinor").asLong()).isZero();

        ApiClient.Response csv = api().getAccepting(impactPath("P2"), "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text())
                .contains("\r\ngrantDisbursedMinor,400000\r\n"
                        + "disbursedByMilestone.START,142100\r\n"
                        + "disbursedByMilestone.COMPLETION,151325\r\n"
                        + "disbursedByMilestone.OUTCOME,106575\r\n");

        // P's payments were all made without milestones (as before issue 26): all COMPLETION's
        JsonNode p = api().get(impactPath("P")).json().path("disbursedByMilestone");
        assertThat(p.path("START").asLong()).isZero();
        assertThat(p.path("COMPLETION").asLong()).isEqualTo(520_000);
        assertThat(p.path("OUTCOME").asLong()).isZero();
    }

    /**
     * CL-WL, E2's claim for learning at work under P (no cohort), is projected with its payment, and P's money figures
     * are the ones worked out by hand without it: it pays no seat.
     */
    @Test
    @Order(1)
    void aClaimForWorkplaceLearningIsProjectedWithoutACohortAndMovesNoMoneyFigure() {
        assertThat(jdbc.sql("select cohort_id is null and amount_minor = 9000 from rp_claim where id = :id")
                        .param("id", SCENARIO.id("CL-WL"))
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select sum(amount_minor) from rp_disbursement where claim_id = :id")
                        .param("id", SCENARIO.id("CL-WL"))
                        .query(Long.class)
                        .single())
                .isEqualTo(9_000);
        JsonNode r = api().get(impactPath("P")).json();
        assertThat(r.path("grantDisbursedMinor").asLong()).isEqualTo(520_000);
        assertThat(r.path("otherGrantsDisbursedMinor").asLong()).isZero();
        assertThat(r.path("employerContributionMinor").asLong()).isEqualTo(580_000);
    }

    @Test
    @Order(4)
    void theSameEventsDeliveredTwiceChangeNothing() throws Exception {
        for (String topic : List.of(Topics.MEMBER, Topics.CURRICULUM, Topics.FUNDING)) {
            publish(topic);
        }
        awaitCaughtUp();
        assertThat(processedEvents()).isEqualTo(SCENARIO.eventCount());
        assertThat(api().get(impactPath("P")).text()).isEqualTo(firstReport);
        assertThat(api().get(impactPath("P2")).text()).isEqualTo(firstMilestoneReport);
        assertThat(api().get(roiImpactPath("RP")).text()).isEqualTo(firstRoiReport);
        assertThat(api().get(employerRoiPath("A")).text()).isEqualTo(firstEmployerRoi);
    }

    @Test
    @Order(5)
    void projectionsRebuiltFromTheTopicsGiveByteIdenticalReports() {
        String overview = api().get("/api/reports/alliances/" + SCENARIO.id("alliance") + "/overview")
                .text();
        ApiClient.Response rebuild = api().post("/api/reports/rebuild");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(200);
        assertThat(rebuild.json().path("eventsApplied").asLong()).isEqualTo(SCENARIO.eventCount());
        assertThat(api().get(impactPath("P")).text()).isEqualTo(firstReport);
        // P2's payments carry their milestones (V5's column): rebuilt, they are split as before
        assertThat(api().get(impactPath("P2")).text()).isEqualTo(firstMilestoneReport);
        assertThat(api().get(impactPath("P1")).status()).isEqualTo(200);
        assertThat(api().get("/api/reports/alliances/" + SCENARIO.id("alliance") + "/overview")
                        .text())
                .isEqualTo(overview);
        // the evaluation facts (follow-ups, the latest revision of each employer's results) are rebuilt as well
        assertThat(api().get(roiImpactPath("RP")).text()).isEqualTo(firstRoiReport);
        assertThat(api().get(employerRoiPath("A")).text()).isEqualTo(firstEmployerRoi);
    }

    @Test
    @Order(6)
    void theAllianceOverviewAndTheBenchmarkAnswer() {
        JsonNode overview = api().get("/api/reports/alliances/" + SCENARIO.id("alliance") + "/overview")
                .json();
        assertThat(overview.path("membersByStatus").path("ACTIVE").asLong()).isEqualTo(4);
        assertThat(overview.path("seatsOffered").asLong()).isEqualTo(40);
        assertThat(overview.path("seatsFilled").asLong()).isEqualTo(29); // 20 in C1, 9 in C2
        assertThat(overview.path("waitlistLength").asLong()).isEqualTo(2); // s21, s22
        assertThat(overview.path("skillsByCategory").path("DIGITAL").asLong()).isEqualTo(1);
        assertThat(overview.path("skillsByCategory").path("SAFETY").asLong()).isEqualTo(1);
        long completionsByMonth = 0;
        for (JsonNode n : overview.path("completionsPerMonth")) {
            completionsByMonth += n.asLong();
        }
        assertThat(completionsByMonth).isEqualTo(15 + 3 + 4); // 15 in C1 incl. E4, 3 + 4 in C2

        JsonNode benchmark = api().get("/api/reports/alliances/" + SCENARIO.id("alliance") + "/employers/"
                        + SCENARIO.id("E1") + "/benchmark")
                .json();
        // four employers have seats: fewer than 5, so no alliance figures are given
        JsonNode completion = benchmark.path("metrics").path("completionRate");
        assertThat(completion.path("contributingEmployers").asInt()).isEqualTo(4);
        assertThat(completion.path("withheld").asBoolean()).isTrue();
        assertThat(completion.path("median").isNull()).isTrue();
        assertDecimal(completion, "own", "0.7500"); // E1: 9 of 12
    }

    @Test
    @Order(7)
    void badRequestsAreRefusedPrecisely() {
        assertThat(api().get("/api/reports/programmes/" + java.util.UUID.randomUUID() + "/impact")
                        .status())
                .isEqualTo(404);
        ApiClient.Response backwards = api().get(impactPath("P") + "?from=2026-01-01&to=2025-01-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.fieldErrors()).containsKey("to");
        assertThat(api().get(impactPath("P") + "?from=yesterday").fieldErrors()).containsKey("from");
    }

    @Test
    @Order(7)
    void anUnknownParameterOrFilterValueIsA400NamingIt() {
        // k is the programme's (5 here): a caller asking for another k must not get the programme's cells as if
        // they had been suppressed at its k
        ApiClient.Response k = api().get(impactPath("P") + "?k=5");
        assertThat(k.status()).as(k.toString()).isEqualTo(400);
        assertThat(k.header("Content-Type")).startsWith("application/problem+json");
        assertThat(k.fieldErrors()).containsOnlyKeys("k");
        assertThat(k.fieldErrors().get("k")).contains("is not a parameter", "from, to, sizeBand, sector, region");
        assertThat(api().getAccepting(impactPath("P") + "?to=2030-01-01&k=5", "text/csv")
                        .status())
                .isEqualTo(400);
        // a misspelt filter is not silently the unfiltered report
        assertThat(api().get(impactPath("P") + "?sizeband=SMALL").fieldErrors()).containsOnlyKeys("sizeband");

        ApiClient.Response huge = api().get(impactPath("P") + "?sizeBand=HUGE");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.fieldErrors()).containsOnlyKeys("sizeBand");
        assertThat(huge.fieldErrors().get("sizeBand")).contains("'HUGE'", "MICRO, SMALL, MEDIUM, LARGE");
        ApiClient.Response codes = api().get(impactPath("P") + "?sector=metal&region=Bavaria");
        assertThat(codes.status()).isEqualTo(400);
        assertThat(codes.fieldErrors()).containsOnlyKeys("sector", "region");
        assertThat(api().get(impactPath("P") + "?sizeBand=SMALL&sector=C25&region=DE2")
                        .status())
                .isEqualTo(200);

        // the endpoints that take no parameters refuse every one
        ApiClient.Response overview = api().get("/api/reports/alliances/" + SCENARIO.id("alliance") + "/overview?k=5");
        assertThat(overview.status()).isEqualTo(400);
        assertThat(overview.fieldErrors()).containsOnlyKeys("k");
        assertThat(api().get("/api/reports/alliances/" + SCENARIO.id("alliance") + "/employers/" + SCENARIO.id("E1")
                                + "/benchmark?period=2025")
                        .fieldErrors())
                .containsOnlyKeys("period");
    }

    @Test
    @Order(7)
    void aBreakdownWhoseSuppressedCellsTheHeadlineGivesAwayIsWithheldWhole() {
        // only MICRO employers: E3's s15-s17, 3 people < k = 5. A partition's suppressed cells (size band, sector,
        // region) would be given away by the headline's 3 participants ("MICRO: 3"): no cell of them is listed
        JsonNode micro = api().get(impactPath("P") + "?sizeBand=MICRO").json();
        assertThat(micro.path("participants").asLong()).isEqualTo(3);
        JsonNode breakdowns = micro.path("breakdowns");
        for (String partition : List.of("sizeBand", "sector", "region")) {
            assertThat(breakdowns.path(partition).size())
                    .as(partition + ": " + breakdowns.path(partition))
                    .isZero();
        }
        // skill categories may hold one person twice: two suppressed cells there are not recovered from 3 people
        // (DESIGN section 3, docs/reporting.md), so they stay listed, suppressed; no breakdown shows a figure
        assertThat(breakdowns.toString()).doesNotContain("\"suppressed\":false");
        // where a cell is shown, the suppressed ones stay listed as suppressed (the whole programme, above)
        JsonNode all = api().get(impactPath("P")).json();
        assertSuppressed(all.path("breakdowns").path("sizeBand").path("MICRO"));
        assertThat(all.path("breakdowns").path("sizeBand").size()).isEqualTo(3);
    }

    @Test
    @Order(8)
    void theProgrammesFunderTheAlliancesCoordinatorAndTheEmployerSeeWhatTheAdminSees() {
        String report = api().get(impactPath("P")).text();
        ApiClient funderSystem = ApiClient.onPort(port).withToken(Callers.funderSystemToken(SCENARIO.id("funder")));
        assertThat(funderSystem.get(impactPath("P")).text()).isEqualTo(report);
        String overviewPath = "/api/reports/alliances/" + SCENARIO.id("alliance") + "/overview";
        ApiClient coordinator =
                ApiClient.onPort(port).withToken(Callers.tokenFor("coordinator", SCENARIO.id("association")));
        assertThat(coordinator.get(overviewPath).text())
                .isEqualTo(api().get(overviewPath).text());
        String benchmarkPath =
                "/api/reports/alliances/" + SCENARIO.id("alliance") + "/employers/" + SCENARIO.id("E1") + "/benchmark";
        ApiClient employer = ApiClient.onPort(port).withToken(Callers.tokenFor("member-admin", SCENARIO.id("E1")));
        assertThat(employer.get(benchmarkPath).text())
                .isEqualTo(api().get(benchmarkPath).text());
    }

    /**
     * {@link WorkplaceLearningExample}'s sign-offs, figure for figure: programme P counts those of the employers it
     * covers that it admits (not E4's), signed off in its period (not s6's), and suppresses the kinds under k = 5 with
     * the complementary rule; P1 (k = 1) shows every kind; the overview counts the alliance's in every period.
     */
    @Test
    @Order(1)
    void workplaceLearningIsCountedForTheProgrammesEmployersInThePeriodWithTheKindsSuppressed() {
        JsonNode p = api().get(impactPath("P")).json().path("workplaceLearning");
        assertWorkplaceTotals(p, 8, 11, "92.50", "3.09");
        assertKind(p.path("byKind").path(0), "ON_THE_JOB", 5, 5, "57.75");
        // mentoring (2 learners) and workshops (4) are under k; together they hold 6 >= k, so nothing more goes
        assertSuppressedKind(p.path("byKind").path(1), "MENTORING");
        assertSuppressedKind(p.path("byKind").path(2), "WORKSHOP");

        // E1 alone: mentoring (s1, s3) and workshops (s5, s40) hold 4 < k together, so on the job (5) goes too
        JsonNode small = api().get(impactPath("P") + "?sizeBand=SMALL").json().path("workplaceLearning");
        assertWorkplaceTotals(small, 6, 9, "77.50", "3.11"); // levels 28 / 9
        assertThat(small.path("byKind")).hasSize(3);
        assertSuppressedKind(small.path("byKind").path(0), "ON_THE_JOB");
        assertSuppressedKind(small.path("byKind").path(1), "MENTORING");
        assertSuppressedKind(small.path("byKind").path(2), "WORKSHOP");

        // E2 alone: two learners in one kind, fewer than k in all: the kinds and the mean would give them away
        JsonNode medium = api().get(impactPath("P") + "?sizeBand=MEDIUM").json().path("workplaceLearning");
        assertThat(medium.path("learners").asLong()).isEqualTo(2);
        assertDecimal(medium, "hours", "15.00");
        assertThat(medium.path("byKind")).isEmpty();
        assertThat(medium.path("meanLevelReached").isNull()).isTrue();
        assertThat(medium.path("meanLevelReachedSuppressed").asBoolean()).isTrue();

        // signed off before the period asked for: none
        JsonNode later =
                api().get(impactPath("P") + "?from=" + LocalDate.now()).json().path("workplaceLearning");
        assertWorkplaceTotals(later, 0, 0, "0.00", null);
        assertKind(later.path("byKind").path(0), "ON_THE_JOB", 0, 0, "0.00");

        JsonNode p1 = api().get(impactPath("P1")).json().path("workplaceLearning");
        assertWorkplaceTotals(p1, 9, 12, "122.50", "3.25");
        assertKind(p1.path("byKind").path(0), "ON_THE_JOB", 6, 6, "87.75");
        assertKind(p1.path("byKind").path(1), "MENTORING", 2, 2, "12.75");
        assertKind(p1.path("byKind").path(2), "WORKSHOP", 4, 4, "22.00");

        JsonNode overview = api().get("/api/reports/alliances/" + SCENARIO.id("alliance") + "/overview")
                .json()
                .path("workplaceLearning");
        assertWorkplaceTotals(overview, 10, 13, "127.50", "3.08");
        assertKind(overview.path("byKind").path(0), "ON_THE_JOB", 7, 7, "92.75");
        assertSuppressedKind(overview.path("byKind").path(1), "MENTORING");
        assertSuppressedKind(overview.path("byKind").path(2), "WORKSHOP");
    }

    /**
     * s40 was erased after both its sign-offs were projected: no row carries its staff id any more, and its two
     * sign-offs (on the job, and workshop WS2 beside s5) carry one pseudonym, so it still counts as one learner.
     */
    @Test
    @Order(1)
    void anErasedLearnersStaffIdIsDroppedAndTheyCountOnce() {
        String s40 = SCENARIO.id("s40").toString();
        assertThat(jdbc.sql("select count(*) from rp_workplace_learning where learner = cast(:id as uuid)")
                        .param("id", s40)
                        .query(Long.class)
                        .single())
                .isZero();
        UUID pseudonym = jdbc.sql("select learner from rp_workplace_learning where learning_id = :id")
                .param("id", SCENARIO.id("OJT-s40"))
                .query(UUID.class)
                .single();
        assertThat(pseudonym).isNotEqualTo(SCENARIO.id("s40"));
        assertThat(jdbc.sql("select learner from rp_workplace_learning where learning_id = :id")
                        .param("id", SCENARIO.id("WS2"))
                        .query(UUID.class)
                        .list())
                .containsExactlyInAnyOrder(pseudonym, SCENARIO.id("s5"));
    }

    @Test
    @Order(3)
    void theWorkplaceLearningFiguresAreInTheCsvsAsInTheJson() {
        assertThat(api().getAccepting(impactPath("P"), "text/csv").text())
                .contains("\r\nworkplaceLearning.learners,8\r\n")
                .contains("\r\nworkplaceLearning.hours,92.50\r\n")
                .contains("\r\nworkplaceLearning.byKind[0].kind,ON_THE_JOB\r\n")
                .contains("\r\nworkplaceLearning.byKind[0].hours,57.75\r\n")
                .contains("\r\nworkplaceLearning.byKind[1].suppressed,true\r\n")
                .contains("\r\nworkplaceLearning.byKind[1].learners,\r\n")
                .contains("\r\nworkplaceLearning.meanLevelReached,3.09\r\n");
        String overviewPath = "/api/reports/alliances/" + SCENARIO.id("alliance") + "/overview";
        Map<String, String> fromCsv = new LinkedHashMap<>();
        for (String line : api().getAccepting(overviewPath, "text/csv").text().split("\r\n")) {
            if (line.startsWith("workplaceLearning.")) {
                fromCsv.put(line.substring(0, line.indexOf(',')), line.substring(line.indexOf(',') + 1));
            }
        }
        Map<String, String> fromJson = new LinkedHashMap<>();
        flatten("workplaceLearning", api().get(overviewPath).json().path("workplaceLearning"), fromJson);
        assertThat(fromCsv.keySet()).containsExactlyElementsOf(fromJson.keySet());
        fromJson.forEach((field, value) -> {
            if (value.matches("-?\\d+(\\.\\d+)?")) {
                assertThat(new BigDecimal(fromCsv.get(field))).as(field).isEqualByComparingTo(new BigDecimal(value));
            } else {
                assertThat(fromCsv.get(field)).as(field).isEqualTo(value);
            }
        });
        assertThat(fromCsv)
                .containsEntry("workplaceLearning.hours", "127.50")
                .containsEntry("workplaceLearning.byKind[2].suppressed", "true");
    }

    /** The rows the rebuild (order 5) wrote, erasure first, are the ones live consumption wrote, erasure last. */
    @Test
    @Order(6)
    void theRebuiltWorkplaceLearningRowsAreTheLiveOnes() {
        assertThat(workplaceLearningRows()).hasSize(13).isEqualTo(firstWorkplaceLearningRows);
    }

    /** The seat rollups the rebuild (order 5) derived are byte for byte the ones live consumption derived. */
    @Test
    @Order(6)
    void theRebuiltSeatRollupsAreTheLiveOnes() {
        assertThat(firstSeatRollupRows).isNotEmpty();
        assertThat(seatRollupRows()).isEqualTo(firstSeatRollupRows);
    }

    @Test
    @Order(9)
    void anEmployerThatGrowsMovesItsSeatsToTheNewSizeBand() throws Exception {
        // E3 (MICRO: s15-s17) grows to 60 staff: its seats are now MEDIUM's, beside E2's 6 people (k = 1 in P1)
        EventEnvelope update = SCENARIO.registry.envelope(
                EventTypes.ORGANISATION_UPDATED,
                SCENARIO.id("E3").toString(),
                "member-service",
                new OrganisationUpdated(
                        SCENARIO.id("E3"), OrganisationType.EMPLOYER, "DE", "DE21", "C25.1", 60, SizeBand.MEDIUM));
        send(Topics.MEMBER, update);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api().get(impactPath("P1"))
                                .json()
                                .path("breakdowns")
                                .path("sizeBand")
                                .path("MEDIUM")
                                .path("participants")
                                .asLong()
                        == 9);
        JsonNode sizeBands =
                api().get(impactPath("P1")).json().path("breakdowns").path("sizeBand");
        assertThat(sizeBands.has("MICRO")).as(sizeBands.toString()).isFalse();
        assertThat(sizeBands.path("LARGE").path("participants").asLong()).isEqualTo(3);
    }

    /**
     * The worked example of docs/evaluation.md ("The worked example", {@link RoiExample}), figure for
     * figure: each employer's own ROI, programme RP's (k = 2) shown, RQ's (k = 3) suppressed, the transfer rate.
     */
    @Test
    @Order(1)
    void theWorkedRoiExampleIsReproducedFigureForFigure() {
        JsonNode a = employerRoi("A");
        assertEmployerCohort(a, 729_240, 400_000, 234_000, 200_000, 434_000, "68.0", "1.68");
        assertThat(a.path("cohorts").path(0).path("measures").asInt()).isEqualTo(2); // revision 2: A1 and A2
        assertDecimal(a.path("cohorts").path(0), "transferRate", "0.6667"); // 5, 4 (corrected from 2), 2
        assertThat(a.path("totals")).hasSize(1);
        assertThat(a.path("totals").path(0).path("currency").asString()).isEqualTo("EUR");
        assertThat(a.path("totals").path(0).path("costsMinor").asLong()).isEqualTo(434_000);
        assertDecimal(a.path("totals").path(0), "roiPercent", "68.0");

        JsonNode b = employerRoi("B");
        // 193,377.3205 rounded once; revision 3 stands (the late revision 2, wage 9,999 and B1 only, is ignored)
        assertEmployerCohort(b, 193_377, 300_000, 125_000, 100_000, 325_000, "-40.5", "0.60");
        assertThat(b.path("cohorts").path(0).path("hourlyWageCostMinor").asLong())
                .isEqualTo(2_500);
        assertThat(b.path("cohorts").path(0).path("measures").asInt()).isEqualTo(2);

        JsonNode c = employerRoi("C");
        assertEmployerCohort(c, 0, 200_000, 80_000, 50_000, 230_000, "-100.0", "0.00");
        assertThat(c.path("cohorts").path(0).path("reported").asBoolean()).isFalse();

        JsonNode rp = api().get(roiImpactPath("RP")).json().path("evaluation");
        assertThat(rp.path("followUpsRecorded").asLong()).isEqualTo(5);
        assertThat(rp.path("followUpsRatedFourOrFive").asLong()).isEqualTo(3);
        assertDecimal(rp, "transferRate", "0.6000");
        JsonNode roi = rp.path("roi");
        assertThat(roi.path("minimumEmployers").asInt()).isEqualTo(2);
        assertThat(roi.path("employersInScope").asLong()).isEqualTo(3);
        assertThat(roi.path("employersReported").asLong()).isEqualTo(2);
        assertDecimal(roi, "reportedShare", "0.6667");
        assertThat(roi.path("employersWithoutWageCost").asLong()).isZero();
        assertThat(roi.path("suppressed").asBoolean()).isFalse();
        assertThat(roi.path("benefitsMinor").asLong()).isEqualTo(922_617); // 922,617.3205
        assertThat(roi.path("trainingCostMinor").asLong()).isEqualTo(900_000);
        assertThat(roi.path("wageCostMinor").asLong()).isEqualTo(439_000);
        assertThat(roi.path("allGrantsDisbursedMinor").asLong()).isEqualTo(350_000);
        assertThat(roi.path("costsMinor").asLong()).isEqualTo(1_339_000); // the grant added back
        assertDecimal(roi, "roiPercent", "-31.1");
        assertDecimal(roi, "benefitCostRatio", "0.69");
        JsonNode x = rp.path("cohorts").path(0);
        assertThat(rp.path("cohorts")).hasSize(1);
        assertThat(x.path("cohortId").asString()).isEqualTo(SCENARIO.roi.id("X").toString());
        assertThat(x.path("courseTitle").asString()).isEqualTo("Lean warehouse logistics");
        assertThat(x.path("startDate").asString()).isEqualTo(SCENARIO.roi.start.toString());
        assertThat(x.path("roi")).isEqualTo(roi);

        // the same period and filters as every other figure: no seat of X starts after it, nor is any employer MEDIUM
        for (String query : List.of("?from=" + SCENARIO.roi.start.plusDays(1), "?sizeBand=MEDIUM")) {
            JsonNode none = api().get(roiImpactPath("RP") + query).json().path("evaluation");
            assertThat(none.path("followUpsRecorded").asLong()).as(query).isZero();
            assertThat(none.path("roi").path("employersInScope").asLong())
                    .as(query)
                    .isZero();
            assertThat(none.path("roi").path("costsMinor").asLong()).as(query).isZero();
            assertThat(none.path("roi").path("roiPercent").isNull()).as(query).isTrue();
            assertThat(none.path("cohorts")).as(query).isEmpty();
        }

        // RQ covers the same seats but wants 3 employers: 2 reported, so the benefits and ratios are withheld
        JsonNode rq = api().get(roiImpactPath("RQ")).json().path("evaluation").path("roi");
        assertThat(rq.path("minimumEmployers").asInt()).isEqualTo(3);
        assertThat(rq.path("suppressed").asBoolean()).isTrue();
        assertThat(rq.path("benefitsMinor").isNull()).isTrue();
        assertThat(rq.path("roiPercent").isNull()).isTrue();
        assertThat(rq.path("benefitCostRatio").isNull()).isTrue();
        assertThat(rq.path("employersInScope").asLong()).isEqualTo(3);
        assertThat(rq.path("employersReported").asLong()).isEqualTo(2);
        assertThat(rq.path("costsMinor").asLong()).isEqualTo(1_339_000);
        // two programmes, two grants: RQ paid nothing itself, RP paid 350,000 for the same seats
        assertThat(api().get(roiImpactPath("RQ"))
                        .json()
                        .path("grantDisbursedMinor")
                        .asLong())
                .isZero();
        assertThat(rq.path("allGrantsDisbursedMinor").asLong()).isEqualTo(350_000);
        assertThat(api().get(roiImpactPath("RP"))
                        .json()
                        .path("grantDisbursedMinor")
                        .asLong())
                .isEqualTo(350_000);
        assertThat(rp.path("transferRateSuppressed").asBoolean()).isFalse();

        // the alliance's overview: the benchmark's 5 employers are needed, so it is suppressed too
        JsonNode overview = api().get("/api/reports/alliances/" + SCENARIO.roi.id("alliance") + "/overview")
                .json()
                .path("evaluation");
        assertDecimal(overview, "transferRate", "0.6000");
        assertThat(overview.path("roi").path("suppressed").asBoolean()).isTrue();
        assertThat(overview.path("roi").path("costsMinor").asLong()).isEqualTo(1_339_000);
    }

    @Test
    @Order(3)
    void theEvaluationIsInTheCsvsAndAnEmployerReadsOnlyItsOwnRoi() {
        assertThat(api().getAccepting(roiImpactPath("RP"), "text/csv").text())
                .contains(
                        "\r\nevaluation.transferRate,0.6000\r\n",
                        "\r\nevaluation.roi.benefitsMinor,922617\r\n",
                        "\r\nevaluation.roi.roiPercent,-31.1\r\n",
                        "\r\nevaluation.cohorts[0].roi.costsMinor,1339000\r\n");
        ApiClient.Response csv = api().getAccepting(employerRoiPath("B"), "text/csv");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"employer-roi-" + SCENARIO.roi.id("B") + ".csv\"");
        assertThat(csv.text())
                .contains("\r\ncohorts[0].benefitsMinor,193377\r\n", "\r\ntotals[0].costsMinor,325000\r\n");

        // a report like every other: the versioned media type, Last-Modified from its currentAsOf
        ApiClient.Response pinned =
                api().get(employerRoiPath("A"), Map.of("Accept", "application/vnd.skillalliance.report.v1+json"));
        assertThat(pinned.status()).as(pinned.toString()).isEqualTo(200);
        assertThat(pinned.json()).isEqualTo(api().get(employerRoiPath("A")).json());
        assertThat(pinned.json().path("currentAsOf").asString()).isEqualTo(lastEventTime());
        assertThat(pinned.header("Last-Modified")).isNotBlank();

        ApiClient employerA = ApiClient.onPort(port).withToken(Callers.tokenFor("member-admin", SCENARIO.roi.id("A")));
        assertThat(employerA.get(employerRoiPath("A")).text())
                .isEqualTo(api().get(employerRoiPath("A")).text());
        assertThat(employerA.get(employerRoiPath("B")).status()).isEqualTo(404);
        assertThat(employerA
                        .get(employerRoiPath("A") + "?cohortId=" + SCENARIO.roi.id("X"))
                        .fieldErrors())
                .containsOnlyKeys("cohortId");
    }

    /** Every report is read as an alliance admin, who may read them all (the access rules: AuthorisationMatrixIT). */
    private ApiClient api() {
        return Callers.asAdmin(port);
    }

    private void publish(String topic) throws Exception {
        for (EventEnvelope event : SCENARIO.byTopic.get(topic)) {
            send(topic, event);
        }
    }

    private void send(String topic, EventEnvelope event) throws Exception {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(topic, event.aggregateId(), SCENARIO.registry.toJson(event));
        record.headers().add("event-type", event.eventType().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }

    private List<String> seatRollupRows() {
        return jdbc.sql(
                        "select p::text from rp_seat_pair p where alliance_id = :alliance order by cohort_id, employer_id")
                .param("alliance", SCENARIO.id("alliance"))
                .query(String.class)
                .list();
    }

    private List<String> workplaceLearningRows() {
        return jdbc.sql("select w::text from rp_workplace_learning w order by learning_id, learner")
                .query(String.class)
                .list();
    }

    private static void assertWorkplaceTotals(
            JsonNode learning, long learners, long signedOff, String hours, String meanLevel) {
        assertThat(learning.path("learners").asLong()).as(learning.toString()).isEqualTo(learners);
        assertThat(learning.path("signedOff").asLong()).as(learning.toString()).isEqualTo(signedOff);
        assertDecimal(learning, "hours", hours);
        if (meanLevel == null) {
            assertThat(learning.path("meanLevelReached").isNull()).isTrue();
        } else {
            assertDecimal(learning, "meanLevelReached", meanLevel);
        }
        assertThat(learning.path("meanLevelReachedSuppressed").asBoolean()).isFalse();
    }

    private static void assertKind(JsonNode kind, String name, long learners, long signedOff, String hours) {
        assertThat(kind.path("kind").asString()).isEqualTo(name);
        assertThat(kind.path("suppressed").asBoolean()).as(kind.toString()).isFalse();
        assertThat(kind.path("learners").asLong()).as(kind.toString()).isEqualTo(learners);
        assertThat(kind.path("signedOff").asLong()).as(kind.toString()).isEqualTo(signedOff);
        assertDecimal(kind, "hours", hours);
    }

    private static void assertSuppressedKind(JsonNode kind, String name) {
        assertThat(kind.path("kind").asString()).isEqualTo(name);
        assertThat(kind.path("suppressed").asBoolean()).as(kind.toString()).isTrue();
        assertThat(kind.path("learners").isNull()).as(kind.toString()).isTrue();
        assertThat(kind.path("signedOff").isNull()).as(kind.toString()).isTrue();
        assertThat(kind.path("hours").isNull()).as(kind.toString()).isTrue();
    }

    private long processedEvents() {
        return jdbc.sql("select count(*) from processed_event where consumer = 'reporting.projections'")
                .query(Long.class)
                .single();
    }

    private void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                                    "reporting-service")
                            .partitionsToOffsetAndMetadata()
                            .get();
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    committed.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
                    var ends = admin.listOffsets(latest).all().get();
                    return committed.entrySet().stream()
                            .allMatch(e -> e.getValue().offset()
                                    >= ends.get(e.getKey()).offset());
                });
    }

    private String lastEventTime() {
        List<EventEnvelope> all = new ArrayList<>();
        SCENARIO.byTopic.values().forEach(all::addAll);
        return all.stream()
                .map(EventEnvelope::occurredAt)
                .max(java.time.Instant::compareTo)
                .orElseThrow()
                .toString();
    }

    private static String roiImpactPath(String programme) {
        return "/api/reports/programmes/" + SCENARIO.roi.id(programme) + "/impact";
    }

    private static String employerRoiPath(String employer) {
        return "/api/reports/employers/" + SCENARIO.roi.id(employer) + "/roi";
    }

    private JsonNode employerRoi(String employer) {
        ApiClient.Response response = api().get(employerRoiPath(employer));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode roi = response.json();
        assertThat(roi.path("employerId").asString())
                .isEqualTo(SCENARIO.roi.id(employer).toString());
        assertThat(roi.path("cohorts")).hasSize(1);
        return roi;
    }

    private static void assertEmployerCohort(
            JsonNode roi,
            long benefits,
            long trainingCost,
            long wageCost,
            long grant,
            long costs,
            String roiPercent,
            String ratio) {
        JsonNode cohort = roi.path("cohorts").path(0);
        assertThat(cohort.path("cohortId").asString())
                .isEqualTo(SCENARIO.roi.id("X").toString());
        assertThat(cohort.path("currency").asString()).isEqualTo("EUR");
        assertThat(cohort.path("benefitsMinor").asLong()).as(cohort.toString()).isEqualTo(benefits);
        assertThat(cohort.path("trainingCostMinor").asLong())
                .as(cohort.toString())
                .isEqualTo(trainingCost);
        assertThat(cohort.path("wageCostMinor").asLong()).as(cohort.toString()).isEqualTo(wageCost);
        assertThat(cohort.path("grantDisbursedMinor").asLong())
                .as(cohort.toString())
                .isEqualTo(grant);
        assertThat(cohort.path("costsMinor").asLong()).as(cohort.toString()).isEqualTo(costs);
        assertDecimal(cohort, "roiPercent", roiPercent);
        assertDecimal(cohort, "benefitCostRatio", ratio);
    }

    private static String impactPath(String programme) {
        return "/api/reports/programmes/" + SCENARIO.id(programme) + "/impact";
    }

    private static void assertSuppressed(JsonNode cell) {
        assertThat(cell.path("suppressed").asBoolean()).as(cell.toString()).isTrue();
        assertThat(cell.path("participants").isNull()).as(cell.toString()).isTrue();
    }

    private static void flatten(String path, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.properties()
                    .forEach(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), into);
            }
        } else {
            into.put(path, node.isNull() ? "" : node.asString());
        }
    }
}
