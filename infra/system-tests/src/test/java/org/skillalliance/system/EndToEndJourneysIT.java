package org.skillalliance.system;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.skillalliance.platform.Platform;
import org.skillalliance.platform.PlatformEndpoints;
import org.skillalliance.platform.PlatformSettings;
import org.skillalliance.platform.RunningPlatform;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.AllianceSpec;
import org.skillalliance.platform.demo.ApiCallFailed;
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
import org.skillalliance.platform.demo.OrganisationSpec;
import org.skillalliance.platform.demo.OutcomeSpec;
import org.skillalliance.platform.demo.ProgrammeSpec;
import org.skillalliance.platform.demo.Session;
import org.skillalliance.platform.demo.StaffSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform, started exactly as {@code ./alliance up} starts it (embedded PostgreSQL, a Kafka broker process,
 * Keycloak with the demo realm, the four services and the gateway from their jars), driven only through the gateway
 * with real Keycloak tokens of the people themselves (password grant).
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
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndJourneysIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path workFolder;

    private RunningPlatform platform;
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
    private String escoUri;
    private UUID course;
    private String courseCode;
    private UUID cohort;
    private UUID programme;
    private UUID otherProgramme;
    private UUID award;

    @BeforeAll
    void startThePlatformAsTheCommandDoes() {
        Instant began = Instant.now();
        platform = Platform.start(PlatformSettings.forTests(workFolder), System.out);
        System.out.printf("platform started in %.1f s: %s%n", Duration.between(began, Instant.now()).toMillis() / 1000.0,
                platform.endpoints());
        endpoints = platform.endpoints();
        api = new AllianceApi(endpoints);
        admin = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD);
    }

    @AfterAll
    void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ the demo seed

    @Test
    @Order(0)
    void theDemoSeedBuildsAConsistentAllianceAndItsReport() {
        Instant began = Instant.now();
        DemoSummary demo = DemoSeed.run(endpoints, System.out);
        System.out.printf("demo seed took %.1f s%n%s%n", Duration.between(began, Instant.now()).toMillis() / 1000.0,
                demo.describe());

        assertThat(demo.alreadySeeded()).isFalse();
        assertThat(demo.took()).isLessThan(Duration.ofMinutes(2));
        assertThat(demo.users()).extracting(DemoSummary.DemoUser::role)
                .contains("alliance-admin", "coordinator", "provider", "funder", "member-admin", "learner");
        assertThat(demo.users()).hasSizeGreaterThanOrEqualTo(17);
        // every demo login works with the password printed beside it
        for (DemoSummary.DemoUser user : demo.users()) {
            assertThat(api.login(user.username(), user.password()).username()).isEqualTo(user.username());
        }

        JsonNode report = demo.impactReport();
        assertThat(report.path("programmeId").asString()).isEqualTo(demo.programmeId().toString());
        for (String figure : List.of("participants", "employersServed", "enrolments", "completions", "credentials",
                "seatsWithSkillGain", "grantCommittedMinor", "grantDisbursedMinor", "totalTrainingCostMinor",
                "employerContributionMinor")) {
            assertThat(report.path(figure).asLong()).as(figure).isPositive();
        }
        long outcomes = report.path("outcomesRecorded").asLong();
        assertThat(report.path("completions").asLong() + report.path("notCompleted").asLong()
                + report.path("noShows").asLong()).isEqualTo(outcomes);
        assertThat(report.path("participants").asLong()).isLessThanOrEqualTo(report.path("enrolments").asLong());
        assertThat(report.path("completionRate").decimalValue())
                .isEqualByComparingTo(rate(report.path("completions").asLong(), outcomes));
        assertThat(report.path("credentialRate").decimalValue())
                .isEqualByComparingTo(rate(report.path("credentials").asLong(), outcomes));
        assertThat(report.path("grantDisbursedMinor").asLong()).isLessThanOrEqualTo(report.path("grantCommittedMinor").asLong());
        // contribution = training cost - disbursed (both whole minor units here, so exactly)
        assertThat(report.path("employerContributionMinor").asLong()).isEqualTo(
                report.path("totalTrainingCostMinor").asLong() - report.path("grantDisbursedMinor").asLong());
        assertThat(report.path("leverage").decimalValue()).isPositive();
        assertThat(report.path("seatsWithoutCostShares").asLong()).isZero();
        assertThat(report.path("meanSatisfaction").decimalValue()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(5));
        // breakdowns by size band, sector and region show some cells and suppress others
        List<JsonNode> cells = new ArrayList<>();
        for (String dimension : List.of("sizeBand", "sector", "region")) {
            report.path("breakdowns").path(dimension).forEach(cells::add);
        }
        assertThat(cells).anyMatch(cell -> cell.path("suppressed").asBoolean());
        assertThat(cells).anyMatch(cell -> !cell.path("suppressed").asBoolean() && cell.path("participants").asLong() >= 5);
        assertThat(demo.describe()).contains("Demo users:", "hr-feinwerk", "participants", "leverage");

        // seeding again finds the alliance and writes nothing
        DemoSummary again = DemoSeed.run(endpoints, System.out);
        assertThat(again.alreadySeeded()).isTrue();
        assertThat(again.programmeId()).isEqualTo(demo.programmeId());
    }

    // --------------------------------------------------------------------------------------------------- journey 1

    /** An association creates an alliance, employers and a provider join, a funder registers; people are invited. */
    @Test
    @Order(1)
    void journey1_anAssociationCreatesAnAllianceMembersJoinAndAFunderRegisters() {
        association = admin.registerOrganisation(OrganisationSpec.of("ASSOCIATION", "Metalworks Association " + run,
                "E2E-" + run + "-A", "DE21"));
        coordinator = invite(admin, association, "coordinator", "Carla", "Conrad", "coordinator");
        // the token says who the person acts for
        assertThat(claims(coordinator.accessToken()).path("org_id").asString()).isEqualTo(association.toString());

        allianceName = "Metal and Digital Alliance " + run;
        alliance = coordinator.createAlliance(new AllianceSpec(allianceName, "SECTORAL", List.of("C25", "J62", "H49"),
                "DE2", "EUR", association));

        funderOrg = admin.registerOrganisation(OrganisationSpec.of("FUNDER", "Regional Skills Fund " + run,
                "E2E-" + run + "-F1", "DE21"));
        funder = invite(admin, funderOrg, "funder", "Frida", "Falk", "funder");
        coordinator.activateMembership(funder.applyForMembership(alliance, funderOrg, "FUNDER"));
        otherFunderOrg = admin.registerOrganisation(OrganisationSpec.of("FUNDER", "Other Foundation " + run,
                "E2E-" + run + "-F2", "DE30"));
        otherFunder = invite(admin, otherFunderOrg, "other-funder", "Otto", "Olsen", "funder");

        providerOrg = coordinator.registerOrganisation(OrganisationSpec.of("TRAINING_PROVIDER",
                "Technical Training Institute " + run, "E2E-" + run + "-P", "DE21"));
        coordinator.activateMembership(coordinator.applyForMembership(alliance, providerOrg, "PROVIDER"));
        provider = invite(coordinator, providerOrg, "provider", "Paul", "Pohl", "provider");

        // E1 micro, E2 small, E3 medium (all eligible for the programme below); E4 large (not eligible)
        admit("E1", "Alpha Tools", "C25.62", "DE21", 8);
        admit("E2", "Beta Metal", "C25.11", "DE22", 40);
        admit("E3", "Gamma Software", "J62.01", "DE21", 120);
        admit("E4", "Delta Logistics", "H49.41", "DE30", 400);
        assertThat(admin.organisation(employers.get("E1")).path("sizeBand").asString()).isEqualTo("MICRO");
        assertThat(admin.organisation(employers.get("E4")).path("sizeBand").asString()).isEqualTo("LARGE");

        // the coordinator sees its alliance's six active memberships
        List<JsonNode> memberships = coordinator.all("/api/memberships?allianceId=" + alliance);
        assertThat(memberships).hasSize(6).allMatch(m -> m.path("status").asString().equals("ACTIVE"));

        // a member-admin invites a learner of its own employer; the learner logs in and may not touch staff
        Session learner = invite(hr.get("E1"), employers.get("E1"), "learner", "Lina", "Lorenz", "learner");
        assertThat(learner.get("/api/staff?employerId=" + employers.get("E1")).status()).isEqualTo(403);
        // but a member-admin cannot hand out a coordinator's role
        ApiResponse refused = hr.get("E1").post("/api/organisations/" + employers.get("E1") + "/invitations",
                new InvitationSpec("e2e-" + run + "-sneaky", "sneaky-" + run + "@example.org", "S", "Neaky",
                        "coordinator", password));
        assertThat(refused.status()).isIn(403, 422);
        assertThat(refused.isProblem()).isTrue();

        // the staff of the four employers, registered by their own HR (E2 by CSV)
        register("E1", "a1", "Anja", "Adler", "FEMALE", "AGE_25_34");
        register("E1", "a2", "Arne", "Albers", null, null);
        CsvReport imported = hr.get("E2").importStaff(employers.get("E2"), String.join("\n",
                "First Name;Last Name;E-Mail;Employment Start;Consent to reporting;Gender;Age band",
                "Bodo;Bauer;" + email("b1") + ";2019-04-01;yes;M;35-44",
                "Berit;Brandt;" + email("b2") + ";2020-09-15;no;;",
                "Bernd;Busch;" + email("b3") + ";2015-01-01;no;;",
                "Bianca;Beck;" + email("b4") + ";2022-02-01;yes;F;25-34", ""));
        assertThat(imported.created()).as(imported.toString()).isEqualTo(4);
        List<String> bNames = List.of("b1", "b2", "b3", "b4");
        for (CsvReport.Row row : imported.rows()) {
            staff.put(bNames.get((int) row.line() - 2), row.id());
        }
        staffNames.addAll(List.of("Bodo", "Bauer", "Berit", "Brandt", "Bernd", "Busch", "Bianca", "Beck"));
        register("E3", "c1", "Clara", "Claussen", "FEMALE", "AGE_45_54");
        register("E3", "c2", "Cem", "Celik", null, null);
        register("E3", "c3", "Cora", "Conradi", null, null);
        register("E4", "d1", "Dirk", "Dietz", null, null);
        register("E4", "d2", "Dana", "Dorn", null, null);
    }

    // --------------------------------------------------------------------------------------------------- journey 2

    /** The provider drafts a course mapped to skills; the coordinator publishes it and schedules a cohort. */
    @Test
    @Order(2)
    void journey2_theProviderDraftsACourseTheCoordinatorPublishesItAndSchedulesACohort() {
        escoUri = "http://data.europa.eu/esco/skill/e2e-" + run + "-predictive-maintenance";
        skillDigital = coordinator.addSkill("E2E-" + run + "-PM", "Predictive maintenance with sensor data", "DIGITAL",
                escoUri);
        UUID skillTechnical = coordinator.addSkill("E2E-" + run + "-HYD", "Servicing hydraulic systems", "TECHNICAL",
                null);

        courseCode = "DM-101";
        course = eventually(() -> provider.draftCourse(new CourseSpec(alliance, courseCode, "Digital maintenance",
                "Condition monitoring and predictive maintenance of machine tools.", providerOrg, "BLENDED",
                new BigDecimal("20"), List.of(new CourseSpec.SkillTarget(skillDigital, 3),
                new CourseSpec.SkillTarget(skillTechnical, 2)), List.of("DIGITAL"), "Digital Maintenance Technician")));
        // only the alliance's coordinator publishes, not the provider
        assertThat(provider.post("/api/courses/" + course + "/publish").status()).isEqualTo(403);
        // (403 too until curriculum-service has heard of the alliance and who coordinates it)
        JsonNode published = eventually(() -> coordinator.publishCourse(course));
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.path("skills")).extracting(s -> s.path("category").asString())
                .containsExactlyInAnyOrder("DIGITAL", "TECHNICAL");

        // capacity 8, at most 3 seats per employer, EUR 9,999.99 for the whole cohort; it runs today
        cohort = coordinator.scheduleCohort(CohortSpec.of(course, association, today, today, today, today, 8, 4, 3,
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
        CsvReport bulk = hr.get("E2").importEnrolments(String.join("\n", "employer,staff_id,cohort",
                row("E2", "b1"), row("E2", "b2"), row("E2", "b3"), row("E2", "b4"), ""));
        assertThat(bulk.rows()).extracting(CsvReport.Row::outcome)
                .containsExactly("UNCHANGED", "CREATED", "CREATED", "CREATED");
        for (int i = 1; i <= 3; i++) {
            enrolments.put(List.of("b2", "b3", "b4").get(i - 1), bulk.rows().get(i).id());
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
        assertThat(e1.all("/api/staff")).extracting(s -> s.path("id").asString())
                .containsExactlyInAnyOrder(staff.get("a1").toString(), staff.get("a2").toString());
        assertNotFound(e1.get("/api/staff/" + staff.get("b1")));
        assertNotFound(e1.post("/api/staff/" + staff.get("b1") + "/leave", Map.of("employmentEnd", today.toString())));
        assertNotFound(e1.get("/api/enrolments/" + enrolments.get("b1")));
        assertNotFound(e1.post("/api/enrolments/" + enrolments.get("b2") + "/withdraw",
                Map.of("employerId", employers.get("E2"))));
        // enrolling for another employer is refused for who the caller is; a CSV row of another employer on its own
        ApiResponse forOther = e1.post("/api/enrolments", Map.of("cohortId", cohort, "employerId", employers.get("E2"),
                "staffId", staff.get("b2")));
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(forOther.isProblem()).isTrue();
        CsvReport foreignRow = e1.importEnrolments("employer,staff_id,cohort\n" + row("E2", "b2") + "\n");
        assertThat(foreignRow.rows().getFirst().outcome()).isEqualTo("REJECTED");
        assertThat(foreignRow.rows().getFirst().errors()).anyMatch(e -> e.startsWith("employer"));
        // nothing of that changed the cohort
        assertThat(coordinator.enrolmentsOfCohort(cohort)).hasSize(11);

        // E2 withdraws b2: the first waiter (b4, E2 now under its quota) is promoted; the others move up
        assertThat(hr.get("E2").withdraw(enrolments.get("b2"), employers.get("E2")).status()).isEqualTo("WITHDRAWN");
        Enrolment b4 = hr.get("E2").enrolment(enrolments.get("b4"));
        assertThat(b4.status()).isEqualTo("CONFIRMED");
        assertThat(b4.waitlistPosition()).isNull();
        assertWaiting("c3", 1);
        assertWaiting("d2", 2);
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
        programme = funder.draftProgramme(new ProgrammeSpec(funderOrg, "Digital maintenance fund " + run, "EUR",
                2_000_000, LocalDate.of(year, 1, 1).toString(), LocalDate.of(year, 12, 31).toString(),
                List.of(alliance), List.of("MICRO", "SMALL", "MEDIUM"), List.of("C", "J"), List.of(), List.of("DIGITAL"),
                List.of(ProgrammeSpec.BandRule.of("MICRO", "0.9", 400, "0.1"),
                        ProgrammeSpec.BandRule.of("SMALL", "0.8", 500, "0.1"),
                        ProgrammeSpec.BandRule.of("MEDIUM", "0.8", 300, "0.25")),
                120_000L, 1_000_000L, 3));
        assertThat(funder.openProgramme(programme, funderOrg).path("status").asString()).isEqualTo("OPEN");
        otherProgramme = otherFunder.draftProgramme(new ProgrammeSpec(otherFunderOrg, "Other programme " + run, "EUR",
                500_000, LocalDate.of(year, 1, 1).toString(), LocalDate.of(year, 12, 31).toString(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(ProgrammeSpec.BandRule.of("SMALL", "0.5", 0, "0.1")),
                null, null, 5));
        otherFunder.openProgramme(otherProgramme, otherFunderOrg);

        UUID application = eventually(() -> coordinator.applyForGrant(new ApplicationSpec(programme, association,
                "ASSOCIATION", cohort, 600_000, "EUR")));
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
        assertThat(a2.json().path("outcome").path("attendedHours").decimalValue()).isEqualByComparingTo("18.5");
        assertThat(a2.json().path("outcome").path("postScore").asInt()).isEqualTo(60);

        // the Open Badges 3.0 credential of a1, as its employer fetches it
        JsonNode badge = hr.get("E1").credential(enrolments.get("a1"));
        assertThat(badge.path("type")).extracting(JsonNode::asString)
                .containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(badge.path("id").asString()).isEqualTo("urn:uuid:" + enrolments.get("a1"));
        assertThat(badge.path("issuer").path("id").asString()).isEqualTo("urn:uuid:" + alliance);
        assertThat(badge.path("issuer").path("name").asString()).isEqualTo(allianceName);
        assertThat(badge.path("name").asString()).isEqualTo("Digital Maintenance Technician");
        JsonNode subject = badge.path("credentialSubject");
        assertThat(subject.path("id").asString()).isEqualTo("urn:uuid:" + staff.get("a1"));
        assertThat(subject.path("achievement").path("humanCode").asString()).isEqualTo(courseCode);
        assertThat(subject.path("achievement").path("creator").path("id").asString()).isEqualTo("urn:uuid:" + providerOrg);
        assertThat(subject.path("achievement").path("alignment")).extracting(a -> a.path("targetUrl").asString())
                .containsExactly(escoUri);
        assertThat(badge.toString()).doesNotContain("Anja", "Adler", email("a1"));
        // no credential was awarded to b1
        assertNotFound(hr.get("E2").get("/api/enrolments/" + enrolments.get("b1") + "/credential"));
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
        JsonNode shares = await().atMost(PATIENCE).until(() -> coordinator.costShares(cohort),
                s -> s.path("status").asString().equals("FIXED"));
        assertThat(shares.path("totalMinor").asLong()).isEqualTo(999_999);
        Map<UUID, long[]> lines = new LinkedHashMap<>();
        shares.path("shares").forEach(l -> lines.put(UUID.fromString(l.path("employerId").asString()),
                new long[] {l.path("seats").asLong(), l.path("amountMinor").asLong()}));
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
        Map<UUID, JsonNode> claims = await().atMost(PATIENCE).until(this::claimsByEmployer, c -> c.size() == 3
                && c.get(employers.get("E1")).path("claimedMinor").asLong() == 239_900
                && c.get(employers.get("E2")).path("claimedMinor").asLong() == 217_999
                && c.get(employers.get("E3")).path("claimedMinor").asLong() == 99_750);
        assertThat(claims.get(employers.get("E2")).path("seats")).extracting(s -> s.path("exactMinor").decimalValue())
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
        funder.ledger(programme).forEach(entry -> ledger.computeIfAbsent(entry.path("type").asString(),
                t -> new ArrayList<>()).add(entry.path("amountMinor").asLong()));
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
        JsonNode report = await().atMost(PATIENCE).until(() -> funder.impactReport(programme),
                r -> r.path("outcomesRecorded").asLong() == 7 && r.path("grantDisbursedMinor").asLong() == 520_000
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
        assertThat(api.anonymous("GET", "/api/reports/programmes/" + programme + "/impact").status()).isEqualTo(401);

        // each funder reads its own programme's report, and another funder's is not there for it
        assertThat(otherFunder.get("/api/reports/programmes/" + otherProgramme + "/impact").status()).isEqualTo(200);
        ApiResponse foreign = funder.get("/api/reports/programmes/" + otherProgramme + "/impact");
        assertThat(foreign.status()).isIn(403, 404);
        assertThat(foreign.isProblem()).isTrue();
        ApiResponse theOtherWay = otherFunder.get("/api/reports/programmes/" + programme + "/impact");
        assertThat(theOtherWay.status()).isIn(403, 404);
        assertThat(theOtherWay.body()).doesNotContain("874999", "participants");
        // nor can the other funder act on this programme's claims
        assertThat(otherFunder.get("/api/claims?programmeId=" + programme).json().path("items")).isEmpty();
        // other roles never read impact reports
        assertThat(coordinator.get("/api/reports/programmes/" + programme + "/impact").status()).isEqualTo(403);
        assertThat(hr.get("E1").get("/api/reports/programmes/" + programme + "/impact").status()).isEqualTo(403);
        assertThat(provider.get("/api/reports/programmes/" + programme + "/impact").status()).isEqualTo(403);
        // a member-admin reads its own statement, not another employer's
        assertNotFound(hr.get("E1").get("/api/statements?employerId=" + employers.get("E2") + "&from="
                + LocalDate.of(today.getYear(), 1, 1) + "&to=" + LocalDate.of(today.getYear(), 12, 31)));
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private Session invite(Session inviter, UUID organisation, String name, String firstName, String lastName,
                           String role) {
        String username = "e2e-" + run + "-" + name;
        Invitation invitation = inviter.invite(organisation, new InvitationSpec(username,
                username + "@journeys.example", firstName, lastName, role, password));
        assertThat(invitation.username()).isEqualTo(username);
        assertThat(invitation.role()).isEqualTo(role);
        assertThat(invitation.organisationId()).isEqualTo(organisation);
        assertThat(invitation.initialPassword()).isNull();
        // the invited person logs in with the password at once
        Session session = api.login(username, password);
        assertThat(claims(session.accessToken()).path("org_id").asString()).isEqualTo(organisation.toString());
        return session;
    }

    private void admit(String key, String name, String sector, String region, int headcount) {
        UUID id = coordinator.registerOrganisation(OrganisationSpec.employer(name + " " + run, "E2E-" + run + "-" + key,
                region, sector, headcount));
        coordinator.activateMembership(coordinator.applyForMembership(alliance, id, "MEMBER_EMPLOYER"));
        employers.put(key, id);
        hr.put(key, invite(coordinator, id, "hr-" + key.toLowerCase(), "Hanna", "Hr" + key, "member-admin"));
    }

    private void register(String employer, String key, String firstName, String lastName, String gender,
                          String ageBand) {
        UUID employerId = employers.get(employer);
        StaffSpec spec = gender == null ? StaffSpec.of(employerId, firstName, lastName, email(key), "2018-03-01")
                : StaffSpec.consenting(employerId, firstName, lastName, email(key), "2018-03-01", gender, ageBand);
        staff.put(key, hr.get(employer).registerStaff(spec));
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
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> admin.post("/api/enrolments",
                    Map.of("cohortId", cohort, "employerId", employers.get("E1"), "staffId", staff.get(key))).body(),
                    body -> body.contains("not employed by employer"));
        }
    }

    private void assertWaiting(String key, int position) {
        Enrolment enrolment = coordinator.enrolment(enrolments.get(key));
        assertThat(enrolment.status()).isEqualTo("WAITLISTED");
        assertThat(enrolment.waitlistPosition()).isEqualTo(position);
    }

    private void outcome(String key, OutcomeSpec outcome) {
        assertThat(provider.recordOutcome(enrolments.get(key), outcome).status()).isEqualTo(outcome.outcome());
    }

    private Map<UUID, JsonNode> claimsByEmployer() {
        Map<UUID, JsonNode> claims = new LinkedHashMap<>();
        funder.claims(programme).forEach(c -> claims.put(UUID.fromString(c.path("employerId").asString()), c));
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
        JsonNode statement = hr.get(employer).statement(employers.get(employer), LocalDate.of(today.getYear(), 1, 1),
                LocalDate.of(today.getYear(), 12, 31));
        JsonNode totals = statement.path("totals").get(0);
        assertThat(totals.path("currency").asString()).isEqualTo("EUR");
        assertThat(totals.path("sharesChargedMinor").asLong()).as(employer).isEqualTo(charged);
        assertThat(totals.path("grantOffsetsMinor").asLong()).as(employer).isEqualTo(offsets);
        assertThat(totals.path("netPayableMinor").asLong()).as(employer).isEqualTo(net);
        assertThat(totals.path("approvedNotPaidMinor").asLong()).as(employer).isZero();
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
        assertThat(cell.path("completionRate").decimalValue()).as(cell.toString()).isEqualByComparingTo(rate);
    }

    private static void assertSuppressed(JsonNode breakdown, String... cells) {
        for (String cell : cells) {
            assertThat(breakdown.path(cell).path("suppressed").asBoolean()).as(cell + " in " + breakdown).isTrue();
            assertThat(breakdown.path(cell).path("participants").isNull()
                    || breakdown.path(cell).path("participants").isMissingNode()).as(cell + " in " + breakdown).isTrue();
        }
    }

    private static BigDecimal rate(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, java.math.RoundingMode.HALF_UP);
    }

    private static JsonNode claims(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    /**
     * Sends a call again while another service's events have not arrived (a refusal writes nothing, so this is safe),
     * and on giving up shows the last refusal.
     */
    private static <T> T eventually(Supplier<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<ApiCallFailed> last = new AtomicReference<>();
        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
                try {
                    result.set(call.get());
                    return true;
                } catch (ApiCallFailed refused) {
                    last.set(refused);
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("still refused after " + PATIENCE.toSeconds() + " s: " + last.get().getMessage(), e);
        }
        return result.get();
    }
}
