package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.AllianceSpec;
import org.skillalliance.platform.demo.ApiResponse;
import org.skillalliance.platform.demo.ApplicationSpec;
import org.skillalliance.platform.demo.CourseSpec;
import org.skillalliance.platform.demo.DemoSeed;
import org.skillalliance.platform.demo.InvitationSpec;
import org.skillalliance.platform.demo.OrganisationSpec;
import org.skillalliance.platform.demo.ProgrammeSpec;
import org.skillalliance.platform.demo.Session;
import org.skillalliance.platform.demo.StaffSpec;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19's acceptance through the gateway, with real Keycloak tokens and every figure travelling the way live data
 * does: the worked example of docs/evaluation.md, figure for figure.
 *
 * <p>Three employers A, B and C sent 4, 3 and 2 staff to one cohort X of a 20-hour course that ended 95 days ago
 * (brought in through the history import, as an association would), EUR 9,000.00 for the cohort, shared per seat. A
 * programme P (k = 2) reimburses 50% of a completed seat's cost: the funder approves and pays the claims funding-service
 * made from the outcomes. Then, inside the follow-up window (60 to 180 days after the end), each employer's HR rates
 * its completed seats ("applies the skill on the job") and reports business measures and its hourly wage cost; the
 * funder's impact report, the employers' own ROI and the coordinator's overview show what DESIGN section 3 defines.
 */
