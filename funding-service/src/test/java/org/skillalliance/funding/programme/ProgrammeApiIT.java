package org.skillalliance.funding.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.funding.FundingFixtures.created;
import static org.skillalliance.funding.FundingFixtures.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.funding.ProgrammeClosed;
import org.skillalliance.contracts.funding.ProgrammeOpened;
import org.skillalliance.funding.FundingFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeApiIT {

    @LocalServerPort
    int port;

    ApiClient api;
    FundingFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = Callers.asAdmin(port);
        fixtures = new FundingFixtures(api);
    }

    @Test
    void fiftyConcurrentAwardsAgainstABudgetThatFitsTwentyCommitExactlyTheBudget() throws Exception {
        UUID funder = UUID.randomUUID();
        // budget EUR 10,000.00; each award EUR 500.00: exactly 20 fit
        UUID programme = fixtures.openProgramme(programme(funder, 1_000_000));
        List<UUID> applications = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            applications.add(
                    fixtures.applicationUnderReview(programme, funder, UUID.randomUUID(), "EMPLOYER", null, 50_000));
        }

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        try {
            for (UUID application : applications) {
                Callable<ApiClient.Response> award = () -> fixtures.award(application, funder, 50_000);
                answers.add(pool.submit(award));
            }
            int awarded = 0;
            int refused = 0;
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get();
                if (response.status() == 201) {
                    awarded++;
                } else {
                    assertThat(response.status()).as(response.toString()).isEqualTo(422);
                    assertThat(response.fieldErrors()).containsKey("amountMinor");
                    refused++;
                }
            }
            assertThat(awarded).isEqualTo(20);
            assertThat(refused).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }

        ApiClient.Response read = api.get("/api/programmes/" + programme);
        assertThat(read.json().path("budget").path("committedMinor").asLong()).isEqualTo(1_000_000);
        assertThat(read.json().path("budget").path("availableMinor").asLong()).isZero();
        assertThat(api.get("/api/awards?programmeId=" + programme)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(20);
        assertThat(api.get("/api/ledger?programmeId=" + programme + "&type=GRANT_COMMITTED&size=200")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(20);
        assertThat(api.get("/api/applications?programmeId=" + programme + "&status=UNDER_REVIEW")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(30);
    }

    @Test
    void badMoneyRatesPeriodsAndCurrenciesAreRefusedNamingTheFieldAndNothingIsWritten() {
        UUID funder = UUID.randomUUID();
        Map<String, Object> negative = programme(funder, 1_000);
        negative.put("budgetMinor", -1);
        assertRefused(
                api.post("/api/programmes", negative),
                400,
                "budgetMinor",
                "must be a whole number of minor units from 0 to 10000000000000 (10^13)");

        String fractional = """
                {"funderId": "%s", "name": "Fractional", "currency": "EUR", "budgetMinor": 10.5,
                 "periodStart": "2026-01-01", "periodEnd": "2026-12-31",
                 "bandRules": [{"sizeBand": "SMALL", "costRate": 0.5, "wageSubsidyPerHourMinor": 100,
                                "minimumEmployerShare": 0.1}]}
                """.formatted(funder);
        ApiClient.Response fraction = api.post("/api/programmes", fractional);
        assertThat(fraction.status()).as(fraction.toString()).isEqualTo(400);
        assertThat(fraction.fieldErrors()).containsKey("budgetMinor");
        assertThat(fraction.fieldErrors().get("budgetMinor")).contains("whole number");

        Map<String, Object> rateAbove100 = programme(funder, 1_000);
        rateAbove100.put("bandRules", List.of(FundingFixtures.band("SMALL", "1.2", 100, "0.1")));
        assertRefused(
                api.post("/api/programmes", rateAbove100),
                400,
                "bandRules[0].costRate",
                "must be at most 1 (a fraction: 0.6 = 60%, 1 = 100%)");

        Map<String, Object> backwards = programme(funder, 1_000);
        backwards.put("periodEnd", "2025-12-31");
        assertRefused(
                api.post("/api/programmes", backwards), 400, "periodEnd", "must not be before periodStart 2026-01-01");

        Map<String, Object> unknownCurrency = programme(funder, 1_000);
        unknownCurrency.put("currency", "EUX");
        assertRefused(
                api.post("/api/programmes", unknownCurrency),
                400,
                "currency",
                "'EUX' is not an ISO 4217 currency code");

        Map<String, Object> badSector = programme(funder, 1_000);
        badSector.put("eligibleSectorCodes", List.of("C25", "Z99"));
        assertRefused(
                api.post("/api/programmes", badSector),
                400,
                "eligibleSectorCodes[1]",
                "'Z99' is not a NACE Rev. 2 code");

        Map<String, Object> unknownField = programme(funder, 1_000);
        unknownField.put("budget", 5);
        assertRefused(api.post("/api/programmes", unknownField), 400, "budget", "is not a known field");

        assertThat(api.get("/api/programmes?funderId=" + funder)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();

        UUID programme = fixtures.openProgramme(programme(funder, 100_000));
        ApiClient.Response dollars = api.post(
                "/api/applications",
                Map.of(
                        "programmeId",
                        programme,
                        "applicantId",
                        UUID.randomUUID(),
                        "applicantKind",
                        "EMPLOYER",
                        "requestedMinor",
                        1_000,
                        "currency",
                        "USD"));
        assertRefused(dollars, 422, "currency", "must be the programme's currency EUR, not USD");

        UUID application =
                fixtures.applicationUnderReview(programme, funder, UUID.randomUUID(), "EMPLOYER", null, 1_000);
        assertRefused(
                api.post(
                        "/api/awards",
                        Map.of(
                                "applicationId",
                                application,
                                "funderId",
                                funder,
                                "amountMinor",
                                1_000,
                                "currency",
                                "CHF")),
                422,
                "currency",
                "must be the programme's currency EUR, not CHF");
        assertRefused(
                api.post(
                        "/api/awards",
                        Map.of("applicationId", application, "funderId", funder, "amountMinor", 0, "currency", "EUR")),
                400,
                "amountMinor",
                "must be greater than 0");
        assertRefused(
                fixtures.award(application, funder, 100_001),
                422,
                "amountMinor",
                "exceeds the programme's available budget of 100000 EUR");
        assertRefused(
                fixtures.award(application, UUID.randomUUID(), 1_000),
                422,
                "funderId",
                "is not the funder of programme " + programme);
        ApiClient.Response association = api.post(
                "/api/applications",
                Map.of(
                        "programmeId",
                        programme,
                        "applicantId",
                        UUID.randomUUID(),
                        "applicantKind",
                        "ASSOCIATION",
                        "requestedMinor",
                        1_000,
                        "currency",
                        "EUR"));
        assertRefused(association, 400, "cohortId", "is required when an association applies (for a whole cohort)");

        assertThat(api.get("/api/programmes/" + programme)
                        .json()
                        .path("budget")
                        .path("committedMinor")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/ledger?programmeId=" + programme)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/awards?programmeId=" + programme)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/programmes?page=-1").fieldErrors()).containsKey("page");
        assertThat(api.get("/api/claims/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("/api/quotes?cohortId=x&employerId=" + UUID.randomUUID())
                        .fieldErrors())
                .containsKey("cohortId");
    }

    @Test
    void aProgrammeGoesFromDraftToOpenToClosedAndAnnouncesIt() {
        try (TopicRecorder topic = FundingFixtures.fundingTopic()) {
            UUID funder = UUID.randomUUID();
            Map<String, Object> body = programme(funder, 250_000);
            body.put("eligibleSectorCodes", List.of("c", "25.62"));
            body.put("requiredPriorityTags", List.of("digital"));
            body.put("eligibleSizeBands", List.of("SMALL"));
            UUID id = created(api.post("/api/programmes", body));
            ApiClient.Response draft = api.get("/api/programmes/" + id);
            assertThat(draft.json().path("status").asString()).isEqualTo("DRAFT");
            assertThat(draft.json().path("eligibleSectorCodes").toString()).isEqualTo("[\"C\",\"C25.62\"]");
            assertThat(draft.json().path("requiredPriorityTags").toString()).isEqualTo("[\"DIGITAL\"]");

            body.put("budgetMinor", 300_000);
            assertThat(api.put("/api/programmes/" + id, body)
                            .json()
                            .path("budgetMinor")
                            .asLong())
                    .isEqualTo(300_000);
            assertThat(api.post("/api/programmes/" + id + "/close", Map.of("funderId", funder))
                            .json()
                            .path("currentState")
                            .asString())
                    .isEqualTo("DRAFT");
            assertThat(api.post("/api/programmes/" + id + "/open", Map.of("funderId", UUID.randomUUID()))
                            .status())
                    .isEqualTo(422);
            assertThat(api.post("/api/programmes/" + id + "/open", Map.of("funderId", funder))
                            .json()
                            .path("status")
                            .asString())
                    .isEqualTo("OPEN");
            ApiClient.Response reviseOpen = api.put("/api/programmes/" + id, body);
            assertThat(reviseOpen.status()).isEqualTo(409);
            assertThat(reviseOpen.json().path("currentState").asString()).isEqualTo("OPEN");
            assertThat(api.post("/api/programmes/" + id + "/close", Map.of("funderId", funder))
                            .json()
                            .path("status")
                            .asString())
                    .isEqualTo("CLOSED");
            ApiClient.Response applyToClosed = api.post(
                    "/api/applications",
                    Map.of(
                            "programmeId",
                            id,
                            "applicantId",
                            UUID.randomUUID(),
                            "applicantKind",
                            "EMPLOYER",
                            "requestedMinor",
                            1,
                            "currency",
                            "EUR"));
            assertThat(applyToClosed.status()).isEqualTo(409);
            assertThat(applyToClosed.json().path("currentState").asString()).isEqualTo("CLOSED");

            ProgrammeOpened opened = FundingFixtures.registry()
                    .payload(
                            FundingFixtures.eventsOf(topic, EventTypes.PROGRAMME_OPENED, id, 1)
                                    .getFirst(),
                            ProgrammeOpened.class);
            assertThat(opened.budgetMinor()).isEqualTo(300_000);
            assertThat(opened.currency()).isEqualTo("EUR");
            assertThat(opened.eligibleSectorCodes()).containsExactly("C", "C25.62");
            ProgrammeClosed closed = FundingFixtures.registry()
                    .payload(
                            FundingFixtures.eventsOf(topic, EventTypes.PROGRAMME_CLOSED, id, 1)
                                    .getFirst(),
                            ProgrammeClosed.class);
            assertThat(closed.funderId()).isEqualTo(funder);

            assertThat(api.get("/api/programmes?funderId=" + funder + "&status=CLOSED")
                            .json()
                            .path("items"))
                    .hasSize(1);
            String openApi = api.get("/v3/api-docs").text();
            assertThat(openApi)
                    .contains(
                            "/api/cost-shares/{cohortId}/rule",
                            "/api/programmes",
                            "/api/applications",
                            "/api/awards",
                            "/api/claims/{id}/pay",
                            "/api/statements",
                            "/api/quotes",
                            "/api/ledger");
        }
    }

    @Test
    void applicationsAreReviewedThenAwardedOrRejectedOrWithdrawnByTheApplicant() {
        UUID funder = UUID.randomUUID();
        UUID programme = fixtures.openProgramme(programme(funder, 500_000));
        UUID employer = UUID.randomUUID();
        UUID application = created(api.post(
                "/api/applications",
                Map.of(
                        "programmeId",
                        programme,
                        "applicantId",
                        employer,
                        "applicantKind",
                        "EMPLOYER",
                        "requestedMinor",
                        40_000,
                        "currency",
                        "EUR")));
        ApiClient.Response submitted = api.get("/api/applications/" + application);
        assertThat(submitted.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().path("periodStart").asString()).isEqualTo("2026-01-01");
        ApiClient.Response again = api.post(
                "/api/applications",
                Map.of(
                        "programmeId",
                        programme,
                        "applicantId",
                        employer,
                        "applicantKind",
                        "EMPLOYER",
                        "requestedMinor",
                        1,
                        "currency",
                        "EUR"));
        assertRefused(again, 409, "applicantId", "already has an open or awarded application under this programme");

        assertThat(fixtures.award(application, funder, 40_000)
                        .json()
                        .path("currentState")
                        .asString())
                .isEqualTo("SUBMITTED");
        assertThat(api.post("/api/applications/" + application + "/withdraw", Map.of("actorId", funder))
                        .status())
                .isEqualTo(422);
        assertThat(api.post("/api/applications/" + application + "/withdraw", Map.of("actorId", employer))
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("WITHDRAWN");
        assertThat(api.post("/api/applications/" + application + "/review", Map.of("actorId", funder))
                        .json()
                        .path("currentState")
                        .asString())
                .isEqualTo("WITHDRAWN");

        UUID rejected = fixtures.applicationUnderReview(programme, funder, employer, "EMPLOYER", null, 40_000);
        ApiClient.Response rejection = api.post(
                "/api/applications/" + rejected + "/reject",
                Map.of("actorId", funder, "note", "outside the programme's priorities"));
        assertThat(rejection.json().path("status").asString()).isEqualTo("REJECTED");
        assertThat(rejection.json().path("decisionNote").asString()).isEqualTo("outside the programme's priorities");

        UUID awarded = fixtures.applicationUnderReview(programme, funder, employer, "EMPLOYER", null, 40_000);
        assertRefused(
                fixtures.award(awarded, funder, 40_001),
                422,
                "amountMinor",
                "exceeds the requested amount of 40000 EUR");
        assertThat(fixtures.award(awarded, funder, 30_000).status()).isEqualTo(201);
        assertThat(fixtures.award(awarded, funder, 1)
                        .json()
                        .path("currentState")
                        .asString())
                .isEqualTo("AWARDED");
        assertThat(api.get("/api/applications?applicantId=" + employer)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(3);
        assertThat(api.get("/api/programmes/" + programme)
                        .json()
                        .path("budget")
                        .path("availableMinor")
                        .asLong())
                .isEqualTo(470_000);
    }

    @Test
    void aBandRuleForABandThatIsNotEligibleNeedsNoRateOrWageSubsidy() {
        UUID funder = UUID.randomUUID();
        Map<String, Object> body = programme(funder, 100_000);
        body.put("eligibleSizeBands", List.of("SMALL", "MEDIUM"));
        List<Object> rules = new ArrayList<>((List<?>) body.get("bandRules"));
        rules.add(Map.of("sizeBand", "LARGE"));
        rules.add(Map.of("sizeBand", "MICRO", "minimumEmployerShare", 0.5));
        body.put("bandRules", rules);
        ApiClient.Response created = api.post("/api/programmes", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        // a band that is not eligible is paid nothing: what its rule leaves out is stored as paying nothing
        JsonNode large = band(created.json(), "LARGE");
        assertThat(large.path("costRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(large.path("wageSubsidyPerHourMinor").asLong()).isZero();
        assertThat(large.path("minimumEmployerShare").decimalValue()).isEqualByComparingTo("1");
        JsonNode micro = band(created.json(), "MICRO");
        assertThat(micro.path("costRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(micro.path("minimumEmployerShare").decimalValue()).isEqualByComparingTo("0.5");
        UUID id = FundingFixtures.created(created);
        assertThat(api.put("/api/programmes/" + id, body).status()).isEqualTo(200);
        assertThat(api.post("/api/programmes/" + id + "/open", Map.of("funderId", funder))
                        .status())
                .isEqualTo(200);

        // an eligible band still needs all three terms, and with no eligible bands listed every band is eligible
        Map<String, Object> eligibleWithout = programme(funder, 100_000);
        eligibleWithout.put("eligibleSizeBands", List.of("SMALL", "MEDIUM"));
        eligibleWithout.put(
                "bandRules",
                List.of(
                        FundingFixtures.band("SMALL", "0.8", 500, "0.1"),
                        Map.of("sizeBand", "MEDIUM", "costRate", 0.5)));
        ApiClient.Response refused = api.post("/api/programmes", eligibleWithout);
        assertRefused(
                refused, 400, "bandRules[1].wageSubsidyPerHourMinor", "is required: size band MEDIUM is eligible");
        assertThat(refused.fieldErrors())
                .containsEntry("bandRules[1].minimumEmployerShare", "is required: size band MEDIUM is eligible");
        Map<String, Object> anyBand = programme(funder, 100_000);
        anyBand.put(
                "bandRules", List.of(FundingFixtures.band("SMALL", "0.8", 500, "0.1"), Map.of("sizeBand", "LARGE")));
        assertRefused(
                api.post("/api/programmes", anyBand),
                400,
                "bandRules[1].costRate",
                "is required: every size band is eligible (eligibleSizeBands is empty)");
        Map<String, Object> outOfRange = programme(funder, 100_000);
        outOfRange.put("eligibleSizeBands", List.of("SMALL", "MEDIUM"));
        rules = new ArrayList<>((List<?>) outOfRange.get("bandRules"));
        rules.add(Map.of("sizeBand", "LARGE", "costRate", 1.5));
        outOfRange.put("bandRules", rules);
        assertRefused(
                api.post("/api/programmes", outOfRange),
                400,
                "bandRules[2].costRate",
                "must be at most 1 (a fraction: 0.6 = 60%, 1 = 100%)");
        assertThat(api.get("/api/programmes?funderId=" + funder)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aQueryParameterAnEndpointDoesNotReadIsRefusedNamingIt() {
        UUID funder = UUID.randomUUID();
        UUID programme = fixtures.openProgramme(programme(funder, 100_000));
        UUID any = UUID.randomUUID();
        // each list and read that used to ignore what it did not know (the filter was simply not applied)
        assertUnknown(
                "/api/programmes?funderId=" + funder + "&stauts=DRAFT",
                "stauts",
                "funderId, status, allianceId, page, size");
        assertUnknown(
                "/api/applications?programme=" + programme,
                "programme",
                "programmeId, applicantId, cohortId, status, page, size");
        assertUnknown(
                "/api/awards?beneficiary=" + any, "beneficiary", "programmeId, beneficiaryId, cohortId, page, size");
        assertUnknown(
                "/api/claims?state=PAID", "state", "programmeId, awardId, employerId, cohortId, status, page, size");
        assertUnknown("/api/cost-shares?cohortId=" + any, "cohortId", "allianceId, employerId, status, page, size");
        assertUnknown(
                "/api/ledger?kind=GRANT_COMMITTED",
                "kind",
                "type, programmeId, awardId, claimId, employerId, cohortId, from, to, page, size");
        assertUnknown(
                "/api/statements?employerId=" + any + "&from=2026-01-01&to=2026-12-31&currency=EUR",
                "currency",
                "employerId, from, to");
        assertUnknown("/api/quotes?cohortId=" + any + "&employerId=" + any + "&k=5", "k", "cohortId, employerId");
        ApiClient.Response read = api.get("/api/programmes/" + programme + "?expand=budget");
        assertRefused(read, 400, "expand", "is not a parameter of this request, which takes none");
        ApiClient.Response post = api.post("/api/programmes?dryRun=true", programme(funder, 1_000));
        assertRefused(post, 400, "dryRun", "is not a parameter of this request, which takes none");

        // a value that does not exist, a parameter given twice or given no value
        assertRefused(
                api.get("/api/claims?status=PAYED"),
                400,
                "status",
                "'PAYED' is not one of DRAFT, SUBMITTED, APPROVED, PAID, REJECTED");
        assertThat(api.get("/api/ledger?type=REFUND").fieldErrors()).containsKey("type");
        assertRefused(
                api.get("/api/claims?status=PAID&status=APPROVED"), 400, "status", "is given 2 times; give it once");
        assertRefused(
                api.get("/api/programmes?status="), 400, "status", "has no value; leave the parameter out to mean any");
        ApiClient.Response two = api.get("/api/awards?programmeId=x&cohort=y");
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.fieldErrors()).containsKey("cohort");

        // what the endpoints know still works, and nothing was written
        assertThat(api.get("/api/programmes?funderId=" + funder + "&status=OPEN&page=0&size=5")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/claims?status=PAID&size=5").status()).isEqualTo(200);
    }

    @Test
    void schemeRulesAreStoredAndShownAndWrongOnesAreRefusedNamingTheFieldWithNothingWritten() {
        UUID funder = UUID.randomUUID();
        Map<String, Object> body = programme(funder, 100_000);
        body.put(
                "schemeRules",
                Map.of(
                        "trainingPlanLeadDays",
                        30,
                        "minimumAttendedHours",
                        10,
                        "attendanceThreshold",
                        0.8,
                        "claimWindowDays",
                        60,
                        "milestones",
                        List.of(
                                Map.of("milestone", "OUTCOME", "share", 0.3),
                                Map.of("milestone", "START", "share", 0.4),
                                Map.of("milestone", "COMPLETION", "share", 0.3)),
                        "requirements",
                        List.of(
                                Map.of(
                                        "key", "outcome-report",
                                        "kind", "OUTCOME_REPORT",
                                        "beforeMilestone", "OUTCOME"),
                                Map.of("key", "progress-report", "kind", "PROGRESS_REPORT", "dueOn", "2026-06-30"))));
        ApiClient.Response created = api.post("/api/programmes", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode rules = api.get("/api/programmes/" + FundingFixtures.created(created))
                .json()
                .path("schemeRules");
        assertThat(rules.path("trainingPlanLeadDays").asInt()).isEqualTo(30);
        assertThat(rules.path("minimumAttendedHours").decimalValue()).isEqualByComparingTo("10");
        assertThat(rules.path("attendanceThreshold").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(rules.path("claimWindowDays").asInt()).isEqualTo(60);
        // in milestone order, whatever the order given
        assertThat(rules.path("payments").findValuesAsString("milestone"))
                .containsExactly("START", "COMPLETION", "OUTCOME");
        assertThat(rules.path("requirements").findValuesAsString("key"))
                .containsExactly("outcome-report", "progress-report");
        assertThat(rules.path("requirements").get(1).path("dueOn").asString()).isEqualTo("2026-06-30");

        // without rules: no rule, and the whole claim is paid at completion
        JsonNode none =
                api.post("/api/programmes", programme(funder, 100_000)).json().path("schemeRules");
        assertThat(none.path("trainingPlanLeadDays").isNull()).isTrue();
        assertThat(none.path("claimWindowDays").isNull()).isTrue();
        assertThat(none.path("milestones")).isEmpty();
        assertThat(none.path("payments").get(0).path("milestone").asString()).isEqualTo("COMPLETION");
        assertThat(none.path("payments").get(0).path("share").decimalValue()).isEqualByComparingTo("1");

        assertRulesRefused(
                funder,
                Map.of("trainingPlanLeadDays", -1),
                "schemeRules.trainingPlanLeadDays",
                "must be 0 or more days (0: the plan is due by the cohort's start day)");
        assertRulesRefused(
                funder,
                Map.of("claimWindowDays", 0),
                "schemeRules.claimWindowDays",
                "must be at least 1 day (leave it out for no claim window)");
        assertRulesRefused(
                funder,
                Map.of("attendanceThreshold", 1.2),
                "schemeRules.attendanceThreshold",
                "must be at most 1 (a fraction: 0.8 = 80%)");
        assertRulesRefused(
                funder,
                Map.of(
                        "milestones",
                        List.of(
                                Map.of("milestone", "START", "share", 0.4),
                                Map.of("milestone", "COMPLETION", "share", 0.5))),
                "schemeRules.milestones",
                "the shares sum to 0.9; they must sum to exactly 1 (100%)");
        assertRulesRefused(
                funder,
                Map.of(
                        "milestones",
                        List.of(
                                Map.of("milestone", "START", "share", 0.5),
                                Map.of("milestone", "START", "share", 0.5))),
                "schemeRules.milestones[1].milestone",
                "milestone START is named more than once");
        assertRulesRefused(
                funder,
                Map.of(
                        "requirements",
                        List.of(Map.of(
                                "key", "outcome-report",
                                "kind", "OUTCOME_REPORT",
                                "beforeMilestone", "OUTCOME"))),
                "schemeRules.requirements[0].beforeMilestone",
                "OUTCOME is not a milestone of this programme, which pays at [COMPLETION]");
        assertRulesRefused(
                funder,
                Map.of("requirements", List.of(Map.of("key", "progress-report", "kind", "PROGRESS_REPORT"))),
                "schemeRules.requirements[0]",
                "give either dueOn (a date) or beforeMilestone (a milestone), not both or neither");
        assertThat(api.get("/api/programmes?funderId=" + funder)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(2);
    }

    /** A programme with these scheme rules is refused with a 400 naming the field with the reason. */
    private void assertRulesRefused(UUID funder, Map<String, Object> rules, String field, String reason) {
        Map<String, Object> body = programme(funder, 100_000);
        body.put("schemeRules", rules);
        assertRefused(api.post("/api/programmes", body), 400, field, reason);
    }

    private void assertUnknown(String path, String parameter, String known) {
        assertRefused(api.get(path), 400, parameter, "is not a parameter of this request, which takes " + known);
    }

    private static JsonNode band(JsonNode programme, String sizeBand) {
        for (JsonNode band : programme.path("bandRules")) {
            if (band.path("sizeBand").asString().equals(sizeBand)) {
                return band;
            }
        }
        throw new AssertionError("no band rule for " + sizeBand + " in " + programme);
    }

    private static void assertRefused(ApiClient.Response response, int status, String field, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.fieldErrors()).as(response.toString()).containsEntry(field, reason);
    }
}
