package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.MailServer;
import org.skillalliance.platform.PlatformEndpoints;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.AllianceSpec;
import org.skillalliance.platform.demo.ApiResponse;
import org.skillalliance.platform.demo.ApplicationSpec;
import org.skillalliance.platform.demo.CohortSpec;
import org.skillalliance.platform.demo.CourseSpec;
import org.skillalliance.platform.demo.CsvReport;
import org.skillalliance.platform.demo.DemoSeed;
import org.skillalliance.platform.demo.DemoSummary;
import org.skillalliance.platform.demo.Enrolment;
import org.skillalliance.platform.demo.Invitation;
import org.skillalliance.platform.demo.InvitationSpec;
import org.skillalliance.platform.demo.ObjectiveSpec;
import org.skillalliance.platform.demo.OrganisationSpec;
import org.skillalliance.platform.demo.OutcomeSpec;
import org.skillalliance.platform.demo.ProfileSpec;
import org.skillalliance.platform.demo.ProgrammeSpec;
import org.skillalliance.platform.demo.Session;
import org.skillalliance.platform.demo.StaffSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform, started exactly as {@code ./alliance up} starts it (embedded PostgreSQL, a Kafka broker process,
 * Keycloak with the demo realm, the four services and the gateway from their jars), driven only through the gateway
 * with real Keycloak tokens of the people themselves (password grant). The platform is the JVM's {@link SharedPlatform};
 * this class runs first on it ({@code @Order(1)}), since its seed must find the platform empty and its figures are exact.
 *
 * <p>First the demo seed runs and its summary is checked for consistency. Then the six journeys of DESIGN section 1
 * are walked in an alliance and programme of their own, with a small hand-made data set whose every report figure is
 * worked out below from DESIGN section 3; and issue 7's acceptance through the gateway (a member-admin's tenancy, the
 * gateway's 401, a funder confined to its own programmes).
 *
 * <p>The journeys build on each other (one platform, one story), so they run in order; a failing journey makes the
 * later ones fail too. Events reach the other services through Kafka: every cross-service effect is awaited with
 * Awaitility, never slept for.
 */