@ExtendWith(SharedPlatform.class)
@Order(3)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationScenarioIT {

    private static final Duration PATIENCE = PlatformPeople.PATIENCE;

    private LocalPlatform platform;
    private AllianceApi api;
    private Session admin;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String password = "evaluation-" + run + "-pw";
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    void onTheSharedPlatform(LocalPlatform sharedPlatform) {
        platform = sharedPlatform;
        api = new AllianceApi(platform.endpoints());
        admin = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD);
    }

    @Test
    void followUpsMeasuresAndWageCostsGiveTheWorkedExamplesTransferRateAndRoi() {
        // the association and its coordinator, the alliance, a funder, a provider; employers A, B, C (all small)
        UUID association = admin.registerOrganisation(
                OrganisationSpec.of("ASSOCIATION", "Evaluation Association " + run, "EVA-" + run + "-ASSOC", "DE21"));
        Session coordinator = invite(association, "coordinator", "coordinator");
        UUID alliance = coordinator.createAlliance(
                new AllianceSpec("Evaluation Alliance " + run, "SECTORAL", List.of("C25"), "DE2", "EUR", association));
        UUID funderOrg = admin.registerOrganisation(
                OrganisationSpec.of("FUNDER", "Evaluation Fund " + run, "EVA-" + run + "-FUND", "DE21"));
        Session funder = invite(funderOrg, "funder", "funder");
        UUID provider = admin.registerOrganisation(
                OrganisationSpec.of("TRAINING_PROVIDER", "Shop Floor School " + run, "EVA-" + run + "-PROV", "DE21"));
        coordinator.activateMembership(coordinator.applyForMembership(alliance, provider, "PROVIDER"));
        Map<String, UUID> employers = new LinkedHashMap<>();
        Map<String, Session> hr = new LinkedHashMap<>();
        int headcount = 20;
        for (String e : List.of("A", "B", "C")) {
            UUID employer = admin.registerOrganisation(OrganisationSpec.employer(
                    "Employer " + e + " " + run, "EVA-" + run + "-" + e, "DE21", "C25.62", headcount));
            headcount += 10;
            coordinator.activateMembership(coordinator.applyForMembership(alliance, employer, "MEMBER_EMPLOYER"));
            employers.put(e, employer);
            hr.put(e, invite(employer, "hr-" + e.toLowerCase(), "member-admin"));
        }
        // D, a member whose staff did not attend cohort X
        UUID employerD = admin.registerOrganisation(
                OrganisationSpec.employer("Employer D " + run, "EVA-" + run + "-D", "DE21", "C25.62", 15));
        coordinator.activateMembership(coordinator.applyForMembership(alliance, employerD, "MEMBER_EMPLOYER"));
        hr.put("D", invite(employerD, "hr-d", "member-admin"));
        // staff: a1..a4 at A, b1..b3 at B, c1..c2 at C
        Map<String, UUID> staff = new LinkedHashMap<>();
        for (String key : List.of("a1", "a2", "a3", "a4", "b1", "b2", "b3", "c1", "c2")) {
            UUID employer = employers.get(key.substring(0, 1).toUpperCase());
            staff.put(
                    key,
                    admin.registerStaff(StaffSpec.of(
                            employer, "Shop", "Floor" + key, key + "-" + run + "@evaluation.example", "2019-01-07")));
        }

        // a 20-hour DIGITAL course
        UUID skill = coordinator.addSkill("EVA-" + run + "-LEAN", "Lean production", "DIGITAL", null);
        UUID course = PlatformPeople.eventually(() -> admin.draftCourse(new CourseSpec(
                alliance,
                "LEAN-200",
                "Lean production",
                "Lean methods on the shop floor.",
                provider,
                "IN_PERSON",
                new BigDecimal("20"),
                List.of(new CourseSpec.SkillTarget(skill, 2)),
                List.of("DIGITAL"),
                null)));
        PlatformPeople.eventually(() -> coordinator.publishCourse(course));

        // programme P, k = 2: 50% of a completed seat's cost (no wage subsidy); each employer awarded 300,000
        UUID programme = funder.draftProgramme(new ProgrammeSpec(
                funderOrg,
                "Lean fund " + run,
                "EUR",
                1_000_000,
                today.minusDays(200).toString(),
                today.plusDays(165).toString(),
                List.of(alliance),
                List.of("SMALL"),
                List.of("C"),
                List.of(),
                List.of("DIGITAL"),
                List.of(ProgrammeSpec.BandRule.of("SMALL", "0.5", 0, "0.1")),
                100_000L,
                500_000L,
                2));
        funder.openProgramme(programme, funderOrg);
        for (UUID employer : employers.values()) {
            UUID application = PlatformPeople.eventually(() ->
                    admin.applyForGrant(new ApplicationSpec(programme, employer, "EMPLOYER", null, 300_000, "EUR")));
            funder.reviewApplication(application, funderOrg);
            funder.award(application, funderOrg, 300_000, "EUR");
        }

        // cohort X ended 95 days ago: 900,000 for the cohort, 9 seats (100,000 each, per seat)
        LocalDate start = today.minusDays(97);
        LocalDate end = today.minusDays(95);
        List<Map<String, Object>> seats = List.of(
                seat(staff.get("a1"), employers.get("A"), start, "COMPLETED", "20", 5, "Clear and practical."),
                seat(staff.get("a2"), employers.get("A"), start, "COMPLETED", "20", 4, "Good pace."),
                seat(staff.get("a3"), employers.get("A"), start, "COMPLETED", "20", 4, null),
                seat(staff.get("a4"), employers.get("A"), start, "COMPLETED", "18", 3, "Too much theory."),
                seat(staff.get("b1"), employers.get("B"), start, "COMPLETED", "20", 4, "Applied it the next day."),
                seat(staff.get("b2"), employers.get("B"), start, "COMPLETED", "20", 5, null),
                seat(staff.get("b3"), employers.get("B"), start, "NOT_COMPLETED", "10", 2, "Shift clashes."),
                seat(staff.get("c1"), employers.get("C"), start, "COMPLETED", "20", 4, "Well organised."),
                seat(staff.get("c2"), employers.get("C"), start, "NO_SHOW", "0", null, null));
        Map<String, Object> cohortX = new LinkedHashMap<>();
        cohortX.put("importKey", "X-" + run);
        cohortX.put("courseId", course);
        cohortX.put("startDate", start.toString());
        cohortX.put("endDate", end.toString());
        cohortX.put("capacity", 9);
        cohortX.put("cost", Map.of("pricing", "TOTAL", "amountMinor", 900_000, "currency", "EUR"));
        cohortX.put("seats", seats);
        Map<String, Object> history =
                Map.of("allianceId", alliance, "organiserId", association, "cohorts", List.of(cohortX));
        ApiResponse imported = await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> coordinator.post("/api/cohorts/history", history),
                        r -> r.status() != 422 && r.status() != 403);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        UUID cohort = UUID.fromString(
                imported.json().path("cohorts").get(0).path("cohortId").asString());
        Map<UUID, UUID> enrolmentOfStaff = new LinkedHashMap<>();
        coordinator.enrolmentsOfCohort(cohort).forEach(e -> enrolmentOfStaff.put(e.staffId(), e.id()));
        assertThat(enrolmentOfStaff).hasSize(9);

        // the claims funding-service made from the completions: A 4 x 50,000, B 2 x 50,000, C 1 x 50,000; all paid
        List<JsonNode> claims = await().atMost(PATIENCE)
                .until(
                        () -> funder.claims(programme),
                        c -> c.size() == 3
                                && c.stream()
                                                .mapToLong(x ->
                                                        x.path("claimedMinor").asLong())
                                                .sum()
                                        == 350_000);
        for (JsonNode claim : claims) {
            UUID id = UUID.fromString(claim.path("id").asString());
            funder.approveClaim(id, funderOrg);
            assertThat(funder.payClaim(id, funderOrg).path("status").asString()).isEqualTo("PAID");
        }

        // Reaction: 8 respondents (the no-show gave none) >= k 5, so the coordinator reads the comments, sorted,
        // without names or ids
        JsonNode feedback = await().atMost(PATIENCE)
                .until(() -> coordinator.get("/api/cohorts/" + cohort + "/feedback"), r -> r.status() == 200)
                .json();
        assertThat(feedback.path("respondents").asInt()).isEqualTo(8);
        assertThat(feedback.path("suppressed").asBoolean()).isFalse();
        // (5 + 4 + 4 + 3 + 4 + 5 + 2 + 4) / 8 = 31 / 8 = 3.875 -> 3.88
        assertThat(feedback.path("meanSatisfaction").decimalValue()).isEqualByComparingTo("3.88");
        assertThat(texts(feedback.path("comments")))
                .containsExactly(
                        "Applied it the next day.",
                        "Clear and practical.",
                        "Good pace.",
                        "Shift clashes.",
                        "Too much theory.",
                        "Well organised.");
        assertThat(hr.get("A").get("/api/cohorts/" + cohort + "/feedback").status())
                .isEqualTo(403);

        // Behaviour: HR sees its completed seats' follow-ups due (the window is open: 60 to 180 days after the end)
        List<JsonNode> dueAtA = items(PlatformPeople.eventually(
                () -> Session.expect(hr.get("A").get("/api/follow-ups?status=DUE&cohortId=" + cohort), 200)));
        assertThat(dueAtA).hasSize(4);
        assertThat(dueAtA.getFirst().path("windowOpens").asString())
                .isEqualTo(end.plusDays(60).toString());
        assertThat(dueAtA.getFirst().path("windowCloses").asString())
                .isEqualTo(end.plusDays(180).toString());
        rate(hr.get("A"), enrolmentOfStaff.get(staff.get("a1")), 5);
        rate(hr.get("A"), enrolmentOfStaff.get(staff.get("a2")), 4);
        rate(hr.get("A"), enrolmentOfStaff.get(staff.get("a3")), 2);
        rate(hr.get("B"), enrolmentOfStaff.get(staff.get("b1")), 3);
        rate(hr.get("C"), enrolmentOfStaff.get(staff.get("c1")), 4);
        assertThat(items(hr.get("A").get("/api/follow-ups?status=DONE&cohortId=" + cohort)))
                .hasSize(3);
        // refused, nothing written: a seat not completed; a rating of 6; another employer's seat
        ApiResponse notCompleted =
                hr.get("B").put("/api/follow-ups/" + enrolmentOfStaff.get(staff.get("b3")), Map.of("rating", 4));
        assertThat(notCompleted.status()).as(notCompleted.toString()).isEqualTo(422);
        ApiResponse six =
                hr.get("B").put("/api/follow-ups/" + enrolmentOfStaff.get(staff.get("b2")), Map.of("rating", 6));
        assertThat(six.status()).as(six.toString()).isEqualTo(400);
        assertThat(six.body()).contains("rating");
        ApiResponse othersSeat =
                hr.get("B").put("/api/follow-ups/" + enrolmentOfStaff.get(staff.get("a4")), Map.of("rating", 4));
        assertThat(othersSeat.status()).as(othersSeat.toString()).isEqualTo(404);
        assertThat(items(hr.get("B").get("/api/follow-ups?status=DONE&cohortId=" + cohort)))
                .extracting(f -> f.path("rating").asInt())
                .containsExactly(3);
        assertThat(items(hr.get("A").get("/api/follow-ups?status=DUE&cohortId=" + cohort)))
                .extracting(f -> f.path("enrolmentId").asString())
                .containsExactly(enrolmentOfStaff.get(staff.get("a4")).toString());

        // Results: wage costs and measures (A's first measure entered with 50% attribution, then corrected to 60%)
        String results = "/api/cohort-results/" + cohort;
        ok(hr.get("A").put(results + "/wage-cost", Map.of("hourlyWageCostMinor", 3_000, "currency", "EUR")));
        ok(hr.get("B").put(results + "/wage-cost", Map.of("hourlyWageCostMinor", 2_500, "currency", "EUR")));
        ok(hr.get("C").put(results + "/wage-cost", Map.of("hourlyWageCostMinor", 4_000, "currency", "EUR")));
        JsonNode added = ok(hr.get("A")
                        .post(
                                results + "/measures",
                                measure("orders processed per month", "orders", "1200", "1450", true, 6_000, 50, 80)))
                .json();
        UUID a1 = UUID.fromString(added.path("measures").get(0).path("id").asString());
        JsonNode corrected = ok(hr.get("A")
                        .put(
                                results + "/measures/" + a1,
                                measure("orders processed per month", "orders", "1200", "1450", true, 6_000, 60, 80)))
                .json();
        // 250 x 6,000 x 0.60 x 0.80 = 720,000
        assertThat(corrected.path("measures").get(0).path("benefitPerYearMinor").asLong())
                .isEqualTo(720_000);
        ok(hr.get("A")
                .post(
                        results + "/measures",
                        measure("customer complaints per month", "complaints", "30", "22", false, 5_000, 33, 70)));
        JsonNode atB = ok(hr.get("B")
                        .post(results + "/measures", measure("scrap rate", "%", "4.5", "3.2", false, 250_003, 70, 85)))
                .json();
        ok(hr.get("B")
                .post(results + "/measures", measure("on-time deliveries", "%", "92", "90", true, 10_000, 50, 50)));
        // refused, nothing written: attribution above 100, a negative unit value, a cohort none of its staff attended
        ApiResponse attribution =
                hr.get("C").post(results + "/measures", measure("rework", "hours", "10", "5", false, 100, 101, 50));
        assertThat(attribution.status()).as(attribution.toString()).isEqualTo(400);
        assertThat(attribution.body()).contains("attributionPercent");
        ApiResponse negative =
                hr.get("C").post(results + "/measures", measure("rework", "hours", "10", "5", false, -1, 50, 50));
        assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
        assertThat(negative.body()).contains("unitValueMinor");
        ApiResponse notAttended =
                hr.get("D").post(results + "/measures", measure("rework", "hours", "10", "5", false, 100, 50, 50));
        assertThat(notAttended.status()).as(notAttended.toString()).isEqualTo(422);
        assertThat(notAttended.body()).contains("cohortId");
        assertThat(ok(hr.get("C").get(results)).json().path("measures")).isEmpty();
        // tenancy: B cannot touch A's measure, nor read A's ROI
        ApiResponse othersMeasure = hr.get("B")
                .put(
                        results + "/measures/" + a1,
                        measure("orders processed per month", "orders", "1", "2", true, 1, 1, 1));
        assertThat(othersMeasure.status()).as(othersMeasure.toString()).isEqualTo(404);
        assertThat(hr.get("B")
                        .get("/api/reports/employers/" + employers.get("A") + "/roi")
                        .status())
                .isEqualTo(404);
        // every change is kept: who, when, before and after
        List<JsonNode> changes = items(ok(hr.get("A").get(results + "/changes")));
        assertThat(changes)
                .extracting(c -> c.path("action").asString())
                .containsExactly("WAGE_COST_SET", "MEASURE_ADDED", "MEASURE_CORRECTED", "MEASURE_ADDED");
        assertThat(changes.get(2).path("before").path("attributionPercent").asInt())
                .isEqualTo(50);
        assertThat(changes.get(2).path("after").path("attributionPercent").asInt())
                .isEqualTo(60);
        assertThat(atB.path("revision").asInt()).isEqualTo(2);

        // The funder's impact report: transfer rate 3 / 5; ROI of the programme (grant added back as a cost)
        JsonNode report = PlatformPeople.readUntil(() -> funder.impactReport(programme), r -> {
            JsonNode evaluation = r.path("evaluation");
            return evaluation.path("followUpsRecorded").asLong() == 5
                    && evaluation.path("roi").path("employersReported").asLong() == 2
                    && evaluation.path("roi").path("employersWithoutWageCost").asLong() == 0
                    && evaluation.path("roi").path("benefitsMinor").asLong() == 922_617
                    && r.path("grantDisbursedMinor").asLong() == 350_000;
        });
        JsonNode evaluation = report.path("evaluation");
        assertThat(evaluation.path("followUpsRatedFourOrFive").asLong()).isEqualTo(3);
        assertThat(evaluation.path("transferRate").decimalValue()).isEqualByComparingTo("0.6000");
        JsonNode roi = evaluation.path("roi");
        assertThat(roi.path("suppressed").asBoolean()).isFalse();
        assertThat(roi.path("employersInScope").asLong()).isEqualTo(3);
        assertThat(roi.path("reportedShare").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(roi.path("trainingCostMinor").asLong()).isEqualTo(900_000);
        assertThat(roi.path("wageCostMinor").asLong()).isEqualTo(439_000);
        assertThat(roi.path("allGrantsDisbursedMinor").asLong()).isEqualTo(350_000);
        assertThat(roi.path("costsMinor").asLong()).isEqualTo(1_339_000);
        assertThat(roi.path("roiPercent").decimalValue()).isEqualByComparingTo("-31.1");
        assertThat(roi.path("benefitCostRatio").decimalValue()).isEqualByComparingTo("0.69");
        assertThat(evaluation.path("cohorts")).hasSize(1);
        assertThat(evaluation
                        .path("cohorts")
                        .get(0)
                        .path("roi")
                        .path("benefitsMinor")
                        .asLong())
                .isEqualTo(922_617);

        // A funder's system asks "has it changed?" through the gateway: 304 and no body while nothing moved
        String impact = "/api/reports/programmes/" + programme + "/impact";
        AtomicReference<String> tag = new AtomicReference<>(funder.get(impact).header("ETag"));
        ApiResponse notModified = PlatformPeople.readUntil(
                () -> {
                    ApiResponse answer = funder.get(impact, Map.of("If-None-Match", tag.get()));
                    if (answer.status() == 200) {
                        tag.set(answer.header("ETag"));
                    }
                    return answer;
                },
                answer -> answer.status() == 304);
        assertThat(notModified.body()).isNullOrEmpty();

        // Each employer's own ROI (the grant it received taken off its costs)
        assertEmployerRoi(hr.get("A"), employers.get("A"), 729_240, 434_000, "68.0", "1.68");
        assertEmployerRoi(hr.get("B"), employers.get("B"), 193_377, 325_000, "-40.5", "0.60");
        assertEmployerRoi(hr.get("C"), employers.get("C"), 0, 230_000, "-100.0", "0.00");

        // The coordinator's overview: the alliance's ROI is suppressed (2 employers reported, fewer than 5), its
        // transfer rate is not
        JsonNode overview = coordinator
                .get("/api/reports/alliances/" + alliance + "/overview")
                .json()
                .path("evaluation");
        assertThat(overview.path("transferRate").decimalValue()).isEqualByComparingTo("0.6000");
        assertThat(overview.path("roi").path("suppressed").asBoolean()).isTrue();
        assertThat(overview.path("roi").path("benefitsMinor").isNull()).isTrue();
        assertThat(overview.path("roi").path("roiPercent").isNull()).isTrue();
    }

    private void assertEmployerRoi(
            Session hr, UUID employer, long benefits, long costs, String roiPercent, String benefitCostRatio) {
        JsonNode roi = PlatformPeople.readUntil(
                        () -> hr.get("/api/reports/employers/" + employer + "/roi"),
                        r -> r.status() == 200
                                && r.json().path("cohorts").size() == 1
                                && r.json()
                                                .path("cohorts")
                                                .get(0)
                                                .path("benefitsMinor")
                                                .asLong()
                                        == benefits)
                .json();
        JsonNode row = roi.path("cohorts").get(0);
        assertThat(row.path("costsMinor").asLong()).as(row.toString()).isEqualTo(costs);
        assertThat(row.path("roiPercent").decimalValue()).as(row.toString()).isEqualByComparingTo(roiPercent);
        assertThat(row.path("benefitCostRatio").decimalValue())
                .as(row.toString())
                .isEqualByComparingTo(benefitCostRatio);
    }

    private static void rate(Session hr, UUID enrolment, int rating) {
        ApiResponse recorded = hr.put("/api/follow-ups/" + enrolment, Map.of("rating", rating));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().path("status").asString()).isEqualTo("DONE");
    }

    private static Map<String, Object> measure(
            String name,
            String unit,
            String before,
            String after,
            boolean higherIsBetter,
            long unitValueMinor,
            int attributionPercent,
            int confidencePercent) {
        Map<String, Object> measure = new LinkedHashMap<>();
        measure.put("name", name);
        measure.put("unit", unit);
        measure.put("valueBefore", new BigDecimal(before));
        measure.put("valueAfter", new BigDecimal(after));
        measure.put("higherIsBetter", higherIsBetter);
        measure.put("unitValueMinor", unitValueMinor);
        measure.put("currency", "EUR");
        measure.put("attributionPercent", attributionPercent);
        measure.put("confidencePercent", confidencePercent);
        return measure;
    }

    private static Map<String, Object> seat(
            UUID staffId,
            UUID employerId,
            LocalDate start,
            String outcome,
            String hours,
            Integer satisfaction,
            String comment) {
        Map<String, Object> seat = new LinkedHashMap<>();
        seat.put("staffId", staffId);
        seat.put("employerId", employerId);
        seat.put("enrolledOn", start.minusDays(14).toString());
        seat.put("outcome", outcome);
        seat.put("attendedHours", new BigDecimal(hours));
        seat.put("satisfaction", satisfaction);
        seat.put("comment", comment);
        seat.put("credentialAwarded", false);
        return seat;
    }

    /** The items of a list answer, paged ({@code items}) or plain. */
    private static List<JsonNode> items(ApiResponse response) {
        JsonNode json = Session.expect(response, 200).json();
        JsonNode items = json.has("items") ? json.path("items") : json;
        List<JsonNode> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asString()));
        return texts;
    }

    private static ApiResponse ok(ApiResponse response) {
        return Session.expect(response, 200, 201);
    }

    /** Invites a person by Keycloak's email, sets the password through its link as a browser would, and logs in. */
    private Session invite(UUID organisation, String name, String role) {
        String username = "eva-" + run + "-" + name;
        String address = username + "@evaluation.example";
        admin.invite(organisation, new InvitationSpec(username, address, "Eval", "Uation", role, null));
        return PlatformPeople.acceptInvitation(platform, api, username, address, password);
    }
}
