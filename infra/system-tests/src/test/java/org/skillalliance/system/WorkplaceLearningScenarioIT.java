package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.AllianceSpec;
import org.skillalliance.platform.demo.ApplicationSpec;
import org.skillalliance.platform.demo.DemoSeed;
import org.skillalliance.platform.demo.InvitationSpec;
import org.skillalliance.platform.demo.ObjectiveSpec;
import org.skillalliance.platform.demo.OrganisationSpec;
import org.skillalliance.platform.demo.ProfileSpec;
import org.skillalliance.platform.demo.ProgrammeSpec;
import org.skillalliance.platform.demo.Session;
import org.skillalliance.platform.demo.StaffSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 20's acceptance, through the gateway with people's real tokens: HR plans on-the-job training for Ada (skill
 * "CNC setup", target level 3, mentor Max), four sessions are logged (3.5 + 4 + 2.25 + 4.75 = 14.5 hours) and HR
 * signs it off at level 3. That raises Ada's skill record (source ON_THE_JOB), closes her gap against the
 * alliance's standard profile for machine setters (target 3), moves the alliance's objective "2 staff at level 3" from
 * 0 to 1, and yields a claim line under programme P, which pays 13.33 an hour for at most 12.5 hours a participant:
 * 1333 x 12.5 = 16662.5, rounded half up once: 16663 cents. Bea's plan, with four sessions too but never signed off,
 * moves none of it.
 */