@ExtendWith(SharedPlatform.class)
@Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndJourneysIT {

    private static final Duration PATIENCE = PlatformPeople.PATIENCE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LocalPlatform platform;
    private PlatformEndpoints endpoints;
    private AllianceApi api;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String password = "journeys-" + run + "-pw";

    // the story's cast, filled in as the journeys go
    private Session admin;
    private Session coordinator;
    private Session provider;
    private Session funder;
    private Session otherFunder;
    private final Map<String, Session> hr = new LinkedHashMap<>();
    private UUID association;
    private UUID alliance;
    private String allianceName;
    private UUID providerOrg;
    private UUID funderOrg;
    private UUID otherFunderOrg;
    private final Map<String, UUID> employers = new LinkedHashMap<>();
    private final Map<String, UUID> staff = new LinkedHashMap<>();
    private final Map<String, String> staffEmails = new LinkedHashMap<>();
    private final List<String> staffNames = new ArrayList<>();
    private final Map<String, UUID> enrolments = new LinkedHashMap<>();
    private UUID skillDigital;
    private UUID skillTechnical;
    private String escoUri;
    private UUID course;
    private String courseCode;
    private UUID cohort;
    private UUID programme;
    private UUID otherProgramme;
    private UUID award;
    private UUID hydraulicsCourse;
    private UUID hydraulicsCohort;
    private UUID levelObjective;
    private Session learner;

    /** The JVM's shared platform, as the command starts it; this class runs first on it (it needs it unseeded). */
    @BeforeAll
    void onThePlatformAsTheCommandStartsIt(LocalPlatform sharedPlatform) {
        platform = sharedPlatform;
        endpoints = platform.endpoints();
        api = new AllianceApi(endpoints);
        admin = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD);
    }

    // ------------------------------------------------------------------------------------------------ the demo seed

    @Test
    @Order(0)
    void theDemoSeedBuildsAConsistentAllianceAndItsReport() {
        Instant began = Instant.now();
        DemoSummary demo = DemoSeed.run(endpoints, System.out);
        System.out.printf(
                "demo seed took %.1f s%n%s%n",
                Duration.between(began, Instant.now()).toMillis() / 1000.0, demo.describe());

        assertThat(demo.alreadySeeded()).isFalse();
        assertThat(demo.users())
                .extracting(DemoSummary.DemoUser::role)
                .contains("alliance-admin", "coordinator", "provider", "funder", "member-admin", "learner");
        assertThat(demo.users()).hasSizeGreaterThanOrEqualTo(17);
        // every demo login works with the password printed beside it
        for (DemoSummary.DemoUser user : demo.users()) {
            assertThat(api.login(user.username(), user.password()).username()).isEqualTo(user.username());
        }
        // the demo learner is linked to a staff record: their own enrolments, one with a credential, and no one else's
        Session demoLearner = api.login(DemoSeed.LEARNER, DemoSeed.PASSWORD);
        String learnerStaff = claims(demoLearner.accessToken()).path("staff_id").asString();
        List<JsonNode> ownEnrolments = demoLearner.all("/api/enrolments");
        assertThat(ownEnrolments)
                .isNotEmpty()
                .allMatch(e -> e.path("staffId").asString().equals(learnerStaff));
        JsonNode badged = ownEnrolments.stream()
                .filter(e -> e.path("outcome").path("credentialAwarded").asBoolean())
                .findFirst()
                .orElseThrow();
        assertThat(demoLearner
                        .credential(UUID.fromString(badged.path("id").asString()))
                        .toString())
                .contains("OpenBadgeCredential");

        JsonNode report = demo.impactReport();
        assertThat(report.path("programmeId").asString())
                .isEqualTo(demo.programmeId().toString());
        for (String figure : List.of(
                "participants",
                "employersServed",
                "enrolments",
                "completions",
                "credentials",
                "seatsWithSkillGain",
                "grantCommittedMinor",
                "grantDisbursedMinor",
                "totalTrainingCostMinor",
                "employerContributionMinor")) {
            assertThat(report.path(figure).asLong()).as(figure).isPositive();
        }
        long outcomes = report.path("outcomesRecorded").asLong();
        assertThat(report.path("completions").asLong()
                        + report.path("notCompleted").asLong()
                        + report.path("noShows").asLong())
                .isEqualTo(outcomes);
        assertThat(report.path("participants").asLong())
                .isLessThanOrEqualTo(report.path("enrolments").asLong());
        assertThat(report.path("completionRate").decimalValue())
                .isEqualByComparingTo(rate(report.path("completions").asLong(), outcomes));
        assertThat(report.path("credentialRate").decimalValue())
                .isEqualByComparingTo(rate(report.path("credentials").asLong(), outcomes));
        assertThat(report.path("grantDisbursedMinor").asLong())
                .isLessThanOrEqualTo(report.path("grantCommittedMinor").asLong());
        // contribution = training cost - disbursed (both whole minor units here, so exactly)
        assertThat(report.path("employerContributionMinor").asLong())
                .isEqualTo(report.path("totalTrainingCostMinor").asLong()
                        - report.path("grantDisbursedMinor").asLong());
        assertThat(report.path("leverage").decimalValue()).isPositive();
        assertThat(report.path("seatsWithoutCostShares").asLong()).isZero();
        assertThat(report.path("meanSatisfaction").decimalValue()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(5));
        // breakdowns by size band, sector and region show some cells and suppress others
        List<JsonNode> cells = new ArrayList<>();
        for (String dimension : List.of("sizeBand", "sector", "region")) {
            report.path("breakdowns").path(dimension).forEach(cells::add);
        }
        assertThat(cells).anyMatch(cell -> cell.path("suppressed").asBoolean());
        assertThat(cells)
                .anyMatch(cell -> !cell.path("suppressed").asBoolean()
                        && cell.path("participants").asLong() >= 5);
        assertThat(demo.describe()).contains("Demo users:", "hr-feinwerk", "participants", "leverage");

        // skills needs: standard profiles for the staff's ISCO-08 job roles, levels from all three sources, the
        // anonymised gap map and two objectives
        DemoSummary.SkillsNeeds needs = demo.skillsNeeds();
        UUID demoAlliance = admin.findAlliance(demo.allianceName()).orElseThrow();
        List<JsonNode> standards = admin.all("/api/skills/profiles?allianceId=" + demoAlliance + "&scope=STANDARD");
        assertThat(standards)
                .hasSize((int) needs.standardProfiles())
                .hasSizeGreaterThanOrEqualTo(10)
                .allMatch(p -> !p.path("jobRoleTitle").asString().isBlank()
                        && !p.path("skills").isEmpty());
        assertThat(needs.records().get("COURSE")).isPositive();
        assertThat(needs.records().get("MANAGER")).isGreaterThan(needs.records().get("SELF"));
        assertThat(needs.records().get("SELF")).isPositive();
        JsonNode map = needs.gapMap();
        assertThat(map.path("allianceId").asString()).isEqualTo(demoAlliance.toString());
        assertThat(map.path("k").asInt()).isEqualTo(5);
        // every active staff member of the member employers is covered: as many as member-service lists
        long demoStaff = admin.all("/api/memberships?allianceId=" + demoAlliance).stream()
                .filter(m -> m.path("role").asString().equals("MEMBER_EMPLOYER"))
                .mapToLong(m -> admin.count(
                        "/api/staff?employerId=" + m.path("organisationId").asString()))
                .sum();
        assertThat(map.path("staffCovered").path("value").asLong())
                .isEqualTo(demoStaff)
                .isGreaterThan(100);
        assertThat(map.path("skills"))
                .anyMatch(r -> !r.path("suppressed").asBoolean()
                        && r.path("staffBelowTarget").asInt() >= map.path("k").asInt());
        assertAnonymised(map, List.of(), List.of());
        assertThat(needs.objectives()).hasSize(2);
        for (JsonNode objective : needs.objectives()) {
            JsonNode progress = objective.path("progress");
            if (objective.path("kind").asString().equals("STAFF_AT_LEVEL")) {
                // set today: the count is the baseline, and the trajectory asks for the baseline today
                assertThat(progress.path("current").asInt())
                        .isEqualTo(objective.path("baseline").asInt())
                        .isPositive();
                assertThat(progress.path("requiredNow").asInt())
                        .isEqualTo(objective.path("baseline").asInt());
                assertThat(progress.path("status").asString()).isIn("ON_TRACK", "ACHIEVED");
            } else {
                JsonNode seen = progress.path("outcomes");
                int total = seen.path("completed").asInt()
                        + seen.path("notCompleted").asInt()
                        + seen.path("noShow").asInt();
                assertThat(total).isPositive();
                assertThat(progress.path("current").decimalValue())
                        .isEqualByComparingTo(rate(seen.path("completed").asLong(), total));
                assertThat(progress.path("status").asString())
                        .isEqualTo(
                                progress.path("current")
                                                        .decimalValue()
                                                        .compareTo(progress.path("target")
                                                                .decimalValue())
                                                >= 0
                                        ? "ON_TRACK"
                                        : "BEHIND");
            }
        }
        assertThat(demo.describe()).contains("Skills needs", "standard profiles", "top gaps", "objective \"");

        // seeding again finds the alliance and writes nothing
        DemoSummary again = DemoSeed.run(endpoints, System.out);
        assertThat(again.alreadySeeded()).isTrue();
        assertThat(again.programmeId()).isEqualTo(demo.programmeId());
        assertThat(again.skillsNeeds().objectives())
                .extracting(o -> o.path("id").asString())
                .containsExactlyElementsOf(needs.objectives().stream()
                        .map(o -> o.path("id").asString())
                        .toList());
        assertThat(again.skillsNeeds().records()).isEqualTo(needs.records());
        assertThat(again.describe()).contains("Skills needs");
    }

    // --------------------------------------------------------------------------------------------------- journey 1

    /** An association creates an alliance, employers and a provider join, a funder registers; people are invited. */
    @Test
    @Order(1)
    void journey1_anAssociationCreatesAnAllianceMembersJoinAndAFunderRegisters() {
        association = admin.registerOrganisation(
                OrganisationSpec.of("ASSOCIATION", "Metalworks Association " + run, "E2E-" + run + "-A", "DE21"));
        coordinator = invite(admin, association, "coordinator", "Carla", "Conrad", "coordinator");
        // the token says who the person acts for
        assertThat(claims(coordinator.accessToken()).path("org_id").asString()).isEqualTo(association.toString());

        allianceName = "Metal and Digital Alliance " + run;
        alliance = coordinator.createAlliance(
                new AllianceSpec(allianceName, "SECTORAL", List.of("C25", "J62", "H49"), "DE2", "EUR", association));

        funderOrg = admin.registerOrganisation(
                OrganisationSpec.of("FUNDER", "Regional Skills Fund " + run, "E2E-" + run + "-F1", "DE21"));
        funder = invite(admin, funderOrg, "funder", "Frida", "Falk", "funder");
        coordinator.activateMembership(funder.applyForMembership(alliance, funderOrg, "FUNDER"));
        otherFunderOrg = admin.registerOrganisation(
                OrganisationSpec.of("FUNDER", "Other Foundation " + run, "E2E-" + run + "-F2", "DE30"));
        otherFunder = invite(admin, otherFunderOrg, "other-funder", "Otto", "Olsen", "funder");

        providerOrg = coordinator.registerOrganisation(OrganisationSpec.of(
                "TRAINING_PROVIDER", "Technical Training Institute " + run, "E2E-" + run + "-P", "DE21"));
        coordinator.activateMembership(coordinator.applyForMembership(alliance, providerOrg, "PROVIDER"));
        provider = invite(coordinator, providerOrg, "provider", "Paul", "Pohl", "provider");

        // E1 micro, E2 small, E3 medium (all eligible for the programme below); E4 large (not eligible)
        admit("E1", "Alpha Tools", "C25.62", "DE21", 8);
        admit("E2", "Beta Metal", "C25.11", "DE22", 40);
        admit("E3", "Gamma Software", "J62.01", "DE21", 120);
        admit("E4", "Delta Logistics", "H49.41", "DE30", 400);
        assertThat(admin.organisation(employers.get("E1")).path("sizeBand").asString())
                .isEqualTo("MICRO");
        assertThat(admin.organisation(employers.get("E4")).path("sizeBand").asString())
                .isEqualTo("LARGE");

        // the coordinator sees its alliance's six active memberships
        List<JsonNode> memberships = coordinator.all("/api/memberships?allianceId=" + alliance);
        assertThat(memberships)
                .hasSize(6)
                .allMatch(m -> m.path("status").asString().equals("ACTIVE"));

        // a member-admin cannot hand out a coordinator's role
        ApiResponse refused = hr.get("E1")
                .post(
                        "/api/organisations/" + employers.get("E1") + "/invitations",
                        new InvitationSpec(
                                "e2e-" + run + "-sneaky",
                                "sneaky-" + run + "@example.org",
                                "S",
                                "Neaky",
                                "coordinator"));
        assertThat(refused.status()).isIn(403, 422);
        assertThat(refused.isProblem()).isTrue();

        // the staff of the four employers, registered by their own HR (E2 by CSV)
        // with their ISCO-08 job roles (the skills-needs journey below needs them): E1 and E2 employ machine tool
        // setters (7223), E3 software developers (2512), E4 a machinery mechanic (7233) and d2, whose role HR left out
        register("E1", "a1", "Anja", "Adler", "FEMALE", "AGE_25_34", "7223");
        register("E1", "a2", "Arne", "Albers", null, null, "7223");
        // a member-admin invites a learner of its own employer, linked to her staff record; the learner logs in, may
        // not touch staff, and sees no enrolment yet (she has none)
        learner = invite(hr.get("E1"), employers.get("E1"), "learner", "Anja", "Adler", "learner", staff.get("a1"));
        assertThat(claims(learner.accessToken()).path("staff_id").asString())
                .isEqualTo(staff.get("a1").toString());
        assertThat(learner.get("/api/staff?employerId=" + employers.get("E1")).status())
                .isEqualTo(403);
        assertThat(learner.all("/api/enrolments")).isEmpty();
        CsvReport imported = hr.get("E2")
                .importStaff(
                        employers.get("E2"),
                        String.join(
                                "\n",
                                "First Name;Last Name;E-Mail;Employment Start;Job Role ISCO;Consent to reporting;Gender;Age band",
                                "Bodo;Bauer;" + email("b1") + ";2019-04-01;7223;yes;M;35-44",
                                "Berit;Brandt;" + email("b2") + ";2020-09-15;7223;no;;",
                                "Bernd;Busch;" + email("b3") + ";2015-01-01;7223;no;;",
                                "Bianca;Beck;" + email("b4") + ";2022-02-01;7223;yes;F;25-34",
                                ""));
        assertThat(imported.created()).as(imported.toString()).isEqualTo(4);
        List<String> bNames = List.of("b1", "b2", "b3", "b4");
        for (CsvReport.Row row : imported.rows()) {
            staff.put(bNames.get((int) row.line() - 2), row.id());
        }
        staffNames.addAll(List.of("Bodo", "Bauer", "Berit", "Brandt", "Bernd", "Busch", "Bianca", "Beck"));
        register("E3", "c1", "Clara", "Claussen", "FEMALE", "AGE_45_54", "2512");
        register("E3", "c2", "Cem", "Celik", null, null, "2512");
        register("E3", "c3", "Cora", "Conradi", null, null, "2512");
        register("E4", "d1", "Dirk", "Dietz", null, null, "7233");
        register("E4", "d2", "Dana", "Dorn", null, null, null);
        assertThat(hr.get("E2").staffMember(staff.get("b3")).path("jobRoleIsco").asString())
                .isEqualTo("7223");
        JsonNode d2Role = hr.get("E4").staffMember(staff.get("d2")).path("jobRoleIsco");
        assertThat(d2Role.isNull() || d2Role.isMissingNode())
                .as(d2Role.toString())
                .isTrue();
    }

    // --------------------------------------------------------------------------------------------------- journey 2

    /** The provider drafts a course mapped to skills; the coordinator publishes it and schedules a cohort. */
    @Test
    @Order(2)
    void journey2_theProviderDraftsACourseTheCoordinatorPublishesItAndSchedulesACohort() {
        escoUri = "http://data.europa.eu/esco/skill/e2e-" + run + "-predictive-maintenance";
        skillDigital = coordinator.addSkill(
                "E2E-" + run + "-PM", "Predictive maintenance with sensor data", "DIGITAL", escoUri);
        skillTechnical = coordinator.addSkill("E2E-" + run + "-HYD", "Servicing hydraulic systems", "TECHNICAL", null);

        courseCode = "DM-101";
        course = eventually(() -> provider.draftCourse(new CourseSpec(
                alliance,
                courseCode,
                "Digital maintenance",
                "Condition monitoring and predictive maintenance of machine tools.",
                providerOrg,
                "BLENDED",
                new BigDecimal("20"),
                List.of(new CourseSpec.SkillTarget(skillDigital, 3), new CourseSpec.SkillTarget(skillTechnical, 2)),
                List.of("DIGITAL"),
                "Digital Maintenance Technician")));
        // only the alliance's coordinator publishes, not the provider
        assertThat(provider.post("/api/courses/" + course + "/publish").status())
                .isEqualTo(403);
        // (403 too until curriculum-service has heard of the alliance and who coordinates it)
        JsonNode published = eventually(() -> coordinator.publishCourse(course));
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.path("skills"))
                .extracting(s -> s.path("category").asString())
                .containsExactlyInAnyOrder("DIGITAL", "TECHNICAL");

        // capacity 8, at most 3 seats per employer, EUR 9,999.99 for the whole cohort; it runs today
        cohort = coordinator.scheduleCohort(CohortSpec.of(
                course,
                association,
                today,
                today,
                today,
                today,
                8,
                4,
                3,
                new CohortSpec.Cost("TOTAL", 999_999, "EUR")));
        assertThat(coordinator.cohort(cohort).path("status").asString()).isEqualTo("PLANNED");
        assertThat(coordinator.openCohort(cohort).path("status").asString()).isEqualTo("OPEN");
        // anyone signed in finds it in the catalogue
        assertThat(hr.get("E4").cohort(cohort).path("capacity").asInt()).isEqualTo(8);
    }

    // --------------------------------------------------------------------------------------------------- journey 3

    /**
     * Employers enrol staff; seats run out; later requests wait; a withdrawal promotes the first waiter. With it,
     * issue 7's acceptance for member-admins: their own staff yes, another employer's 404.
     */
    @Test
    @Order(3)
    void journey3_employersEnrolSeatsRunOutRequestsWaitAWithdrawalPromotesTheFirstWaiter() {
        // 1, 2: E1 enrols both of its people (once curriculum-service knows them and E1's membership)
        assertThat(enrol("E1", "a1").status()).isEqualTo("CONFIRMED");
        assertThat(enrol("E1", "a2").status()).isEqualTo("CONFIRMED");
        // a repeated request returns the existing enrolment
        Enrolment repeated = hr.get("E1").enrol(cohort, employers.get("E1"), staff.get("a1"));
        assertThat(repeated.id()).isEqualTo(enrolments.get("a1"));

        // 3-6: E2 by CSV (file order is waitlist order): b1 first on its own, then a file that repeats b1
        assertThat(enrol("E2", "b1").status()).isEqualTo("CONFIRMED");
        awaitCurriculumKnows("b2", "b3", "b4");
        CsvReport bulk = hr.get("E2")
                .importEnrolments(String.join(
                        "\n",
                        "employer,staff_id,cohort",
                        row("E2", "b1"),
                        row("E2", "b2"),
                        row("E2", "b3"),
                        row("E2", "b4"),
                        ""));
        assertThat(bulk.rows())
                .extracting(CsvReport.Row::outcome)
                .containsExactly("UNCHANGED", "CREATED", "CREATED", "CREATED");
        for (int i = 1; i <= 3; i++) {
            enrolments.put(
                    List.of("b2", "b3", "b4").get(i - 1), bulk.rows().get(i).id());
        }
        // b4 is E2's fourth request: over the quota of 3, so it waits although seats are free
        assertWaiting("b4", 1);
        assertThat(hr.get("E2").enrolment(enrolments.get("b3")).status()).isEqualTo("CONFIRMED");

        // 7-9: E3 and E4 fill the cohort: 2 + 3 + 2 + 1 = 8 confirmed
        assertThat(enrol("E3", "c1").status()).isEqualTo("CONFIRMED");
        assertThat(enrol("E3", "c2").status()).isEqualTo("CONFIRMED");
        assertThat(enrol("E4", "d1").status()).isEqualTo("CONFIRMED");
        // 10, 11: the seats have run out
        Enrolment c3 = enrol("E3", "c3");
        assertThat(c3.status()).isEqualTo("WAITLISTED");
        assertThat(c3.waitlistPosition()).isEqualTo(2);
        Enrolment d2 = enrol("E4", "d2");
        assertThat(d2.status()).isEqualTo("WAITLISTED");
        assertThat(d2.waitlistPosition()).isEqualTo(3);
        List<Enrolment> all = coordinator.enrolmentsOfCohort(cohort);
        assertThat(all).filteredOn(e -> e.status().equals("CONFIRMED")).hasSize(8);
        assertThat(all).filteredOn(e -> e.status().equals("WAITLISTED")).hasSize(3);

        // issue 7: a member-admin works with its own staff, and another employer's are not there for it
        Session e1 = hr.get("E1");
        assertThat(e1.get("/api/staff/" + staff.get("a1")).status()).isEqualTo(200);
        assertThat(e1.all("/api/staff"))
                .extracting(s -> s.path("id").asString())
                .containsExactlyInAnyOrder(
                        staff.get("a1").toString(), staff.get("a2").toString());
        assertNotFound(e1.get("/api/staff/" + staff.get("b1")));
        assertNotFound(e1.post("/api/staff/" + staff.get("b1") + "/leave", Map.of("employmentEnd", today.toString())));
        assertNotFound(e1.get("/api/enrolments/" + enrolments.get("b1")));
        assertNotFound(e1.post(
                "/api/enrolments/" + enrolments.get("b2") + "/withdraw", Map.of("employerId", employers.get("E2"))));
        // enrolling for another employer is refused for who the caller is; a CSV row of another employer on its own
        ApiResponse forOther = e1.post(
                "/api/enrolments",
                Map.of("cohortId", cohort, "employerId", employers.get("E2"), "staffId", staff.get("b2")));
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(forOther.isProblem()).isTrue();
        CsvReport foreignRow = e1.importEnrolments("employer,staff_id,cohort\n" + row("E2", "b2") + "\n");
        assertThat(foreignRow.rows().getFirst().outcome()).isEqualTo("REJECTED");
        assertThat(foreignRow.rows().getFirst().errors()).anyMatch(e -> e.startsWith("employer"));
        // nothing of that changed the cohort
        assertThat(coordinator.enrolmentsOfCohort(cohort)).hasSize(11);

        // E2 withdraws b2: the first waiter (b4, E2 now under its quota) is promoted; the others move up
        assertThat(hr.get("E2")
                        .withdraw(enrolments.get("b2"), employers.get("E2"))
                        .status())
                .isEqualTo("WITHDRAWN");
        Enrolment b4 = hr.get("E2").enrolment(enrolments.get("b4"));
        assertThat(b4.status()).isEqualTo("CONFIRMED");
        assertThat(b4.waitlistPosition()).isNull();
        assertWaiting("c3", 1);
        assertWaiting("d2", 2);

        // issue 18: people hear of it, once each, in German (the employers are in Germany). b4's own address got the
        // waitlist message and then the promotion; a1, invited as a learner, finds her confirmation in the app and her
        // employer's HR the admission of E1; nobody got a message meant for someone else. (The start reminder may add
        // a "starts on" message to a seat holder at any time, since the cohort starts today.)
        String waiting = "Sie stehen auf der Warteliste für Digital maintenance";
        String promoted = "Ein Platz in Digital maintenance ist jetzt Ihrer";
        String confirmed = "Ihr Platz in Digital maintenance ist bestätigt";
        assertThat(mailTo(email("b4"), waiting, promoted))
                .extracting(MailServer.Mail::subject)
                .containsSubsequence(waiting, promoted)
                .doesNotContain(confirmed);
        assertThat(mailTo(email("a1"), confirmed))
                .extracting(MailServer.Mail::subject)
                .doesNotContain(waiting, promoted);
        assertThat(mailTo(email("a2"), confirmed))
                .extracting(MailServer.Mail::text)
                .allMatch(text -> text.contains("Arne") && !text.contains("Anja"));
        JsonNode inApp = await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> learner.all("/api/notifications").stream()
                                .filter(n -> n.path("kind").asString().equals("enrolment-confirmed"))
                                .toList(),
                        list -> !list.isEmpty())
                .getFirst();
        assertThat(inApp.path("subject").asString()).isEqualTo(confirmed);
        assertThat(inApp.path("readAt").isNull()).isTrue();
        ApiResponse read = learner.post("/api/notifications/" + inApp.path("id").asString() + "/read");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("readAt").isNull()).isFalse();
        assertThat(learner.all("/api/notifications?unread=true"))
                .extracting(n -> n.path("kind").asString())
                .doesNotContain("enrolment-confirmed");
        assertThat(hr.get("E1").all("/api/notifications"))
                .extracting(n -> n.path("kind").asString())
                .containsOnlyOnce("membership-admitted");
    }

    /**
     * The messages the platform's mail server received for one address (oldest first), once each expected subject is
     * there; a pause after shows that no second copy of any of them follows.
     */
    private List<MailServer.Mail> mailTo(String address, String... subjects) {
        Supplier<List<MailServer.Mail>> received =
                () -> MailServer.received(MailServer.apiUrl(platform.settings())).stream()
                        .filter(mail -> mail.to().equalsIgnoreCase(address))
                        .toList();
        Predicate<List<MailServer.Mail>> eachOnce = mails -> Arrays.stream(subjects)
                .allMatch(subject -> mails.stream()
                                .filter(mail -> mail.subject().equals(subject))
                                .count()
                        == 1);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> eachOnce.test(received.get()));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> eachOnce.test(received.get()));
        return received.get();
    }

    // ------------------------------------------------------------------------------- programmes and awards (money)

    /**
     * Before the cohort runs: the coordinator picks how its cost is shared, the funders open programmes, the
     * association applies for the cohort and is awarded.
     */
    @Test
    @Order(4)
    void journey5a_costSharingIsChosenAProgrammeOpensTheAssociationIsAwarded() {
        // funding-service learns of the cohort from curriculum's events
        JsonNode rule = eventually(() -> coordinator.chooseCostSharing(cohort, association, "PER_SEAT", null));
        assertThat(rule.path("rule").asString()).isEqualTo("PER_SEAT");
        assertThat(rule.path("status").asString()).isEqualTo("PROVISIONAL");

        int year = today.getYear();
        programme = funder.draftProgramme(new ProgrammeSpec(
                funderOrg,
                "Digital maintenance fund " + run,
                "EUR",
                2_000_000,
                LocalDate.of(year, 1, 1).toString(),
                LocalDate.of(year, 12, 31).toString(),
                List.of(alliance),
                List.of("MICRO", "SMALL", "MEDIUM"),
                List.of("C", "J"),
                List.of(),
                List.of("DIGITAL"),
                List.of(
                        ProgrammeSpec.BandRule.of("MICRO", "0.9", 400, "0.1"),
                        ProgrammeSpec.BandRule.of("SMALL", "0.8", 500, "0.1"),
                        ProgrammeSpec.BandRule.of("MEDIUM", "0.8", 300, "0.25")),
                120_000L,
                1_000_000L,
                3));
        assertThat(funder.openProgramme(programme, funderOrg).path("status").asString())
                .isEqualTo("OPEN");
        otherProgramme = otherFunder.draftProgramme(new ProgrammeSpec(
                otherFunderOrg,
                "Other programme " + run,
                "EUR",
                500_000,
                LocalDate.of(year, 1, 1).toString(),
                LocalDate.of(year, 12, 31).toString(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(ProgrammeSpec.BandRule.of("SMALL", "0.5", 0, "0.1")),
                null,
                null,
                5));
        otherFunder.openProgramme(otherProgramme, otherFunderOrg);

        UUID application = eventually(() -> coordinator.applyForGrant(
                new ApplicationSpec(programme, association, "ASSOCIATION", cohort, 600_000, "EUR")));
        funder.reviewApplication(application, funderOrg);
        award = funder.award(application, funderOrg, 520_000, "EUR");
        JsonNode budget = funder.programme(programme).path("budget");
        assertThat(budget.path("committedMinor").asLong()).isEqualTo(520_000);
        assertThat(budget.path("availableMinor").asLong()).isEqualTo(1_480_000);
    }

    // --------------------------------------------------------------------------------------------------- journey 4

    /** The cohort runs; the provider records hours, pre/post scores, outcomes, credentials. */
    @Test
    @Order(5)
    void journey4_theCohortRunsTheProviderRecordsOutcomesAndCredentials() {
        assertThat(provider.startCohort(cohort).path("status").asString()).isEqualTo("RUNNING");
        // waiters never become seats after the start
        assertThat(coordinator.enrolment(enrolments.get("c3")).status()).isEqualTo("CANCELLED");
        assertThat(coordinator.enrolment(enrolments.get("d2")).status()).isEqualTo("CANCELLED");

        outcome("a1", OutcomeSpec.completed(providerOrg, "20", 40, 70, 5, true));
        outcome("a2", OutcomeSpec.completed(providerOrg, "18.5", 55, 60, 4, true));
        outcome("b1", OutcomeSpec.completed(providerOrg, "20", 30, 45, 4, false));
        outcome("b3", OutcomeSpec.notCompleted(providerOrg, "8", 50, null, 2));
        outcome("b4", OutcomeSpec.completed(providerOrg, "16", 60, 72, 5, true));
        outcome("c1", OutcomeSpec.completed(providerOrg, "20", 45, 50, 3, true));
        outcome("c2", OutcomeSpec.noShow(providerOrg));
        outcome("d1", OutcomeSpec.completed(providerOrg, "20", 20, 80, 5, true));
        assertThat(coordinator.completeCohort(cohort).path("status").asString()).isEqualTo("COMPLETED");

        Enrolment a2 = hr.get("E1").enrolment(enrolments.get("a2"));
        assertThat(a2.status()).isEqualTo("COMPLETED");
        assertThat(a2.json().path("outcome").path("attendedHours").decimalValue())
                .isEqualByComparingTo("18.5");
        assertThat(a2.json().path("outcome").path("postScore").asInt()).isEqualTo(60);

        // the Open Badges 3.0 credential of a1, as its employer fetches it
        JsonNode badge = hr.get("E1").credential(enrolments.get("a1"));
        assertThat(badge.path("type"))
                .extracting(JsonNode::asString)
                .containsExactly("VerifiableCredential", "OpenBadgeCredential");
        // the credential's own id (issue 20: registered at first issue, with its status list entry), the same on
        // every fetch
        assertThat(badge.path("id").asString())
                .startsWith("urn:uuid:")
                .isEqualTo(
                        hr.get("E1").credential(enrolments.get("a1")).path("id").asString());
        assertThat(badge.path("issuer").path("id").asString()).isEqualTo("urn:uuid:" + alliance);
        assertThat(badge.path("issuer").path("name").asString()).isEqualTo(allianceName);
        assertThat(badge.path("name").asString()).isEqualTo("Digital Maintenance Technician");
        JsonNode subject = badge.path("credentialSubject");
        assertThat(subject.path("id").asString()).isEqualTo("urn:uuid:" + staff.get("a1"));
        assertThat(subject.path("achievement").path("humanCode").asString()).isEqualTo(courseCode);
        assertThat(subject.path("achievement").path("creator").path("id").asString())
                .isEqualTo("urn:uuid:" + providerOrg);
        assertThat(subject.path("achievement").path("alignment"))
                .extracting(a -> a.path("targetUrl").asString())
                .containsExactly(escoUri);
        assertThat(badge.toString()).doesNotContain("Anja", "Adler", email("a1"));
        // no credential was awarded to b1
        assertNotFound(hr.get("E2").get("/api/enrolments/" + enrolments.get("b1") + "/credential"));

        // issue 18: the learner a1 downloads everything held about her: her record, her consent (given by HR at
        // registration), her completed seat and its credential, her notifications; nothing of her colleague a2
        ApiResponse export = learner.get("/api/me/export");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).startsWith("attachment");
        JsonNode own = export.json();
        assertThat(own.path("staff").path("id").asString())
                .isEqualTo(staff.get("a1").toString());
        assertThat(own.path("staff").path("email").asString()).isEqualTo(email("a1"));
        assertThat(own.path("consentHistory"))
                .extracting(c ->
                        c.path("recordedBy").asString() + " " + c.path("given").asBoolean())
                .containsExactly("EMPLOYER true");
        assertThat(own.path("enrolments"))
                .extracting(
                        e -> e.path("id").asString() + " " + e.path("status").asString())
                .containsExactly(enrolments.get("a1") + " COMPLETED");
        assertThat(own.path("credentials")).singleElement().satisfies(credential -> {
            assertThat(credential.path("id").asString()).startsWith("urn:uuid:");
            assertThat(credential.path("credentialSubject").path("id").asString())
                    .isEqualTo("urn:uuid:" + staff.get("a1"));
        });
        assertThat(own.path("notifications"))
                .extracting(n -> n.path("kind").asString())
                .contains("enrolment-confirmed");
        assertThat(export.body())
                .doesNotContain(
                        staff.get("a2").toString(),
                        email("a2"),
                        "Arne",
                        enrolments.get("a2").toString());
    }

    // --------------------------------------------------------------------------------------------------- journey 5

    /**
     * Costs are shared among the participating employers to the cent; grant rules reimburse part; claims are approved
     * and paid within the award.
     */
    @Test
    @Order(6)
    void journey5b_costsAreSharedToTheCentGrantsReimbursePartClaimsArePaidWithinTheAward() {
        // Shares, PER_SEAT over the 8 seats at the start: E1 2, E2 3 (b1, b3, b4), E3 2, E4 1; total 999,999.
        //   exact quotas: E1 999999 x 2/8 = 249999.75, E2 x 3/8 = 374999.625, E3 249999.75, E4 x 1/8 = 124999.875
        //   floors 249999 + 374999 + 249999 + 124999 = 999996; the 3 units left go to the largest remainders:
        //   E4 (.875), E1 (.75), E3 (.75) -> E1 250000, E2 374999, E3 250000, E4 125000 = 999999
        JsonNode shares = await().atMost(PATIENCE)
                .until(
                        () -> coordinator.costShares(cohort),
                        s -> s.path("status").asString().equals("FIXED"));
        assertThat(shares.path("totalMinor").asLong()).isEqualTo(999_999);
        Map<UUID, long[]> lines = new LinkedHashMap<>();
        shares.path("shares")
                .forEach(l -> lines.put(UUID.fromString(l.path("employerId").asString()), new long[] {
                    l.path("seats").asLong(), l.path("amountMinor").asLong()
                }));
        assertThat(lines.get(employers.get("E1"))).containsExactly(2, 250_000);
        assertThat(lines.get(employers.get("E2"))).containsExactly(3, 374_999);
        assertThat(lines.get(employers.get("E3"))).containsExactly(2, 250_000);
        assertThat(lines.get(employers.get("E4"))).containsExactly(1, 125_000);
        assertThat(lines.values().stream().mapToLong(l -> l[1]).sum()).isEqualTo(999_999);
        // an employer sees its own line only
        assertThat(hr.get("E2").costShares(cohort).path("shares")).hasSize(1);

        // Reimbursement of each completed covered seat = seat cost x min(rate, 1 - minimum share) + wage x hours,
        // capped at 120,000 per participant; summed per employer, rounded down once:
        //   E1 (micro, 0.9; 400/h; seat 250000/2 = 125000): a1 112500 + 8000 = 120500 -> cap 120000;
        //      a2 112500 + 400 x 18.5 = 119900 -> claim 239900
        //   E2 (small, min(0.8, 0.9) = 0.8; 500/h; seat 374999/3): b1 299999.2/3 + 10000 = 109999.7333..;
        //      b4 99999.7333.. + 8000 = 107999.7333..; b3 did not complete -> 217999.4666.. -> 217999
        //      (rounding each seat first would give 217998)
        //   E3 (medium, min(0.8, 0.75) = 0.75; 300/h; seat 125000): c1 93750 + 6000 = 99750; c2 no-show -> 99750
        //   E4 is large: not eligible, no claim
        Map<UUID, JsonNode> claims = await().atMost(PATIENCE)
                .until(
                        this::claimsByEmployer,
                        c -> c.size() == 3
                                && c.get(employers.get("E1"))
                                                .path("claimedMinor")
                                                .asLong()
                                        == 239_900
                                && c.get(employers.get("E2"))
                                                .path("claimedMinor")
                                                .asLong()
                                        == 217_999
                                && c.get(employers.get("E3"))
                                                .path("claimedMinor")
                                                .asLong()
                                        == 99_750);
        assertThat(claims.get(employers.get("E2")).path("seats"))
                .extracting(s -> s.path("exactMinor").decimalValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("109999.733333"), new BigDecimal("107999.733333"));

        // the award of 520,000 pays E1 239900 and E2 217999 in full, and E3 only what is left: 62101
        assertThat(approveAndPay(claims.get(employers.get("E1")))).isEqualTo(239_900);
        assertThat(approveAndPay(claims.get(employers.get("E2")))).isEqualTo(217_999);
        assertThat(approveAndPay(claims.get(employers.get("E3")))).isEqualTo(62_101);

        JsonNode balance = funder.awardDetails(award).path("balance");
        assertThat(balance.path("committedMinor").asLong()).isEqualTo(520_000);
        assertThat(balance.path("approvedMinor").asLong()).isEqualTo(520_000);
        assertThat(balance.path("disbursedMinor").asLong()).isEqualTo(520_000);
        assertThat(balance.path("remainingMinor").asLong()).isZero();
        JsonNode budget = funder.programme(programme).path("budget");
        assertThat(budget.path("budgetMinor").asLong()).isEqualTo(2_000_000);
        assertThat(budget.path("committedMinor").asLong()).isEqualTo(520_000);
        assertThat(budget.path("availableMinor").asLong()).isEqualTo(1_480_000);
        assertThat(budget.path("approvedMinor").asLong()).isEqualTo(520_000);
        assertThat(budget.path("disbursedMinor").asLong()).isEqualTo(520_000);

        // the ledger: one commitment, three approvals and three payments, which sum to the award
        Map<String, List<Long>> ledger = new LinkedHashMap<>();
        funder.ledger(programme)
                .forEach(entry -> ledger.computeIfAbsent(entry.path("type").asString(), t -> new ArrayList<>())
                        .add(entry.path("amountMinor").asLong()));
        assertThat(ledger.get("GRANT_COMMITTED")).containsExactly(520_000L);
        assertThat(ledger.get("CLAIM_APPROVED")).containsExactlyInAnyOrder(239_900L, 217_999L, 62_101L);
        assertThat(ledger.get("DISBURSEMENT_PAID")).containsExactlyInAnyOrder(239_900L, 217_999L, 62_101L);

        // member statements: shares charged, grant offsets paid, net payable = charged - offsets
        assertStatement("E1", 250_000, 239_900, 10_100);
        assertStatement("E2", 374_999, 217_999, 157_000);
        assertStatement("E3", 250_000, 62_101, 187_899);
        assertStatement("E4", 125_000, 0, 125_000);
    }

    // --------------------------------------------------------------------------------------------------- journey 6

    /** The funder pulls the impact report; every figure as DESIGN section 3 defines it. */
    @Test
    @Order(7)
    void journey6_theFunderPullsTheImpactReportFigureByFigure() {
        JsonNode report = await().atMost(PATIENCE)
                .until(
                        () -> funder.impactReport(programme),
                        r -> r.path("outcomesRecorded").asLong() == 7
                                && r.path("grantDisbursedMinor").asLong() == 520_000
                                && r.path("seatsWithoutCostShares").asLong() == 0);

        // Covered seats: the award is for the whole cohort, but only eligible employers' seats count (E4 is large):
        // a1, a2 (E1), b1, b3, b4 (E2), c1, c2 (E3) = 7 seats of 7 people at 3 employers.
        assertThat(report.path("suppressionK").asInt()).isEqualTo(3);
        assertThat(report.path("participants").asLong()).isEqualTo(7);
        assertThat(report.path("employersServed").asLong()).isEqualTo(3);
        assertThat(report.path("enrolments").asLong()).isEqualTo(7);
        // outcomes: completed a1 a2 b1 b4 c1 = 5, not completed b3 = 1, no-show c2 = 1; credentials a1 a2 b4 c1 = 4
        assertThat(report.path("outcomesRecorded").asLong()).isEqualTo(7);
        assertThat(report.path("completions").asLong()).isEqualTo(5);
        assertThat(report.path("notCompleted").asLong()).isEqualTo(1);
        assertThat(report.path("noShows").asLong()).isEqualTo(1);
        assertThat(report.path("credentials").asLong()).isEqualTo(4);
        // completion rate 5/7 = 0.714285.. -> 0.7143; credential rate 4/7 = 0.571428.. -> 0.5714; no-show 1/7 -> 0.1429
        assertDecimal(report, "completionRate", "0.7143");
        assertDecimal(report, "credentialRate", "0.5714");
        assertDecimal(report, "noShowRate", "0.1429");
        // both scores: a1 +30, a2 +5, b1 +15, b4 +12, c1 +5 (b3 has no post score): 5 seats, 3 gained >= 10
        // skill-gain rate 3/5 = 0.6000; mean gain (30 + 5 + 15 + 12 + 5) / 5 = 67 / 5 = 13.40
        assertThat(report.path("seatsWithBothScores").asLong()).isEqualTo(5);
        assertThat(report.path("seatsWithSkillGain").asLong()).isEqualTo(3);
        assertDecimal(report, "skillGainRate", "0.6000");
        assertDecimal(report, "meanSkillGain", "13.40");
        // hours: 20 + 18.5 + 20 + 8 + 16 + 20 + 0 = 102.50
        assertDecimal(report, "trainingHours", "102.50");
        // satisfaction over the 6 rated seats: (5 + 4 + 4 + 2 + 5 + 3) / 6 = 23 / 6 = 3.833.. -> 3.83
        assertDecimal(report, "meanSatisfaction", "3.83");
        // money: committed = the award 520000; disbursed = the three payments 239900 + 217999 + 62101 = 520000
        assertThat(report.path("currency").asString()).isEqualTo("EUR");
        assertThat(report.path("grantCommittedMinor").asLong()).isEqualTo(520_000);
        assertThat(report.path("grantDisbursedMinor").asLong()).isEqualTo(520_000);
        // training cost of the covered seats = E1 2 x 125000 + E2 3 x 374999/3 + E3 2 x 125000 = 874999 (E4 excluded)
        assertThat(report.path("totalTrainingCostMinor").asLong()).isEqualTo(874_999);
        // employer contribution = 874999 - 520000 = 354999; leverage = 354999 / 520000 = 0.68269.. -> 0.6827
        assertThat(report.path("employerContributionMinor").asLong()).isEqualTo(354_999);
        assertDecimal(report, "leverage", "0.6827");
        // cost per participant 874999 / 7 = 124999.86 -> 125000; per completion / 5 = 174999.8 -> 175000;
        // per credential / 4 = 218749.75 -> 218750
        assertThat(report.path("costPerParticipantMinor").asLong()).isEqualTo(125_000);
        assertThat(report.path("costPerCompletionMinor").asLong()).isEqualTo(175_000);
        assertThat(report.path("costPerCredentialMinor").asLong()).isEqualTo(218_750);
        assertThat(report.path("seatsWithoutCostShares").asLong()).isZero();
        // retention: no completion is 6 or 12 months old yet
        assertThat(report.path("retention6Months").path("measured").asLong()).isZero();
        assertThat(report.path("retention12Months").path("measured").asLong()).isZero();

        // Breakdowns count participants; k = 3 (set on the programme).
        JsonNode breakdowns = report.path("breakdowns");
        // size band: MICRO 2 (a1, a2) and MEDIUM 2 (c1, c2) are under k; together they hold 4 >= k, so SMALL shows
        assertSuppressed(breakdowns.path("sizeBand"), "MICRO", "MEDIUM");
        assertCell(breakdowns.path("sizeBand").path("SMALL"), 3, 3, 2, "0.6667");
        assertThat(breakdowns.path("sizeBand").has("LARGE")).isFalse();
        // sector (NACE division): J62 2 is under k and alone, so C25 (5) would give it away: both suppressed
        assertSuppressed(breakdowns.path("sector"), "C25", "J62");
        // region: DE21 4 (a1 a2 c1 c2; completions a1 a2 c1 -> 3/4), DE22 3 (b1 b3 b4; b1 b4 -> 2/3): both shown
        assertCell(breakdowns.path("region").path("DE21"), 4, 4, 3, "0.7500");
        assertCell(breakdowns.path("region").path("DE22"), 3, 3, 2, "0.6667");
        // course and skill categories: everyone
        assertCell(breakdowns.path("course").path(courseCode), 7, 7, 5, "0.7143");
        assertCell(breakdowns.path("skillCategory").path("DIGITAL"), 7, 7, 5, "0.7143");
        assertCell(breakdowns.path("skillCategory").path("TECHNICAL"), 7, 7, 5, "0.7143");
        // gender (consented only): FEMALE 3 (a1 b4 c1), MALE 1 (b1), NOT_REPORTED 3 (a2 b3 c2). MALE is under k and
        // alone; the smallest shown cell is a tie of 3 and 3, broken by key: FEMALE is suppressed too.
        assertSuppressed(breakdowns.path("gender"), "FEMALE", "MALE");
        assertCell(breakdowns.path("gender").path("NOT_REPORTED"), 3, 3, 1, "0.3333");
        // age band: 25-34 2 (a1 b4), 35-44 1 (b1), 45-54 1 (c1): all under k, 4 together; NOT_REPORTED 3 shows
        assertSuppressed(breakdowns.path("ageBand"), "AGE_25_34", "AGE_35_44", "AGE_45_54");
        assertCell(breakdowns.path("ageBand").path("NOT_REPORTED"), 3, 3, 1, "0.3333");

        // no personal data anywhere in the report: no names, no emails, not even staff ids
        String text = report.toString();
        for (String name : staffNames) {
            assertThat(text).doesNotContain(name);
        }
        for (String address : staffEmails.values()) {
            assertThat(text).doesNotContain(address);
        }
        for (UUID id : staff.values()) {
            assertThat(text).doesNotContain(id.toString());
        }
    }

    // ------------------------------------------------------------------------------------------ issue 7's acceptance

    /** Through the gateway: no token is a 401 problem; funders see their own programmes only; roles are kept apart. */
    @Test
    @Order(8)
    void issue7_theGatewayRefusesAnonymousCallsAndFundersSeeOnlyTheirOwnProgrammes() {
        ApiResponse anonymous = api.anonymous("GET", "/api/organisations");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).as(anonymous.toString()).isTrue();
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.json().path("status").asInt()).isEqualTo(401);
        assertThat(api.anonymous("GET", "/api/reports/programmes/" + programme + "/impact")
                        .status())
                .isEqualTo(401);

        // each funder reads its own programme's report, and another funder's is not there for it
        assertThat(otherFunder
                        .get("/api/reports/programmes/" + otherProgramme + "/impact")
                        .status())
                .isEqualTo(200);
        ApiResponse foreign = funder.get("/api/reports/programmes/" + otherProgramme + "/impact");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.isProblem()).isTrue();
        ApiResponse theOtherWay = otherFunder.get("/api/reports/programmes/" + programme + "/impact");
        assertThat(theOtherWay.status()).isEqualTo(404);
        assertThat(theOtherWay.body()).doesNotContain("874999", "participants");
        // nor can the other funder act on this programme's claims
        assertThat(otherFunder
                        .get("/api/claims?programmeId=" + programme)
                        .json()
                        .path("items"))
                .isEmpty();
        // other roles never read impact reports
        assertThat(coordinator
                        .get("/api/reports/programmes/" + programme + "/impact")
                        .status())
                .isEqualTo(403);
        assertThat(hr.get("E1")
                        .get("/api/reports/programmes/" + programme + "/impact")
                        .status())
                .isEqualTo(403);
        assertThat(provider.get("/api/reports/programmes/" + programme + "/impact")
                        .status())
                .isEqualTo(403);
        // a member-admin reads its own statement, not another employer's
        assertNotFound(hr.get("E1")
                .get("/api/statements?employerId=" + employers.get("E2") + "&from="
                        + LocalDate.of(today.getYear(), 1, 1) + "&to=" + LocalDate.of(today.getYear(), 12, 31)));
    }

    // ---------------------------------------------------------------------------------- skills needs (issue 10)

    /**
     * Issue 10 on the whole platform, with the journeys' alliance, employers, staff, course and programme: the
     * coordinator publishes standard skill profiles for job roles the staff hold, member-admins rate their staff, then
     * gaps per staff member and per employer, recommendations priced by the real funding-service quote, objectives
     * with their progress, and the anonymised gap map.
     *
     * <p>Levels at the start come from journey 4's completions, through Kafka into curriculum-service's skill records:
     * a completion proves DM-101's levels (PM 3, HYD 2, assessed today) when its post-assessment reaches the pass mark
     * of 60: a1 (70), a2 (60, exactly the mark), b4 (72) and d1 (80) passed; b1 (45) and c1 (50) completed without
     * passing, b3 did not complete, c2 did not show: nothing from those.
     */
    @Test
    @Order(9)
    void skillsNeeds_profilesRatingsGapsRecommendationsWithTheRealQuoteObjectivesAndTheGapMap() {
        // skills are named across services by their ESCO URI where they have one (PM), else by their code (HYD)
        String pm = escoUri;
        String hyd = "E2E-" + run + "-HYD";
        Session e1 = hr.get("E1");
        Session e2 = hr.get("E2");
        Session e4 = hr.get("E4");

        // Standards: machine tool setters (ISCO-08 7223: a1 a2 b1-b4) need PM 3 and HYD 3; the sub-major group of
        // metal and machinery trades (72, which covers d1's 7233) needs PM 2 and HYD 3. 7223 lies in 72 too: the
        // more specific standard wins for a and b. c1-c3 (2512) have no profile, d2 has no job role.
        JsonNode setters = coordinator.publishProfile(ProfileSpec.standard(
                alliance,
                "7223",
                "Machine tool setter, digital maintenance",
                List.of(new ProfileSpec.Target(skillDigital, 3), new ProfileSpec.Target(skillTechnical, 3))));
        assertThat(setters.path("scope").asString()).isEqualTo("STANDARD");
        assertThat(setters.path("jobRoleTitle").asString())
                .isEqualTo("Metal working machine tool setters and operators");
        assertThat(setters.path("skills"))
                .extracting(s -> s.path("skillCode").asString() + ":" + s.path("targetLevel"))
                .containsExactlyInAnyOrder(pm + ":3", hyd + ":3");
        JsonNode trades = coordinator.publishProfile(ProfileSpec.standard(
                alliance,
                "72",
                "Metal and machinery trades",
                List.of(new ProfileSpec.Target(skillDigital, 2), new ProfileSpec.Target(skillTechnical, 3))));
        assertThat(trades.path("jobRoleTitle").asString()).isEqualTo("Metal, machinery and related trades workers");
        UUID settersProfile = UUID.fromString(setters.path("id").asString());
        UUID tradesProfile = UUID.fromString(trades.path("id").asString());
        // one standard per job role; a member-admin publishes no standard
        assertThat(coordinator
                        .post(
                                "/api/skills/profiles",
                                ProfileSpec.standard(
                                        alliance, "7223", "again", List.of(new ProfileSpec.Target(skillDigital, 1))))
                        .status())
                .isEqualTo(409);
        assertThat(e1.post(
                                "/api/skills/profiles",
                                ProfileSpec.standard(
                                        alliance, "8344", "not mine", List.of(new ProfileSpec.Target(skillDigital, 1))))
                        .status())
                .isEqualTo(403);

        // journey 4's passed completions have become COURSE records (2 skills each): E1 a1 a2, E2 b4, E4 d1; E3 none
        await().atMost(PATIENCE)
                .until(() -> e1.skillRecords("source=COURSE").size() == 4
                        && e2.skillRecords("source=COURSE").size() == 2
                        && e4.skillRecords("source=COURSE").size() == 2);
        assertThat(e2.skillRecords("source=COURSE"))
                .allMatch(
                        r -> r.path("staffId").asString().equals(staff.get("b4").toString()));
        assertThat(hr.get("E3").skillRecords("source=COURSE")).isEmpty();

        // member-admins record their managers' ratings (and b3's self-assessment) of their own staff
        JsonNode a2Rating = e1.recordSkillLevel(staff.get("a2"), skillDigital, 4, "MANAGER", today.minusDays(5));
        e2.recordSkillLevel(staff.get("b1"), skillDigital, 1, "MANAGER", today.minusDays(60));
        JsonNode b1Pm = e2.recordSkillLevel(staff.get("b1"), skillDigital, 2, "MANAGER", today.minusDays(10));
        e2.recordSkillLevel(staff.get("b1"), skillTechnical, 1, "MANAGER", today.minusDays(10));
        e2.recordSkillLevel(staff.get("b2"), skillDigital, 2, "MANAGER", today.minusDays(10));
        e2.recordSkillLevel(staff.get("b2"), skillTechnical, 3, "MANAGER", today.minusDays(10));
        e2.recordSkillLevel(staff.get("b3"), skillDigital, 1, "MANAGER", today.minusDays(10));
        e2.recordSkillLevel(staff.get("b3"), skillTechnical, 4, "SELF", today.minusDays(3));
        // another employer's staff are not there for E1
        assertNotFound(e1.post(
                "/api/skills/records",
                Map.of(
                        "staffId",
                        staff.get("b1"),
                        "skillId",
                        skillDigital,
                        "level",
                        3,
                        "source",
                        "MANAGER",
                        "assessedOn",
                        today.toString())));
        assertThat(e1.skillRecords("staffId=" + staff.get("b1"))).isEmpty();
        // b1's PM: of two MANAGER ratings the newer (2, ten days ago) counts
        List<JsonNode> b1PmRecords = e2.skillRecords("staffId=" + staff.get("b1") + "&skillId=" + skillDigital);
        assertThat(b1PmRecords).hasSize(2);
        assertThat(b1PmRecords)
                .filteredOn(r -> r.path("counts").asBoolean())
                .extracting(r -> r.path("id").asString())
                .containsExactly(b1Pm.path("id").asString());
        // a2's PM: the course (3) counts over the manager's 4, as COURSE > MANAGER > SELF
        assertThat(e1.skillRecords("staffId=" + staff.get("a2") + "&skillId=" + skillDigital))
                .filteredOn(r -> r.path("counts").asBoolean())
                .extracting(
                        r -> r.path("source").asString() + ":" + r.path("level").asInt())
                .containsExactly("COURSE:3");
        assertThat(a2Rating.path("source").asString()).isEqualTo("MANAGER");

        // Levels now (PM, HYD): a1 a2 b4 d1 (3, 2) COURSE; b1 (2 MANAGER, 1 MANAGER); b2 (2, 3) MANAGER;
        // b3 (1 MANAGER, 4 SELF); everyone else 0. Gaps = max(0, target - current), largest first:
        //   a2 (7223: PM 3, HYD 3): HYD 3 - 2 = 1, PM 3 - 3 = 0 -> total 1 (the manager's 4 does not count)
        JsonNode a2Gaps = e1.staffGaps(staff.get("a2"), alliance);
        assertThat(a2Gaps.path("profile").path("id").asString()).isEqualTo(settersProfile.toString());
        assertThat(a2Gaps.path("profile").path("scope").asString()).isEqualTo("STANDARD");
        assertGap(a2Gaps.path("skills").get(0), hyd, 3, 2, "COURSE", 1);
        assertGap(a2Gaps.path("skills").get(1), pm, 3, 3, "COURSE", 0);
        assertThat(a2Gaps.path("skills").get(1).path("assessedOn").asString()).isEqualTo(today.toString());
        assertThat(a2Gaps.path("totalGap").asInt()).isEqualTo(1);
        //   b1: HYD 3 - 1 = 2, PM 3 - 2 = 1 -> total 3
        JsonNode b1Gaps = e2.staffGaps(staff.get("b1"), alliance);
        assertGap(b1Gaps.path("skills").get(0), hyd, 3, 1, "MANAGER", 2);
        assertGap(b1Gaps.path("skills").get(1), pm, 3, 2, "MANAGER", 1);
        assertThat(b1Gaps.path("skills").get(1).path("assessedOn").asString())
                .isEqualTo(today.minusDays(10).toString());
        assertThat(b1Gaps.path("totalGap").asInt()).isEqualTo(3);
        //   b3: PM 3 - 1 = 2, HYD max(0, 3 - 4) = 0 (the self-assessment counts: nothing stronger) -> total 2
        JsonNode b3Gaps = e2.staffGaps(staff.get("b3"), alliance);
        assertGap(b3Gaps.path("skills").get(0), pm, 3, 1, "MANAGER", 2);
        assertGap(b3Gaps.path("skills").get(1), hyd, 3, 4, "SELF", 0);
        assertThat(b3Gaps.path("totalGap").asInt()).isEqualTo(2);
        //   d1 (7233, under the standard for 72: PM 2, HYD 3): HYD 3 - 2 = 1, PM max(0, 2 - 3) = 0 -> total 1
        JsonNode d1Gaps = e4.staffGaps(staff.get("d1"), alliance);
        assertThat(d1Gaps.path("profile").path("id").asString()).isEqualTo(tradesProfile.toString());
        assertThat(d1Gaps.path("profile").path("jobRoleIsco").asString()).isEqualTo("72");
        assertGap(d1Gaps.path("skills").get(0), hyd, 3, 2, "COURSE", 1);
        assertGap(d1Gaps.path("skills").get(1), pm, 2, 3, "COURSE", 0);
        assertThat(d1Gaps.path("totalGap").asInt()).isEqualTo(1);
        //   d2 has no job role, c1's 2512 no profile: no requirements, and the answer says why
        JsonNode d2Gaps = e4.staffGaps(staff.get("d2"), alliance);
        assertThat(absent(d2Gaps.path("profile"))).isTrue();
        assertThat(d2Gaps.path("skills")).isEmpty();
        assertThat(d2Gaps.path("note").asString()).contains("no job role");
        JsonNode c1Gaps = hr.get("E3").staffGaps(staff.get("c1"), alliance);
        assertThat(absent(c1Gaps.path("profile"))).isTrue();
        assertThat(c1Gaps.path("note").asString()).contains("2512");
        // another member-admin: 404; a coordinator never sees a staff member's gaps
        assertNotFound(e1.get("/api/skills/gaps/staff/" + staff.get("b1") + "?allianceId=" + alliance));
        assertThat(coordinator
                        .get("/api/skills/gaps/staff/" + staff.get("b1") + "?allianceId=" + alliance)
                        .status())
                .isEqualTo(403);

        // Per employer, ranked by staff below target, then total gap:
        //   E2 (b1 b2 b3 b4, all 7223): PM below: b1 (1), b2 (1), b3 (2) = 3 staff, gap 4; HYD: b1 (2), b4 (1) = 2, gap
        // 3
        JsonNode e2Gaps = e2.employerGaps(employers.get("E2"), alliance);
        assertThat(e2Gaps.path("staffCovered").asInt()).isEqualTo(4);
        assertThat(e2Gaps.path("staffWithoutProfile").asInt()).isZero();
        assertTally(e2Gaps.path("skills").get(0), 1, pm, 4, 3, 4);
        assertTally(e2Gaps.path("skills").get(1), 2, hyd, 4, 2, 3);
        //   the staff lines, by total gap: b1 3, b3 2, then b2 and b4 with 1 each
        assertThat(e2Gaps.path("staff"))
                .extracting(s -> s.path("totalGap").asInt())
                .containsExactly(3, 2, 1, 1);
        assertThat(e2Gaps.path("staff").get(0).path("staffId").asString())
                .isEqualTo(staff.get("b1").toString());
        assertThat(e2Gaps.path("staff").get(0).path("skillsBelowTarget").asInt())
                .isEqualTo(2);
        assertThat(e2Gaps.path("staff").get(1).path("staffId").asString())
                .isEqualTo(staff.get("b3").toString());
        //   E1 (a1 a2): HYD 2 staff below, gap 2; PM none
        JsonNode e1Gaps = e1.employerGaps(employers.get("E1"), alliance);
        assertTally(e1Gaps.path("skills").get(0), 1, hyd, 2, 2, 2);
        assertTally(e1Gaps.path("skills").get(1), 2, pm, 2, 0, 0);
        //   E4 (d1 with the 72 standard, d2 without a role): HYD 1 below, gap 1; PM none
        JsonNode e4Gaps = e4.employerGaps(employers.get("E4"), alliance);
        assertThat(e4Gaps.path("staffCovered").asInt()).isEqualTo(2);
        assertThat(e4Gaps.path("staffWithoutProfile").asInt()).isEqualTo(1);
        assertTally(e4Gaps.path("skills").get(0), 1, hyd, 1, 1, 1);
        assertTally(e4Gaps.path("skills").get(1), 2, pm, 1, 0, 0);
        // another employer's gaps are not there for it (tenant data: 404, as for an unknown employer)
        assertThat(e1.get("/api/skills/gaps/employers/" + employers.get("E2") + "?allianceId=" + alliance)
                        .status())
                .isEqualTo(404);

        // Two new courses with cohorts open today (DM-101's cohort has completed, so it is no offer any more):
        // HYD-210 (8 h, HYD to 3), EUR 600.00 a seat, covered by a new award of the journeys' programme to the
        // association; PM-220 (16 h, PM and HYD to 3), EUR 900.00 a seat, with no award.
        hydraulicsCourse = provider.draftCourse(new CourseSpec(
                alliance,
                "HYD-210",
                "Smart hydraulics servicing",
                "Sensor-based diagnosis and servicing of hydraulic systems.",
                providerOrg,
                "IN_PERSON",
                new BigDecimal("8"),
                List.of(new CourseSpec.SkillTarget(skillTechnical, 3)),
                List.of("DIGITAL"),
                null));
        UUID analyticsCourse = provider.draftCourse(new CourseSpec(
                alliance,
                "PM-220",
                "Condition monitoring analytics",
                "From sensor data to maintenance decisions on hydraulic machine tools.",
                providerOrg,
                "BLENDED",
                new BigDecimal("16"),
                List.of(new CourseSpec.SkillTarget(skillDigital, 3), new CourseSpec.SkillTarget(skillTechnical, 3)),
                List.of("DIGITAL"),
                null));
        coordinator.publishCourse(hydraulicsCourse);
        coordinator.publishCourse(analyticsCourse);
        hydraulicsCohort = coordinator.scheduleCohort(CohortSpec.of(
                hydraulicsCourse,
                association,
                today,
                today,
                today,
                today,
                6,
                1,
                null,
                new CohortSpec.Cost("PER_SEAT", 60_000, "EUR")));
        UUID analyticsCohort = coordinator.scheduleCohort(CohortSpec.of(
                analyticsCourse,
                association,
                today,
                today,
                today,
                today,
                6,
                1,
                null,
                new CohortSpec.Cost("PER_SEAT", 90_000, "EUR")));
        coordinator.openCohort(hydraulicsCohort);
        coordinator.openCohort(analyticsCohort);
        eventually(() -> coordinator.chooseCostSharing(hydraulicsCohort, association, "PER_SEAT", null));
        eventually(() -> coordinator.chooseCostSharing(analyticsCohort, association, "PER_SEAT", null));
        UUID application = eventually(() -> coordinator.applyForGrant(
                new ApplicationSpec(programme, association, "ASSOCIATION", hydraulicsCohort, 150_000, "EUR")));
        funder.reviewApplication(application, funderOrg);
        funder.award(application, funderOrg, 150_000, "EUR");
        // the programme has committed 520000 + 150000 = 670000 of its 2000000
        assertThat(funder.programme(programme)
                        .path("budget")
                        .path("availableMinor")
                        .asLong())
                .isEqualTo(1_330_000);

        // Recommendations: gap closed = sum of min(gap, max(0, course level - current)), ranked per training hour.
        // Costs come from funding-service's quote (one seat, PER_SEAT: the seat costs the price), under the
        // programme's band rules: grant = seat x min(rate, 1 - minimum share) + wage x the course's 8 hours,
        // within the 120000 participant cap, the employer's cap (1000000 less what it claimed, E1 239900: 760100
        // left) and the 150000 left on the award:
        //   E1 (micro): 60000 x 0.9 + 400 x 8 = 54000 + 3200 = 57200 -> net 60000 - 57200 = 2800
        //   E2 (small): 60000 x 0.8 + 500 x 8 = 48000 + 4000 = 52000 -> net 8000
        //   E4 (large): not eligible -> grant 0, net 60000; PM-220 has no award: grant 0, net 90000 for everyone
        //   a1 (HYD 2 of 3): HYD-210 closes 1 in 8 h = 0.1250/h; PM-220 closes 1 (PM is met) in 16 h = 0.0625/h
        JsonNode forA1 = e1.staffRecommendations(staff.get("a1"), alliance, 5);
        assertThat(forA1.path("fundingAnswered").asBoolean())
                .as(forA1.toString())
                .isTrue();
        assertThat(forA1.path("candidates").asInt()).isEqualTo(2);
        assertThat(forA1.path("totalGap").asInt()).isEqualTo(1);
        assertRecommendation(forA1.path("items").get(0), 1, "HYD-210", 1, "0.1250");
        assertThat(forA1.path("items").get(0).path("cohort").path("id").asString())
                .isEqualTo(hydraulicsCohort.toString());
        JsonNode closes = forA1.path("items").get(0).path("closes").get(0);
        assertThat(closes.path("skillCode").asString() + " " + closes.path("fromLevel") + "->" + closes.path("toLevel"))
                .isEqualTo(hyd + " 2->3");
        assertCost(forA1.path("items").get(0).path("cost"), 60_000, 57_200L, 2_800, 1, 2_800);
        assertThat(forA1.path("items").get(0).path("cost").path("shareSource").asString())
                .isEqualTo("FUNDING");
        assertRecommendation(forA1.path("items").get(1), 2, "PM-220", 1, "0.0625");
        assertCost(forA1.path("items").get(1).path("cost"), 90_000, 0L, 90_000, 1, 90_000);
        assertThat(forA1.path("items").get(1).path("cost").path("note").asString())
                .contains("no award");
        //   b1 (PM 2, HYD 1 of 3): HYD-210 closes 2 in 8 h = 0.2500; PM-220 closes 1 + 2 = 3 in 16 h = 0.1875
        JsonNode forB1 = e2.staffRecommendations(staff.get("b1"), alliance, 5);
        assertRecommendation(forB1.path("items").get(0), 1, "HYD-210", 2, "0.2500");
        assertCost(forB1.path("items").get(0).path("cost"), 60_000, 52_000L, 8_000, 1, 8_000);
        assertRecommendation(forB1.path("items").get(1), 2, "PM-220", 3, "0.1875");
        //   E2's team: HYD-210 helps b1 (2) and b4 (1): 3 in 8 h x 2 staff = 16 h -> 0.1875, 2 seats x 8000 = 16000;
        //   PM-220 helps all four: b1 1 + 2, b2 1, b3 2, b4 1 = 7 in 16 h x 4 = 64 h -> 0.109375 -> 0.1094,
        //   4 x 90000 = 360000. (3 x 64 = 192 > 7 x 16 = 112: HYD-210 first.)
        JsonNode forE2 = e2.teamRecommendations(employers.get("E2"), alliance, 5);
        assertThat(forE2.path("staffCovered").asInt()).isEqualTo(4);
        assertThat(forE2.path("totalGap").asInt()).isEqualTo(7);
        JsonNode teamHyd = forE2.path("items").get(0);
        assertRecommendation(teamHyd, 1, "HYD-210", 3, "0.1875");
        assertThat(teamHyd.path("staffHelped").asInt()).isEqualTo(2);
        assertThat(teamHyd.path("trainingHours").decimalValue()).isEqualByComparingTo("16");
        assertThat(teamHyd.path("staff"))
                .extracting(h -> h.path("staffId").asString() + ":" + h.path("gapClosed"))
                .containsExactly(staff.get("b1") + ":2", staff.get("b4") + ":1");
        assertCost(teamHyd.path("cost"), 60_000, 52_000L, 8_000, 2, 16_000);
        JsonNode teamPm = forE2.path("items").get(1);
        assertRecommendation(teamPm, 2, "PM-220", 7, "0.1094");
        assertThat(teamPm.path("staffHelped").asInt()).isEqualTo(4);
        assertThat(teamPm.path("trainingHours").decimalValue()).isEqualByComparingTo("64");
        assertCost(teamPm.path("cost"), 90_000, 0L, 90_000, 4, 360_000);
        //   E4's team: d1 (HYD 2 of 3): HYD-210 1 in 8 h, but E4 is large: no grant, net 60000
        JsonNode forE4 = e4.teamRecommendations(employers.get("E4"), alliance, 5);
        assertRecommendation(forE4.path("items").get(0), 1, "HYD-210", 1, "0.1250");
        assertCost(forE4.path("items").get(0).path("cost"), 60_000, 0L, 60_000, 1, 60_000);
        assertRecommendation(forE4.path("items").get(1), 2, "PM-220", 1, "0.0625");

        // Objectives. HYD at level 3 or above today: b2 (MANAGER 3) and b3 (SELF 4) = 2, the baseline. Target 6 in
        // 100 days: required = 2 + ceil(4 x elapsed / 100): today 2; a month on (28-31 days: 1.12-1.24 -> 2) 4; two
        // months (59-62 days: 2.36-2.48 -> 3) 5; three (89-92 days: 3.56-3.68 -> 4) 6; the target date 6.
        // 2 >= 2: ON_TRACK; 4 still missing x 30 / 100 days = 1.20 a month.
        JsonNode level = coordinator.setObjective(ObjectiveSpec.staffAtLevel(
                alliance,
                "6 staff at level 3 or above in servicing hydraulic systems",
                skillTechnical,
                3,
                6,
                today.plusDays(100)));
        levelObjective = UUID.fromString(level.path("id").asString());
        assertThat(level.path("baseline").asInt()).isEqualTo(2);
        assertThat(level.path("createdOn").asString()).isEqualTo(today.toString());
        assertStaffProgress(level.path("progress"), "ON_TRACK", 2, 2, 4, "1.20");
        assertThat(level.path("progress").path("daysLeft").asLong()).isEqualTo(100);
        assertThat(level.path("progress").path("trajectory"))
                .extracting(p -> p.path("required").asInt())
                .containsExactly(2, 4, 5, 6, 6);
        assertThat(level.path("progress").path("trajectory").get(1).path("date").asString())
                .isEqualTo(today.plusMonths(1).toString());
        // DM-101's completion rate from today for 100 days, target 80%: the cohort started today, and its outcomes
        // (all 8 seats, E4's too: unlike the programme's report this is the alliance's course) are completed a1 a2 b1
        // b4 c1 d1 = 6, not completed b3, no-show c2: 6 / 8 = 0.7500 < 0.8: BEHIND; completions needed: the smallest
        // n with (6 + n) / (8 + n) >= 0.8: 0.2 n >= 0.4 -> 2
        UUID rateObjective = UUID.fromString(coordinator
                .setObjective(ObjectiveSpec.completionRate(
                        alliance, "80% completion in DM-101 cohorts", course, "0.8", today, today.plusDays(100)))
                .path("id")
                .asString());
        JsonNode rate = await().atMost(PATIENCE)
                .until(
                        () -> coordinator.objective(rateObjective).path("progress"),
                        p -> p.path("outcomes").path("completed").asInt() == 6);
        assertThat(rate.path("status").asString()).isEqualTo("BEHIND");
        assertThat(rate.path("onTrack").asBoolean()).isFalse();
        assertThat(rate.path("current").decimalValue()).isEqualByComparingTo("0.7500");
        assertThat(rate.path("remaining").decimalValue()).isEqualByComparingTo("0.0500");
        assertThat(rate.path("completionsNeeded").asInt()).isEqualTo(2);
        assertThat(rate.path("outcomes").path("notCompleted").asInt()).isEqualTo(1);
        assertThat(rate.path("outcomes").path("noShow").asInt()).isEqualTo(1);
        assertThat(coordinator.objectives(alliance))
                .extracting(o -> o.path("id").asString())
                .containsExactlyInAnyOrder(levelObjective.toString(), rateObjective.toString());
        assertThat(e1.get("/api/skills/objectives?allianceId=" + alliance).status())
                .isEqualTo(403);

        // The gap map, as the coordinator gets it (k = 5, the platform's default): 11 active staff of the 4 member
        // employers; with a profile a1 a2 b1-b4 d1 = 7, without c1-c3 d2 = 4: 4 is under k, and 7 would give it away
        // (11 - 7), so both are suppressed.
        //   HYD: below target a1 a2 (MICRO, gap 2), b1 b4 (SMALL, gap 3), d1 (LARGE, gap 1) = 5 staff, gap 6: shown;
        //   its cells MICRO 2, SMALL 2, LARGE 1 are under k (together 5, not recoverable); MEDIUM, UNKNOWN 0 shown.
        //   Taught by DM-101 (2), HYD-210 (3), PM-220 (3): 3 courses, up to 3, 2 with a cohort open: none missing.
        //   PM: below target b1 b2 b3 = 3 < k: suppressed as a whole, after the shown rows; taught by DM-101 and
        //   PM-220 (3), 1 open.
        JsonNode map = coordinator.gapMap(alliance);
        assertThat(map.path("k").asInt()).isEqualTo(5);
        assertThat(map.path("staffCovered").path("value").asInt()).isEqualTo(11);
        assertThat(map.path("staffWithProfile").path("suppressed").asBoolean()).isTrue();
        assertThat(map.path("staffWithoutProfile").path("suppressed").asBoolean())
                .isTrue();
        assertThat(map.path("skills")).hasSize(2);
        JsonNode hydRow = map.path("skills").get(0);
        assertThat(hydRow.path("skillCode").asString()).isEqualTo(hyd);
        assertThat(hydRow.path("suppressed").asBoolean()).isFalse();
        assertThat(hydRow.path("staffBelowTarget").asInt()).isEqualTo(5);
        assertThat(hydRow.path("totalGap").asInt()).isEqualTo(6);
        assertThat(hydRow.path("highestTargetLevel").asInt()).isEqualTo(3);
        assertThat(hydRow.path("coursesTeaching").asInt()).isEqualTo(3);
        assertThat(hydRow.path("highestCourseLevel").asInt()).isEqualTo(3);
        assertThat(hydRow.path("coursesWithOpenCohort").asInt()).isEqualTo(2);
        assertThat(hydRow.path("missingCourse").asBoolean()).isFalse();
        Map<String, JsonNode> bands = new LinkedHashMap<>();
        hydRow.path("bySizeBand").forEach(c -> bands.put(c.path("sizeBand").asString(), c));
        assertThat(bands.keySet()).containsExactly("MICRO", "SMALL", "MEDIUM", "LARGE", "UNKNOWN");
        for (String band : List.of("MICRO", "SMALL", "LARGE")) {
            assertThat(bands.get(band).path("suppressed").asBoolean()).as(band).isTrue();
            assertThat(absent(bands.get(band).path("staffBelowTarget")))
                    .as(band)
                    .isTrue();
        }
        for (String band : List.of("MEDIUM", "UNKNOWN")) {
            assertThat(bands.get(band).path("suppressed").asBoolean()).as(band).isFalse();
            assertThat(bands.get(band).path("staffBelowTarget").asInt())
                    .as(band)
                    .isZero();
        }
        JsonNode pmRow = map.path("skills").get(1);
        assertThat(pmRow.path("skillCode").asString()).isEqualTo(pm);
        assertThat(pmRow.path("suppressed").asBoolean()).isTrue();
        assertThat(absent(pmRow.path("staffBelowTarget")) && absent(pmRow.path("totalGap")))
                .isTrue();
        assertThat(pmRow.path("highestTargetLevel").asInt()).isEqualTo(3);
        assertThat(pmRow.path("coursesTeaching").asInt()).isEqualTo(2);
        assertThat(pmRow.path("coursesWithOpenCohort").asInt()).isEqualTo(1);
        assertAnonymised(map);
        // only the alliance's coordinator reads it
        assertThat(e1.get("/api/skills/gaps/alliances/" + alliance).status()).isEqualTo(403);
        assertThat(funder.get("/api/skills/gaps/alliances/" + alliance).status())
                .isEqualTo(403);
    }

    /**
     * A completion recorded by the provider reaches the skill records through Kafka (no call between services) and
     * moves b1's level, the gaps, the objective's progress, the recommendations and the gap map.
     */
    @Test
    @Order(10)
    void skillsNeeds_aCompletionRecordedByTheProviderMovesLevelGapsObjectiveAndMap() {
        String pm = escoUri;
        String hyd = "E2E-" + run + "-HYD";
        Session e2 = hr.get("E2");
        UUID b1 = staff.get("b1");
        Enrolment seat = eventually(() -> e2.enrol(hydraulicsCohort, employers.get("E2"), b1));
        assertThat(seat.status()).isEqualTo("CONFIRMED");
        // b1 holds a seat in HYD-210 now, so PM-220 alone is left for b1: PM 2 -> 3 (1) + HYD 1 -> 3 (2) = 3
        JsonNode forB1 = e2.staffRecommendations(b1, alliance, 5);
        assertThat(forB1.path("candidates").asInt()).isEqualTo(1);
        assertRecommendation(forB1.path("items").get(0), 1, "PM-220", 3, "0.1875");

        assertThat(provider.startCohort(hydraulicsCohort).path("status").asString())
                .isEqualTo("RUNNING");
        assertThat(provider.recordOutcome(seat.id(), OutcomeSpec.completed(providerOrg, "8", 40, 75, 5, false))
                        .status())
                .isEqualTo("COMPLETED");

        // post 75 >= 60: HYD-210 proves HYD 3, assessed today, once curriculum-service has consumed its own event
        JsonNode proved = await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> e2.skillRecords("staffId=" + b1 + "&source=COURSE"), r -> r.size() == 1)
                .getFirst();
        assertThat(proved.path("skillId").asString()).isEqualTo(skillTechnical.toString());
        assertThat(proved.path("level").asInt()).isEqualTo(3);
        assertThat(proved.path("enrolmentId").asString()).isEqualTo(seat.id().toString());
        assertThat(proved.path("courseId").asString()).isEqualTo(hydraulicsCourse.toString());
        assertThat(proved.path("assessedOn").asString()).isEqualTo(today.toString());
        assertThat(proved.path("counts").asBoolean()).isTrue();

        // b1: HYD 3 (COURSE, over the manager's 1) gap 0; PM 3 - 2 = 1 -> total 1 (was 3)
        JsonNode b1Gaps = e2.staffGaps(b1, alliance);
        assertGap(b1Gaps.path("skills").get(0), pm, 3, 2, "MANAGER", 1);
        assertGap(b1Gaps.path("skills").get(1), hyd, 3, 3, "COURSE", 0);
        assertThat(b1Gaps.path("totalGap").asInt()).isEqualTo(1);
        // E2: PM unchanged (3 staff, gap 4); HYD b4 alone (1 staff, gap 1)
        JsonNode e2Gaps = e2.employerGaps(employers.get("E2"), alliance);
        assertTally(e2Gaps.path("skills").get(0), 1, pm, 4, 3, 4);
        assertTally(e2Gaps.path("skills").get(1), 2, hyd, 4, 1, 1);
        // the objective: b1 b2 b3 = 3 of 6 (baseline still 2), 3 missing x 30 / 100 days = 0.90 a month
        JsonNode level = coordinator.objective(levelObjective);
        assertThat(level.path("baseline").asInt()).isEqualTo(2);
        assertStaffProgress(level.path("progress"), "ON_TRACK", 3, 2, 3, "0.90");
        // HYD-210's cohort runs, so it is no offer any more; E2's team is left with PM-220:
        // b1 PM 1 (HYD is met now), b2 1, b3 2, b4 HYD 1 = 5 in 16 h x 4 = 64 h -> 0.078125 -> 0.0781
        JsonNode forE2 = e2.teamRecommendations(employers.get("E2"), alliance, 5);
        assertThat(forE2.path("candidates").asInt()).isEqualTo(1);
        assertRecommendation(forE2.path("items").get(0), 1, "PM-220", 5, "0.0781");
        // the gap map: HYD below target a1 a2 b4 d1 = 4 < k: suppressed as a whole now, like PM; by code (E2E-.. before
        // PM's http://..)
        JsonNode map = coordinator.gapMap(alliance);
        assertThat(map.path("skills"))
                .extracting(r -> r.path("skillCode").asString() + ":"
                        + r.path("suppressed").asBoolean())
                .containsExactly(hyd + ":true", pm + ":true");
        assertAnonymised(map);
        assertThat(coordinator.completeCohort(hydraulicsCohort).path("status").asString())
                .isEqualTo("COMPLETED");
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private Session invite(
            Session inviter, UUID organisation, String name, String firstName, String lastName, String role) {
        return invite(inviter, organisation, name, firstName, lastName, role, null);
    }

    private Session invite(
            Session inviter,
            UUID organisation,
            String name,
            String firstName,
            String lastName,
            String role,
            UUID staffId) {
        String username = "e2e-" + run + "-" + name;
        String address = username + "@journeys.example";
        Invitation invitation =
                inviter.invite(organisation, new InvitationSpec(username, address, firstName, lastName, role, staffId));
        assertThat(invitation.username()).isEqualTo(username);
        assertThat(invitation.role()).isEqualTo(role);
        assertThat(invitation.organisationId()).isEqualTo(organisation);
        assertThat(invitation.expiresAt())
                .as("the invitation's link lasts 72 hours")
                .isAfter(Instant.now().plus(Duration.ofHours(71)));
        Session session = PlatformPeople.acceptInvitation(platform, api, username, address, password);
        assertThat(claims(session.accessToken()).path("org_id").asString()).isEqualTo(organisation.toString());
        return session;
    }

    private void admit(String key, String name, String sector, String region, int headcount) {
        UUID id = coordinator.registerOrganisation(
                OrganisationSpec.employer(name + " " + run, "E2E-" + run + "-" + key, region, sector, headcount));
        coordinator.activateMembership(coordinator.applyForMembership(alliance, id, "MEMBER_EMPLOYER"));
        employers.put(key, id);
        hr.put(key, invite(coordinator, id, "hr-" + key.toLowerCase(), "Hanna", "Hr" + key, "member-admin"));
    }

    private void register(
            String employer,
            String key,
            String firstName,
            String lastName,
            String gender,
            String ageBand,
            String jobRoleIsco) {
        UUID employerId = employers.get(employer);
        StaffSpec spec = gender == null
                ? StaffSpec.of(employerId, firstName, lastName, email(key), "2018-03-01")
                : StaffSpec.consenting(employerId, firstName, lastName, email(key), "2018-03-01", gender, ageBand);
        staff.put(key, hr.get(employer).registerStaff(spec.withJobRole(jobRoleIsco)));
        staffNames.add(firstName);
        staffNames.add(lastName);
    }

    private String email(String key) {
        return staffEmails.computeIfAbsent(key, k -> k + "-" + run + "@staff.example");
    }

    private String row(String employer, String key) {
        return employers.get(employer) + "," + staff.get(key) + "," + cohort;
    }

    /** The employer's HR enrols the person, once curriculum-service knows them and the employer's membership. */
    private Enrolment enrol(String employer, String key) {
        Enrolment enrolment = eventually(() -> hr.get(employer).enrol(cohort, employers.get(employer), staff.get(key)));
        enrolments.put(key, enrolment.id());
        return enrolment;
    }

    /**
     * Waits until curriculum-service has the staff members from member-service's events, so that a CSV's rows are
     * judged in file order on the facts. Asked without side effects: the admin asks to enrol them for another employer,
     * which a known person fails with "not employed by employer ..." and an unknown one with "not registered".
     */
    private void awaitCurriculumKnows(String... keys) {
        for (String key : keys) {
            await().atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> admin.post(
                                            "/api/enrolments",
                                            Map.of(
                                                    "cohortId",
                                                    cohort,
                                                    "employerId",
                                                    employers.get("E1"),
                                                    "staffId",
                                                    staff.get(key)))
                                    .body(),
                            body -> body.contains("not employed by employer"));
        }
    }

    private void assertWaiting(String key, int position) {
        Enrolment enrolment = coordinator.enrolment(enrolments.get(key));
        assertThat(enrolment.status()).isEqualTo("WAITLISTED");
        assertThat(enrolment.waitlistPosition()).isEqualTo(position);
    }

    private void outcome(String key, OutcomeSpec outcome) {
        assertThat(provider.recordOutcome(enrolments.get(key), outcome).status())
                .isEqualTo(outcome.outcome());
    }

    private Map<UUID, JsonNode> claimsByEmployer() {
        Map<UUID, JsonNode> claims = new LinkedHashMap<>();
        funder.claims(programme)
                .forEach(c -> claims.put(UUID.fromString(c.path("employerId").asString()), c));
        return claims;
    }

    private long approveAndPay(JsonNode claim) {
        UUID id = UUID.fromString(claim.path("id").asString());
        long approved = funder.approveClaim(id, funderOrg).path("approvedMinor").asLong();
        JsonNode paid = funder.payClaim(id, funderOrg);
        assertThat(paid.path("status").asString()).isEqualTo("PAID");
        return approved;
    }

    private void assertStatement(String employer, long charged, long offsets, long net) {
        JsonNode statement = hr.get(employer)
                .statement(
                        employers.get(employer),
                        LocalDate.of(today.getYear(), 1, 1),
                        LocalDate.of(today.getYear(), 12, 31));
        JsonNode totals = statement.path("totals").get(0);
        assertThat(totals.path("currency").asString()).isEqualTo("EUR");
        assertThat(totals.path("sharesChargedMinor").asLong()).as(employer).isEqualTo(charged);
        assertThat(totals.path("grantOffsetsMinor").asLong()).as(employer).isEqualTo(offsets);
        assertThat(totals.path("netPayableMinor").asLong()).as(employer).isEqualTo(net);
        assertThat(totals.path("approvedNotPaidMinor").asLong()).as(employer).isZero();
    }

    private static void assertGap(JsonNode gap, String code, int target, int current, String source, int expected) {
        assertThat(gap.path("skillCode").asString()).as(gap.toString()).isEqualTo(code);
        assertThat(gap.path("targetLevel").asInt()).as(gap.toString()).isEqualTo(target);
        assertThat(gap.path("currentLevel").asInt()).as(gap.toString()).isEqualTo(current);
        assertThat(gap.path("source").asString()).as(gap.toString()).isEqualTo(source);
        assertThat(gap.path("gap").asInt()).as(gap.toString()).isEqualTo(expected);
    }

    private static void assertTally(JsonNode tally, int rank, String code, int requiring, int below, int totalGap) {
        assertThat(tally.path("rank").asInt()).as(tally.toString()).isEqualTo(rank);
        assertThat(tally.path("skillCode").asString()).as(tally.toString()).isEqualTo(code);
        assertThat(tally.path("staffRequiring").asInt()).as(tally.toString()).isEqualTo(requiring);
        assertThat(tally.path("staffBelowTarget").asInt()).as(tally.toString()).isEqualTo(below);
        assertThat(tally.path("totalGap").asInt()).as(tally.toString()).isEqualTo(totalGap);
    }

    private static void assertRecommendation(
            JsonNode item, int rank, String courseCode, int gapClosed, String perHour) {
        assertThat(item.path("rank").asInt()).as(item.toString()).isEqualTo(rank);
        assertThat(item.path("courseCode").asString()).as(item.toString()).isEqualTo(courseCode);
        assertThat(item.path("gapClosed").asInt()).as(item.toString()).isEqualTo(gapClosed);
        assertThat(item.path("gapClosedPerHour").decimalValue())
                .as(item.toString())
                .isEqualByComparingTo(perHour);
    }

    private static void assertCost(JsonNode cost, long seatCost, Long grant, long netPerSeat, int seats, long net) {
        assertThat(cost.path("currency").asString()).as(cost.toString()).isEqualTo("EUR");
        assertThat(cost.path("seatCostMinor").asLong()).as(cost.toString()).isEqualTo(seatCost);
        assertThat(cost.path("grantKnown").asBoolean()).as(cost.toString()).isTrue();
        assertThat(cost.path("expectedGrantMinor").asLong()).as(cost.toString()).isEqualTo(grant);
        assertThat(cost.path("netCostPerSeatMinor").asLong())
                .as(cost.toString())
                .isEqualTo(netPerSeat);
        assertThat(cost.path("seats").asInt()).as(cost.toString()).isEqualTo(seats);
        assertThat(cost.path("netCostMinor").asLong()).as(cost.toString()).isEqualTo(net);
    }

    private static void assertStaffProgress(
            JsonNode progress, String status, int current, int requiredNow, int remaining, String per30Days) {
        assertThat(progress.path("status").asString()).as(progress.toString()).isEqualTo(status);
        assertThat(progress.path("onTrack").asBoolean())
                .as(progress.toString())
                .isEqualTo(status.equals("ON_TRACK") || status.equals("ACHIEVED"));
        assertThat(progress.path("current").decimalValue())
                .as(progress.toString())
                .isEqualByComparingTo("" + current);
        assertThat(progress.path("requiredNow").decimalValue())
                .as(progress.toString())
                .isEqualByComparingTo("" + requiredNow);
        assertThat(progress.path("remaining").decimalValue())
                .as(progress.toString())
                .isEqualByComparingTo("" + remaining);
        assertThat(progress.path("requiredPer30Days").decimalValue())
                .as(progress.toString())
                .isEqualByComparingTo(per30Days);
    }

    /**
     * The gap map shows no count of people under k (each is 0, at least k, or suppressed) and no identity: the only
     * ids in it are the alliance's and the skills'; no staff name or email either.
     */
    private void assertAnonymised(JsonNode map) {
        assertThat(map.path("allianceId").asString()).isEqualTo(alliance.toString());
        assertThat(map.path("skills"))
                .extracting(r -> r.path("skillId").asString())
                .allMatch(id -> id.equals(skillDigital.toString()) || id.equals(skillTechnical.toString()));
        assertAnonymised(map, staff.values(), staffNames);
    }

    private static void assertAnonymised(JsonNode map, java.util.Collection<UUID> staffIds, List<String> names) {
        int k = map.path("k").asInt();
        List<JsonNode> counts = new ArrayList<>();
        for (String headline : List.of("staffCovered", "staffWithProfile", "staffWithoutProfile")) {
            JsonNode count = map.path(headline);
            if (!count.path("suppressed").asBoolean()) {
                counts.add(count.path("value"));
            }
        }
        for (JsonNode row : map.path("skills")) {
            if (!row.path("suppressed").asBoolean()) {
                counts.add(row.path("staffBelowTarget"));
            }
            for (JsonNode cell : row.path("bySizeBand")) {
                if (cell.path("suppressed").asBoolean()) {
                    assertThat(absent(cell.path("staffBelowTarget")) && absent(cell.path("totalGap")))
                            .as(cell.toString())
                            .isTrue();
                } else {
                    counts.add(cell.path("staffBelowTarget"));
                }
            }
        }
        assertThat(counts)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.isInt() && (c.asInt() == 0 || c.asInt() >= k))
                        .as("a count of " + c + " with k = " + k + " in " + map)
                        .isTrue());
        // the only ids: the alliance's and the rows' skills'
        String text = map.toString();
        List<String> allowed = new ArrayList<>(List.of(map.path("allianceId").asString()));
        map.path("skills").forEach(r -> allowed.add(r.path("skillId").asString()));
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile(
                        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
                .matcher(text);
        while (ids.find()) {
            assertThat(ids.group()).as("an id in the gap map").isIn(allowed);
        }
        for (UUID id : staffIds) {
            assertThat(text).doesNotContain(id.toString());
        }
        for (String name : names) {
            assertThat(text).doesNotContain(name);
        }
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static void assertNotFound(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
    }

    private static void assertDecimal(JsonNode report, String field, String expected) {
        assertThat(report.path(field).decimalValue()).as(field).isEqualByComparingTo(expected);
    }

    private static void assertCell(JsonNode cell, long participants, long enrolments, long completions, String rate) {
        assertThat(cell.path("suppressed").asBoolean()).as(cell.toString()).isFalse();
        assertThat(cell.path("participants").asLong()).as(cell.toString()).isEqualTo(participants);
        assertThat(cell.path("enrolments").asLong()).as(cell.toString()).isEqualTo(enrolments);
        assertThat(cell.path("completions").asLong()).as(cell.toString()).isEqualTo(completions);
        assertThat(cell.path("completionRate").decimalValue())
                .as(cell.toString())
                .isEqualByComparingTo(rate);
    }

    private static void assertSuppressed(JsonNode breakdown, String... cells) {
        for (String cell : cells) {
            assertThat(breakdown.path(cell).path("suppressed").asBoolean())
                    .as(cell + " in " + breakdown)
                    .isTrue();
            assertThat(breakdown.path(cell).path("participants").isNull()
                            || breakdown.path(cell).path("participants").isMissingNode())
                    .as(cell + " in " + breakdown)
                    .isTrue();
        }
    }

    private static BigDecimal rate(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, java.math.RoundingMode.HALF_UP);
    }

    private static JsonNode claims(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static <T> T eventually(Supplier<T> call) {
        return PlatformPeople.eventually(call);
    }
}