@ExtendWith(SharedPlatform.class)
@Order(3)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkplaceLearningScenarioIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LocalPlatform platform;
    private AllianceApi api;
    private Session admin;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String password = "workplace-" + run + "-pw";
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    void onTheSharedPlatform(LocalPlatform sharedPlatform) {
        platform = sharedPlatform;
        api = new AllianceApi(platform.endpoints());
        admin = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD);
    }

    @Test
    void aSignedOffPlanRaisesTheRecordClosesTheGapMovesTheObjectiveAndIsPaidAtTheCappedRate() {
        UUID association = admin.registerOrganisation(
                OrganisationSpec.of("ASSOCIATION", "Workplace Association " + run, "OJT-" + run + "-ASSOC", "DE21"));
        Session coordinator = invite(association, "coordinator", "coordinator");
        UUID alliance = coordinator.createAlliance(
                new AllianceSpec("Workplace Alliance " + run, "SECTORAL", List.of("C25"), "DE2", "EUR", association));
        UUID funderOrg = admin.registerOrganisation(
                OrganisationSpec.of("FUNDER", "Workplace Fund " + run, "OJT-" + run + "-FUND", "DE21"));
        Session funder = invite(funderOrg, "funder", "funder");
        UUID employer = admin.registerOrganisation(
                OrganisationSpec.employer("Workshop Floor " + run, "OJT-" + run + "-EMP", "DE21", "C25.62", 20));
        coordinator.activateMembership(coordinator.applyForMembership(alliance, employer, "MEMBER_EMPLOYER"));
        Session hr = invite(employer, "hr", "member-admin");
        UUID ada = staff(employer, "Ada");
        UUID bea = staff(employer, "Bea");
        UUID max = staff(employer, "Max");

        UUID skill = coordinator.addSkill("OJT-" + run + "-CNC", "CNC machine setup", "TECHNICAL", null);
        coordinator.publishProfile(ProfileSpec.standard(
                alliance, "7223", "Machine setters " + run, List.of(new ProfileSpec.Target(skill, 3))));
        UUID objective = UUID.fromString(coordinator
                .setObjective(ObjectiveSpec.staffAtLevel(
                        alliance, "2 setters at level 3 in CNC setup", skill, 3, 2, today.plusDays(100)))
                .path("id")
                .asString());

        // programme P: 13.33 per signed-off hour, at most 12.5 hours a participant; the employer's own award
        UUID programme = openProgrammeWithOnTheJobHours(funder, funderOrg, alliance);
        UUID application =
                admin.applyForGrant(new ApplicationSpec(programme, employer, "EMPLOYER", null, 300_000, "EUR"));
        funder.reviewApplication(application, funderOrg);
        funder.award(application, funderOrg, 300_000, "EUR");

        // both plans, four sessions each, logged by HR
        UUID adasPlan = PlatformPeople.eventually(() -> plan(hr, alliance, ada, max, skill));
        UUID beasPlan = plan(hr, alliance, bea, max, skill);
        for (UUID plan : List.of(adasPlan, beasPlan)) {
            logSession(hr, plan, 20, "3.5", "setting zero points on the 5-axis mill");
            logSession(hr, plan, 15, "4", "tool length offsets");
            logSession(hr, plan, 10, "2.25", "first-article inspection");
            logSession(hr, plan, 5, "4.75", "a full changeover alone, mentor watching");
        }
        JsonNode beforeSignOff = Session.expect(hr.get("/api/workplace-learning/" + adasPlan), 200)
                .json();
        assertThat(beforeSignOff.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(beforeSignOff.path("loggedHours").decimalValue()).isEqualByComparingTo("14.5");
        assertThat(beforeSignOff.path("sessions").asInt()).isEqualTo(4);
        // without a sign-off: no record, the gap open, the objective at 0
        assertThat(onTheJobRecords(hr, ada)).isEmpty();
        assertThat(gapIn(hr.staffGaps(ada, alliance), skill)).isEqualTo(3);
        assertThat(coordinator
                        .objective(objective)
                        .path("progress")
                        .path("current")
                        .decimalValue())
                .isEqualByComparingTo("0");

        // HR signs Ada off at level 3
        JsonNode signedOff = Session.expect(
                        hr.post(
                                "/api/workplace-learning/" + adasPlan + "/sign-off",
                                Map.of("levelReached", 3, "evidence", "changeover of the 5-axis mill in 25 minutes")),
                        200)
                .json();
        assertThat(signedOff.path("status").asString()).isEqualTo("SIGNED_OFF");
        assertThat(signedOff.path("signedOffBy").asString()).isEqualTo("HR");

        // the record, the gap, the objective: curriculum-service's own, in the sign-off's transaction
        List<JsonNode> records = onTheJobRecords(hr, ada);
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().path("level").asInt()).isEqualTo(3);
        assertThat(records.getFirst().path("skillId").asString()).isEqualTo(skill.toString());
        assertThat(gapIn(hr.staffGaps(ada, alliance), skill)).isZero();
        assertThat(gapIn(hr.staffGaps(bea, alliance), skill))
                .as("Bea's plan is not signed off")
                .isEqualTo(3);
        assertThat(coordinator
                        .objective(objective)
                        .path("progress")
                        .path("current")
                        .decimalValue())
                .isEqualByComparingTo("1");

        // the claim: funding-service hears of the sign-off; one line for Ada, none for Bea
        JsonNode claim = PlatformPeople.readUntil(
                        () -> funder.claims(programme).stream()
                                .filter(c -> c.path("cohortId").isNull())
                                .toList(),
                        claims -> !claims.isEmpty())
                .getFirst();
        assertThat(claim.path("employerId").asString()).isEqualTo(employer.toString());
        assertThat(claim.path("workplaceLines")).hasSize(1);
        JsonNode line = claim.path("workplaceLines").get(0);
        assertThat(line.path("learningId").asString()).isEqualTo(adasPlan.toString());
        assertThat(line.path("staffId").asString()).isEqualTo(ada.toString());
        assertThat(line.path("kind").asString()).isEqualTo("ON_THE_JOB");
        assertThat(line.path("hours").decimalValue())
                .as("14.5 logged, capped at 12.5")
                .isEqualByComparingTo("12.5");
        assertThat(line.path("amountMinor").asLong())
                .as("1333 x 12.5 = 16662.5, half up")
                .isEqualTo(16_663);
        assertThat(claim.path("claimedMinor").asLong()).isEqualTo(16_663);
        assertThat(claim.toString()).doesNotContain(beasPlan.toString());
    }

    /** Programme P: the funding rules every programme has, and scheme rule {@code onTheJob}. */
    private UUID openProgrammeWithOnTheJobHours(Session funder, UUID funderOrg, UUID alliance) {
        ProgrammeSpec spec = new ProgrammeSpec(
                funderOrg,
                "Learning at work fund " + run,
                "EUR",
                1_000_000,
                today.minusDays(60).toString(),
                today.plusDays(300).toString(),
                List.of(alliance),
                List.of("SMALL"),
                List.of(),
                List.of(),
                List.of(),
                List.of(ProgrammeSpec.BandRule.of("SMALL", "0.5", 0, "0.1")),
                100_000L,
                500_000L,
                2);
        Map<String, Object> body = new HashMap<>(JSON.convertValue(spec, Map.class));
        Map<String, Object> onTheJob = new LinkedHashMap<>();
        onTheJob.put("ratePerHourMinor", 1333);
        onTheJob.put("maxHoursPerParticipant", new BigDecimal("12.5"));
        onTheJob.put("requiresOffTheJob", false);
        body.put("schemeRules", Map.of("onTheJob", onTheJob));
        UUID programme = UUID.fromString(Session.expect(funder.post("/api/programmes", body), 201)
                .json()
                .path("id")
                .asString());
        funder.openProgramme(programme, funderOrg);
        return programme;
    }

    private UUID plan(Session hr, UUID alliance, UUID learner, UUID mentor, UUID skill) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("kind", "ON_THE_JOB");
        plan.put("allianceId", alliance);
        plan.put("staffId", learner);
        plan.put("skillId", skill);
        plan.put("targetLevel", 3);
        plan.put("mentorStaffId", mentor);
        plan.put("plannedHours", new BigDecimal("16"));
        plan.put("startsOn", today.minusDays(30).toString());
        plan.put("endsOn", today.plusDays(30).toString());
        return UUID.fromString(Session.expect(hr.post("/api/workplace-learning", plan), 201)
                .json()
                .path("id")
                .asString());
    }

    private static void logSession(Session hr, UUID plan, int daysAgo, String hours, String practised) {
        Session.expect(
                hr.post(
                        "/api/workplace-learning/" + plan + "/sessions",
                        Map.of(
                                "date",
                                LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo).toString(),
                                "hours",
                                new BigDecimal(hours),
                                "practised",
                                practised)),
                201);
    }

    private static List<JsonNode> onTheJobRecords(Session hr, UUID staffId) {
        return hr.skillRecords("staffId=" + staffId).stream()
                .filter(record -> record.path("source").asString().equals("ON_THE_JOB"))
                .toList();
    }

    /** The staff member's gap in the skill: 0 where the answer lists none. */
    private static int gapIn(JsonNode staffGaps, UUID skill) {
        return staffGaps
                .path("skills")
                .valueStream()
                .filter(gap -> gap.path("skillId").asString().equals(skill.toString()))
                .mapToInt(gap -> gap.path("gap").asInt())
                .sum();
    }

    private UUID staff(UUID employer, String firstName) {
        return admin.registerStaff(new StaffSpec(
                employer,
                firstName,
                "Setter",
                firstName.toLowerCase() + "-" + run + "@workplace.example",
                "7223",
                "2019-01-07",
                false,
                null,
                null));
    }

    private Session invite(UUID organisation, String name, String role) {
        String username = "ojt-" + run + "-" + name;
        String address = username + "@workplace.example";
        admin.invite(organisation, new InvitationSpec(username, address, "Work", "Place", role));
        return PlatformPeople.acceptInvitation(platform, api, username, address, password);
    }
}
