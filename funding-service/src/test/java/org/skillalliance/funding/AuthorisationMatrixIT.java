package org.skillalliance.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.skillalliance.funding.FundingFixtures.created;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.AuthorisationMatrix;
import org.skillalliance.testsupport.AuthorisationMatrix.Call;
import org.skillalliance.testsupport.AuthorisationMatrix.Expected;
import org.skillalliance.testsupport.AuthorisationMatrix.Row;
import org.skillalliance.testsupport.AuthorisationMatrix.Tenant;
import org.skillalliance.testsupport.AuthorisationMatrix.Who;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.IssuerCheck;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Every endpoint of funding-service, called through the real gateway by every kind of caller with real Keycloak tokens: each role acting for
 * the organisation that owns the objects (tenant 1: association 1 coordinating alliance 1, employer 1, funder 1), the
 * same role for a second organisation (tenant 2), funder 1's system with a client-credentials token, a learner of
 * employer 1, no token and an expired admin token. Every cell checks the status, that a refused call changed nothing,
 * and that no caller outside tenant 1 gets any of tenant 1's private ids in a body (beyond the ones its request named).
 *
 * <p>Calls that change state get a fresh object where a successful call would use theirs up (a submitted claim, a
 * draft, an application awaiting review). The rules are those of docs/security.md.
 */
@RealInfrastructure(keycloak = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    /** Who may see tenant 1's private objects (each only some of them; the endpoints' checks say which). */
    static final Set<Who> TENANT_ONE =
            Set.of(Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN, Who.FUNDER, Who.FUNDER_SYSTEM);

    static final String SECRET_DRAFT = "Unannounced programme of funder one";
    /** The requirement of programme 1: each claim under it owes this report. */
    static final String REPORT = "progress-report";

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @LocalServerPort
    int port;
    /** The real gateway in front of this service: every cell goes through the door clients use. */
    String gateway;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventRegistry registry;

    @Autowired
    JdbcClient jdbc;

    /** The callers and their tokens. */
    AuthorisationMatrix matrix;

    final UUID association1 = UUID.randomUUID(), association2 = UUID.randomUUID();
    final UUID provider1 = UUID.randomUUID(), provider2 = UUID.randomUUID();
    final UUID funder1 = UUID.randomUUID(), funder2 = UUID.randomUUID();
    final UUID alliance1 = UUID.randomUUID(), alliance2 = UUID.randomUUID();
    /** Tenant 1's ids that no outsider may see unless its own request named them. */
    final Set<String> tenantOneSecrets = new LinkedHashSet<>();

    final List<Upstream.Seat> unusedSeats = new ArrayList<>();
    /** Employer 1's seats in a cohort under a programme with a claim window, not claimed yet. */
    final List<Upstream.Seat> unusedWindowSeats = new ArrayList<>();

    Upstream upstream;
    FundingFixtures fixtures;
    UUID employer1, employer2, employer3, programme1, programme2, draft1, application1, award1, windowAward1;
    /** Funder 1's programme requiring training plans, and employer 1's plan for {@link #planCohort1} under it. */
    UUID plannedProgramme1, plan1;

    final UUID planParticipant = UUID.randomUUID();
    Upstream.Cohort cohort1, openCohort1, windowCohort1, planCohort1;
    /** A cohort employer 1's staff attended (no award covers it), with its business results and one measure. */
    Upstream.Cohort resultsCohort1;

    UUID measure1;
    /** Employer 1's HR on the service's own port, reporting results for the rows that need a measure. */
    ApiClient employerOneHr;

    @BeforeAll
    void world() {
        matrix = AuthorisationMatrix.inFrontOf("funding-service", port, EnumSet.allOf(Who.class))
                .expiredTokenShownOn("/api/programmes");
        fixtures = new FundingFixtures(admin());
        upstream = new Upstream(kafka, registry, jdbc);
        employer1 = upstream.employer(alliance1, 20, SizeBand.SMALL, "C25.62", "DE21");
        employer3 = upstream.employer(alliance1, 30, SizeBand.SMALL, "C25.62", "DE21");
        employer2 = upstream.employer(alliance2, 20, SizeBand.SMALL, "C25.62", "DE21");
        UUID course1 = upstream.course(alliance1, "20", List.of("DIGITAL"));
        UUID course2 = upstream.course(alliance2, "20", List.of("DIGITAL"));
        cohort1 = upstream.cohort(course1, alliance1, association1, START, Pricing.TOTAL, 1_000_000);
        for (int i = 0; i < 20; i++) {
            unusedSeats.add(upstream.confirm(cohort1, employer1));
        }
        upstream.confirm(cohort1, employer3);
        openCohort1 = upstream.cohort(course1, alliance1, association1, START.plusMonths(3), Pricing.PER_SEAT, 50_000);
        upstream.confirm(openCohort1, employer1);
        // starts well after today, so that its training plans are not yet due
        planCohort1 = upstream.cohort(
                course1, alliance1, association1, LocalDate.now(ZoneOffset.UTC).plusDays(90), Pricing.PER_SEAT, 50_000);
        Upstream.Cohort cohort2 = upstream.cohort(course2, alliance2, association2, START, Pricing.TOTAL, 500_000);
        upstream.confirm(cohort2, employer2);
        // ended 3 days ago (a cohort runs 4 days): its claims are drafts, inside a 30-day claim window
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        windowCohort1 = upstream.cohort(course1, alliance1, association1, today.minusDays(7), Pricing.TOTAL, 100_000);
        for (int i = 0; i < 10; i++) {
            unusedWindowSeats.add(upstream.confirm(windowCohort1, employer1));
        }
        resultsCohort1 =
                upstream.cohort(course1, alliance1, association1, START.plusDays(14), Pricing.PER_SEAT, 50_000);
        Upstream.Seat resultsSeat = upstream.confirm(resultsCohort1, employer1);
        upstream.awaitConsumed();
        upstream.start(resultsCohort1, 1);
        upstream.outcome(resultsCohort1, resultsSeat, EnrolmentOutcome.COMPLETED, "20");
        upstream.awaitConsumed();
        employerOneHr = ApiClient.onPort(port).withTokens(Callers.person("member-admin", employer1));
        measure1 = measure();

        Map<String, Object> withReport = FundingFixtures.programme(funder1, 100_000_000);
        // a report due long after every payment here: its endpoints have something to act on, no payment is blocked
        withReport.put(
                "schemeRules",
                Map.of(
                        "requirements",
                        List.of(Map.of("key", REPORT, "kind", "PROGRESS_REPORT", "dueOn", "2099-12-31"))));
        programme1 = fixtures.openProgramme(withReport);
        programme2 = fixtures.openProgramme(FundingFixtures.programme(funder2, 1_000_000));
        Map<String, Object> secret = FundingFixtures.programme(funder1, 1_000_000);
        secret.put("name", SECRET_DRAFT);
        draft1 = created(admin().post("/api/programmes", secret));
        application1 =
                fixtures.applicationUnderReview(programme1, funder1, employer1, "EMPLOYER", cohort1.id(), 10_000_000);
        award1 = created(fixtures.award(application1, funder1, 10_000_000));
        upstream.start(cohort1, 22);
        Map<String, Object> withWindow = FundingFixtures.programme(funder1, 1_000_000);
        withWindow.put("periodStart", today.minusYears(1).toString());
        withWindow.put("periodEnd", today.plusYears(1).toString());
        withWindow.put("schemeRules", Map.of("claimWindowDays", 30));
        windowAward1 = created(fixtures.award(
                fixtures.applicationUnderReview(
                        fixtures.openProgramme(withWindow),
                        funder1,
                        employer1,
                        "EMPLOYER",
                        windowCohort1.id(),
                        500_000),
                funder1,
                500_000));
        upstream.start(windowCohort1, 10);
        plannedProgramme1 = fixtures.openProgramme(plannedProgramme());
        plan1 = created(admin().post("/api/training-plans", plan(plannedProgramme1)));
        upstream.awaitConsumed();
        tenantOneSecrets.addAll(List.of(
                employer1.toString(),
                employer3.toString(),
                draft1.toString(),
                application1.toString(),
                award1.toString(),
                plan1.toString(),
                SECRET_DRAFT));

        matrix.tenants(
                new Tenant(association1, employer1, provider1, funder1, null),
                new Tenant(association2, employer2, provider2, funder2, null));
        gateway = matrix.door();
    }

    /** A token the realm signed but that names another issuer (the realm under another host name): 401 at both doors. */
    @Test
    void aTokenOfTheRealmNamingAnotherIssuerIsRefusedByTheGatewayAndTheService() {
        IssuerCheck.assertAnotherIssuerIsRefused(gateway, port, "/api/programmes");
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheRulesSay() {
        matrix.check(endpoints(), (softly, cell) -> {
            if (!TENANT_ONE.contains(cell.who())) {
                softly.assertThat(leakedSecrets(cell.call(), cell.response()))
                        .as(cell.name() + " shows nothing of tenant 1")
                        .isEmpty();
            }
        });
    }

    @Test
    void aFunderSystemActsOnItsOwnProgrammesOnlyAndIsRefusedEverythingElse() {
        ApiClient system = matrix.as(Who.FUNDER_SYSTEM);
        assertThat(TestKeycloak.claims(matrix.token(Who.FUNDER_SYSTEM))
                        .path("org_id")
                        .asString())
                .isEqualTo(funder1.toString());
        assertThat(system.get("/api/programmes/" + draft1).status()).isEqualTo(200);
        assertThat(system.get("/api/awards/" + award1).status()).isEqualTo(200);
        assertThat(system.get("/api/ledger?programmeId=" + programme1)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isPositive();
        // another funder's programme: visible when open (a public call), but not its own to change or account for
        assertThat(system.get("/api/programmes/" + programme2).status()).isEqualTo(200);
        assertThat(system.post("/api/programmes/" + programme2 + "/close", Map.of("funderId", funder2))
                        .status())
                .isEqualTo(404);
        assertThat(system.get("/api/ledger?programmeId=" + programme2)
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();
        // drafting for another funder is about who the caller is: 403
        assertThat(system.post("/api/programmes", FundingFixtures.programme(funder2, 1_000))
                        .status())
                .isEqualTo(403);
        // what a funder never does
        assertThat(system.get("/api/statements?employerId=" + employer1 + "&from=2026-01-01&to=2026-12-31")
                        .status())
                .isEqualTo(403);
        assertThat(system.put(
                                "/api/cost-shares/" + openCohort1.id() + "/rule",
                                Map.of("coordinatorId", association1, "rule", "EQUAL"))
                        .status())
                .isEqualTo(403);
        assertThat(system.get("/api/quotes?cohortId=" + openCohort1.id() + "&employerId=" + employer1)
                        .status())
                .isEqualTo(403);
        assertThat(system.post(
                                "/api/applications",
                                Map.of(
                                        "programmeId",
                                        programme2,
                                        "applicantId",
                                        funder1,
                                        "applicantKind",
                                        "EMPLOYER",
                                        "requestedMinor",
                                        1_000,
                                        "currency",
                                        "EUR"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void actingForAnotherOrganisationIsRefusedAndFiltersNamingAnotherTenantFindNothing() {
        // an employer applies only for itself; an association only as an association
        Map<String, Object> forEmployer2 = new HashMap<>(Map.of(
                "programmeId",
                programme1,
                "applicantId",
                employer2,
                "applicantKind",
                "EMPLOYER",
                "requestedMinor",
                1_000,
                "currency",
                "EUR"));
        assertThat(matrix.as(Who.MEMBER_ADMIN)
                        .post("/api/applications", forEmployer2)
                        .status())
                .isEqualTo(403);
        forEmployer2.put("applicantId", employer1);
        forEmployer2.put("applicantKind", "ASSOCIATION");
        forEmployer2.put("cohortId", cohort1.id());
        assertThat(matrix.as(Who.MEMBER_ADMIN)
                        .post("/api/applications", forEmployer2)
                        .status())
                .isEqualTo(403);
        // another funder's draft is as unknown as a programme that does not exist
        ApiClient.Response toDraft = matrix.as(Who.MEMBER_ADMIN)
                .post(
                        "/api/applications",
                        Map.of(
                                "programmeId",
                                draft1,
                                "applicantId",
                                employer1,
                                "applicantKind",
                                "EMPLOYER",
                                "requestedMinor",
                                1_000,
                                "currency",
                                "EUR"));
        assertThat(toDraft.status()).isEqualTo(422);
        assertThat(toDraft.text()).contains("does not exist");

        assertThat(ids(matrix.as(Who.MEMBER_ADMIN_2).get("/api/awards?beneficiaryId=" + employer1)))
                .isEmpty();
        assertThat(ids(matrix.as(Who.MEMBER_ADMIN_2).get("/api/claims?employerId=" + employer1)))
                .isEmpty();
        assertThat(ids(matrix.as(Who.FUNDER_2).get("/api/applications?programmeId=" + programme1)))
                .isEmpty();
        assertThat(ids(matrix.as(Who.FUNDER_2).get("/api/programmes?funderId=" + funder1 + "&status=DRAFT")))
                .isEmpty();
        assertThat(ids(matrix.as(Who.FUNDER).get("/api/programmes?funderId=" + funder1 + "&status=DRAFT")))
                .contains(draft1.toString());
        assertThat(ids(matrix.as(Who.MEMBER_ADMIN_2).get("/api/cost-shares?employerId=" + employer1)))
                .isEmpty();
        assertThat(matrix.as(Who.MEMBER_ADMIN_2)
                        .get("/api/cost-shares")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(c -> c.path("cohortId").asString()))
                .doesNotContain(cohort1.id().toString());

        // an employer sees its own line of a cohort's shares, not the other employers'
        ApiClient.Response own = matrix.as(Who.MEMBER_ADMIN).get("/api/cost-shares/" + cohort1.id());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text()).contains(employer1.toString()).doesNotContain(employer3.toString());
        assertThat(matrix.as(Who.COORDINATOR)
                        .get("/api/cost-shares/" + cohort1.id())
                        .text())
                .contains(employer1.toString(), employer3.toString());

        // a token that names no organisation acts for none
        ApiClient nobody = new ApiClient(gateway).withToken(Callers.tokenFor("funder", null));
        assertThat(nobody.get("/api/programmes/" + draft1).status()).isEqualTo(404);
        assertThat(ids(nobody.get("/api/awards"))).isEmpty();
        assertThat(nobody.get("/api/ledger").json().path("totalItems").asLong()).isZero();
    }

    // ---- the endpoints and what each caller gets ----

    private List<Row> endpoints() {
        List<Row> endpoints = new ArrayList<>();
        Expected everyone = Expected.otherwise(200);
        Expected funderCreates = Expected.otherwise(403).and(201, Who.ADMIN, Who.FUNDER, Who.FUNDER_SYSTEM);
        Expected fundersOwn = Expected.otherwise(403)
                .and(200, Who.ADMIN, Who.FUNDER, Who.FUNDER_SYSTEM)
                .and(404, Who.FUNDER_2);

        // programmes
        endpoints.add(new Row(
                "POST /api/programmes",
                () -> new Call("POST", "/api/programmes", FundingFixtures.programme(funder1, 1_000), null),
                funderCreates,
                null));
        endpoints.add(new Row(
                "GET /api/programmes",
                () -> Call.get("/api/programmes?size=200"),
                everyone,
                (softly, who, response) -> {
                    List<String> ids = ids(response);
                    softly.assertThat(ids)
                            .as("GET /api/programmes as " + who)
                            .contains(programme1.toString(), programme2.toString());
                    softly.assertThat(ids.contains(draft1.toString()))
                            .as("GET /api/programmes as " + who + " shows funder 1's draft")
                            .isEqualTo(funds(who));
                }));
        endpoints.add(new Row(
                "GET /api/programmes/{id} (draft)",
                () -> Call.get("/api/programmes/" + draft1),
                Expected.otherwise(404).and(200, Who.ADMIN, Who.FUNDER, Who.FUNDER_SYSTEM),
                null));
        endpoints.add(new Row(
                "GET /api/programmes/{id} (open)", () -> Call.get("/api/programmes/" + programme1), everyone, null));
        endpoints.add(new Row(
                "PUT /api/programmes/{id}",
                () -> {
                    Map<String, Object> same = FundingFixtures.programme(funder1, 1_000_000);
                    same.put("name", SECRET_DRAFT);
                    return new Call("PUT", "/api/programmes/" + draft1, same, probe("/api/programmes/" + draft1));
                },
                fundersOwn,
                null));
        endpoints.add(new Row(
                "POST /api/programmes/{id}/open",
                () -> {
                    UUID draft = created(admin().post("/api/programmes", FundingFixtures.programme(funder1, 1_000)));
                    return new Call(
                            "POST",
                            "/api/programmes/" + draft + "/open",
                            Map.of("funderId", funder1),
                            probe("/api/programmes/" + draft));
                },
                fundersOwn,
                null));
        endpoints.add(new Row(
                "POST /api/programmes/{id}/close",
                () -> {
                    UUID open = fixtures.openProgramme(FundingFixtures.programme(funder1, 1_000));
                    return new Call(
                            "POST",
                            "/api/programmes/" + open + "/close",
                            Map.of("funderId", funder1),
                            probe("/api/programmes/" + open));
                },
                fundersOwn,
                null));

        // programme templates: read by everyone authenticated, drafted from by funders for their own organisation
        endpoints.add(
                new Row("GET /api/programme-templates", () -> Call.get("/api/programme-templates"), everyone, null));
        endpoints.add(new Row(
                "GET /api/programme-templates/{key}",
                () -> Call.get("/api/programme-templates/uk-skills-bootcamps"),
                everyone,
                null));
        endpoints.add(new Row(
                "POST /api/programmes/from-template",
                () -> new Call(
                        "POST",
                        "/api/programmes/from-template",
                        Map.of(
                                "templateKey",
                                "jp-hrd-support-subsidy-sme",
                                "funderId",
                                funder1,
                                "budgetMinor",
                                1_000,
                                "periodStart",
                                "2026-04-01",
                                "periodEnd",
                                "2027-03-31"),
                        null),
                funderCreates,
                null));

        // applications
        Expected applicationReaders = Expected.otherwise(404)
                .and(200, Who.ADMIN, Who.MEMBER_ADMIN, Who.FUNDER, Who.FUNDER_SYSTEM)
                .and(403, Who.PROVIDER, Who.PROVIDER_2, Who.LEARNER);
        endpoints.add(new Row(
                "POST /api/applications",
                () -> {
                    UUID programme = fixtures.openProgramme(FundingFixtures.programme(funder1, 10_000));
                    return new Call(
                            "POST",
                            "/api/applications",
                            Map.of(
                                    "programmeId",
                                    programme,
                                    "applicantId",
                                    employer1,
                                    "applicantKind",
                                    "EMPLOYER",
                                    "requestedMinor",
                                    1_000,
                                    "currency",
                                    "EUR"),
                            () -> admin().get("/api/applications?programmeId=" + programme)
                                    .json()
                                    .path("totalItems")
                                    .asString());
                },
                Expected.otherwise(403).and(201, Who.ADMIN, Who.MEMBER_ADMIN),
                null));
        endpoints.add(new Row(
                "GET /api/applications",
                () -> Call.get("/api/applications?size=200"),
                Expected.otherwise(200).and(403, Who.PROVIDER, Who.PROVIDER_2, Who.LEARNER),
                (softly, who, response) -> softly.assertThat(ids(response).contains(application1.toString()))
                        .as("GET /api/applications as " + who + " shows employer 1's")
                        .isEqualTo(funds(who) || who == Who.MEMBER_ADMIN)));
        endpoints.add(new Row(
                "GET /api/applications/{id}",
                () -> Call.get("/api/applications/" + application1),
                applicationReaders,
                null));
        endpoints.add(new Row(
                "POST /api/applications/{id}/review",
                () -> {
                    UUID application = submittedApplication(UUID.randomUUID());
                    return new Call(
                            "POST",
                            "/api/applications/" + application + "/review",
                            Map.of("actorId", funder1),
                            probe("/api/applications/" + application));
                },
                fundersOwn,
                null));
        endpoints.add(new Row(
                "POST /api/applications/{id}/reject",
                () -> {
                    UUID application = submittedApplication(UUID.randomUUID());
                    return new Call(
                            "POST",
                            "/api/applications/" + application + "/reject",
                            Map.of("actorId", funder1, "note", "out of scope"),
                            probe("/api/applications/" + application));
                },
                fundersOwn,
                null));
        endpoints.add(new Row(
                "POST /api/applications/{id}/withdraw",
                () -> {
                    UUID application = submittedApplication(employer1);
                    return new Call(
                            "POST",
                            "/api/applications/" + application + "/withdraw",
                            Map.of("actorId", employer1),
                            probe("/api/applications/" + application));
                },
                Expected.otherwise(404)
                        .and(200, Who.ADMIN, Who.MEMBER_ADMIN)
                        .and(
                                403,
                                Who.PROVIDER,
                                Who.PROVIDER_2,
                                Who.FUNDER,
                                Who.FUNDER_2,
                                Who.FUNDER_SYSTEM,
                                Who.LEARNER),
                null));

        // awards
        endpoints.add(new Row(
                "POST /api/awards",
                () -> {
                    UUID application = fixtures.applicationUnderReview(
                            programme1, funder1, UUID.randomUUID(), "EMPLOYER", null, 1_000);
                    return new Call(
                            "POST",
                            "/api/awards",
                            Map.of(
                                    "applicationId",
                                    application,
                                    "funderId",
                                    funder1,
                                    "amountMinor",
                                    1_000,
                                    "currency",
                                    "EUR"),
                            probe("/api/applications/" + application));
                },
                Expected.otherwise(403)
                        .and(201, Who.ADMIN, Who.FUNDER, Who.FUNDER_SYSTEM)
                        .and(404, Who.FUNDER_2),
                null));
        Expected awardReaders = Expected.otherwise(404)
                .and(200, Who.ADMIN, Who.MEMBER_ADMIN, Who.FUNDER, Who.FUNDER_SYSTEM)
                .and(403, Who.PROVIDER, Who.PROVIDER_2, Who.LEARNER);
        endpoints.add(new Row(
                "GET /api/awards",
                () -> Call.get("/api/awards?size=200"),
                Expected.otherwise(200).and(403, Who.PROVIDER, Who.PROVIDER_2, Who.LEARNER),
                (softly, who, response) -> softly.assertThat(ids(response).contains(award1.toString()))
                        .as("GET /api/awards as " + who + " shows employer 1's award")
                        .isEqualTo(funds(who) || who == Who.MEMBER_ADMIN)));
        endpoints.add(new Row("GET /api/awards/{id}", () -> Call.get("/api/awards/" + award1), awardReaders, null));

        // claims
        Expected claimReaders = Expected.otherwise(403)
                .and(200, Who.ADMIN, Who.MEMBER_ADMIN, Who.FUNDER, Who.FUNDER_SYSTEM)
                .and(404, Who.MEMBER_ADMIN_2, Who.FUNDER_2);
        endpoints.add(new Row(
                "GET /api/claims",
                () -> {
                    claimIn("SUBMITTED");
                    return Call.get("/api/claims?size=200");
                },
                Expected.otherwise(403)
                        .and(
                                200,
                                Who.ADMIN,
                                Who.MEMBER_ADMIN,
                                Who.MEMBER_ADMIN_2,
                                Who.FUNDER,
                                Who.FUNDER_2,
                                Who.FUNDER_SYSTEM),
                (softly, who, response) -> softly.assertThat(response.json()
                                .path("items")
                                .valueStream()
                                .anyMatch(c -> c.path("awardId").asString().equals(award1.toString())))
                        .as("GET /api/claims as " + who + " shows employer 1's claims")
                        .isEqualTo(funds(who) || who == Who.MEMBER_ADMIN)));
        endpoints.add(new Row(
                "GET /api/claims/{id}", () -> Call.get("/api/claims/" + claimIn("SUBMITTED")), claimReaders, null));
        endpoints.add(new Row(
                "POST /api/claims/{id}/submit",
                () -> {
                    UUID claim = draftClaim();
                    return new Call(
                            "POST",
                            "/api/claims/" + claim + "/submit",
                            Map.of("employerId", employer1),
                            probe("/api/claims/" + claim));
                },
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2),
                null));
        endpoints.add(new Row(
                "POST /api/claims/{id}/approve",
                () -> {
                    UUID claim = claimIn("SUBMITTED");
                    return new Call(
                            "POST",
                            "/api/claims/" + claim + "/approve",
                            Map.of("funderId", funder1),
                            probe("/api/claims/" + claim));
                },
                fundersOwn,
                null));
        endpoints.add(new Row(
                "POST /api/claims/{id}/reject",
                () -> {
                    UUID claim = claimIn("SUBMITTED");
                    return new Call(
                            "POST",
                            "/api/claims/" + claim + "/reject",
                            Map.of("funderId", funder1, "note", "attendance not evidenced"),
                            probe("/api/claims/" + claim));
                },
                fundersOwn,
                null));
        endpoints.add(new Row(
                "POST /api/claims/{id}/pay",
                () -> {
                    UUID claim = claimIn("APPROVED");
                    return new Call(
                            "POST",
                            "/api/claims/" + claim + "/pay",
                            Map.of("funderId", funder1),
                            probe("/api/claims/" + claim));
                },
                fundersOwn,
                null));

        // training plans
        endpoints.add(new Row(
                "POST /api/training-plans",
                () -> {
                    UUID programme = fixtures.openProgramme(plannedProgramme());
                    return new Call(
                            "POST",
                            "/api/training-plans",
                            plan(programme),
                            () -> admin().get("/api/training-plans?programmeId=" + programme)
                                    .json()
                                    .path("totalItems")
                                    .asString());
                },
                Expected.otherwise(403).and(201, Who.ADMIN, Who.MEMBER_ADMIN),
                null));
        endpoints.add(new Row(
                "GET /api/training-plans",
                () -> Call.get("/api/training-plans?size=200"),
                Expected.otherwise(403)
                        .and(
                                200,
                                Who.ADMIN,
                                Who.MEMBER_ADMIN,
                                Who.MEMBER_ADMIN_2,
                                Who.FUNDER,
                                Who.FUNDER_2,
                                Who.FUNDER_SYSTEM),
                (softly, who, response) -> softly.assertThat(ids(response).contains(plan1.toString()))
                        .as("GET /api/training-plans as " + who + " shows employer 1's plan")
                        .isEqualTo(funds(who) || who == Who.MEMBER_ADMIN)));
        endpoints.add(new Row(
                "GET /api/training-plans/{id}",
                () -> Call.get("/api/training-plans/" + plan1),
                Expected.otherwise(403)
                        .and(200, Who.ADMIN, Who.MEMBER_ADMIN, Who.FUNDER, Who.FUNDER_SYSTEM)
                        .and(404, Who.MEMBER_ADMIN_2, Who.FUNDER_2),
                null));
        // claims' reports
        endpoints.add(new Row(
                "GET /api/claims/{id}/reports",
                () -> Call.get("/api/claims/" + claimIn("SUBMITTED") + "/reports"),
                claimReaders,
                null));
        endpoints.add(new Row(
                "POST /api/claims/{id}/reports",
                () -> {
                    UUID claim = claimWithReportToDecide();
                    return new Call(
                            "POST",
                            "/api/claims/" + claim + "/reports",
                            Map.of("employerId", employer1, "requirementKey", REPORT, "summary", "On track."),
                            probe("/api/claims/" + claim + "/reports"));
                },
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2),
                null));
        endpoints.add(reportDecision("accept", Map.of("funderId", funder1), fundersOwn));
        endpoints.add(reportDecision("reject", Map.of("funderId", funder1, "note", "no attendance list"), fundersOwn));

        // cost shares
        Expected costShareReaders = Expected.otherwise(403)
                .and(200, Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN)
                .and(404, Who.COORDINATOR_2, Who.MEMBER_ADMIN_2);
        endpoints.add(new Row(
                "GET /api/cost-shares",
                () -> Call.get("/api/cost-shares?size=200"),
                Expected.otherwise(403)
                        .and(200, Who.ADMIN, Who.COORDINATOR, Who.COORDINATOR_2, Who.MEMBER_ADMIN, Who.MEMBER_ADMIN_2),
                (softly, who, response) -> {
                    boolean insider = who == Who.ADMIN || who == Who.COORDINATOR || who == Who.MEMBER_ADMIN;
                    softly.assertThat(response.json()
                                    .path("items")
                                    .valueStream()
                                    .anyMatch(c -> c.path("cohortId")
                                            .asString()
                                            .equals(cohort1.id().toString())))
                            .as("GET /api/cost-shares as " + who + " shows cohort 1")
                            .isEqualTo(insider);
                    softly.assertThat(response.text().contains(employer3.toString()))
                            .as("GET /api/cost-shares as " + who + " shows employer 3's share")
                            .isEqualTo(who == Who.ADMIN || who == Who.COORDINATOR);
                }));
        endpoints.add(new Row(
                "GET /api/cost-shares/{cohortId}",
                () -> Call.get("/api/cost-shares/" + cohort1.id()),
                costShareReaders,
                (softly, who, response) -> softly.assertThat(response.text().contains(employer3.toString()))
                        .as("GET /api/cost-shares/{cohortId} as " + who + " shows employer 3's share")
                        .isEqualTo(who != Who.MEMBER_ADMIN)));
        endpoints.add(new Row(
                "PUT /api/cost-shares/{cohortId}/rule",
                () -> new Call(
                        "PUT",
                        "/api/cost-shares/" + openCohort1.id() + "/rule",
                        Map.of("coordinatorId", association1, "rule", "PER_SEAT"),
                        probe("/api/cost-shares/" + openCohort1.id())),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR).and(404, Who.COORDINATOR_2),
                null));

        // money as the ledger has it
        endpoints.add(new Row(
                "GET /api/ledger",
                () -> Call.get("/api/ledger?programmeId=" + programme1),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.FUNDER, Who.FUNDER_2, Who.FUNDER_SYSTEM),
                (softly, who, response) -> softly.assertThat(
                                response.json().path("totalItems").asLong() > 0)
                        .as("GET /api/ledger as " + who + " shows programme 1's entries")
                        .isEqualTo(funds(who))));
        endpoints.add(new Row(
                "GET /api/statements",
                () -> Call.get("/api/statements?employerId=" + employer1 + "&from=2026-01-01&to=2026-12-31"),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2),
                null));
        endpoints.add(new Row(
                "GET /api/quotes",
                () -> Call.get("/api/quotes?cohortId=" + openCohort1.id() + "&employerId=" + employer1),
                Expected.otherwise(403)
                        .and(200, Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN)
                        .and(404, Who.COORDINATOR_2, Who.MEMBER_ADMIN_2),
                null));
        // business results: the employer's own (its member-admin), for a cohort its staff attended
        Expected employersResults =
                Expected.otherwise(403).and(200, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2);
        // another employer's HR: its own results for a cohort its staff did not attend cannot be made (422), and
        // employer 1's measure is not in them (404, before anything else is checked)
        Expected employersCreation =
                Expected.otherwise(403).and(200, Who.MEMBER_ADMIN).and(422, Who.MEMBER_ADMIN_2);
        Expected employersMeasureChange =
                Expected.otherwise(403).and(200, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2);
        String results = "/api/cohort-results/" + resultsCohort1.id();
        endpoints.add(new Row(
                "GET /api/cohort-results",
                () -> Call.get("/api/cohort-results?size=200"),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN, Who.MEMBER_ADMIN_2),
                (softly, who, response) -> softly.assertThat(
                                response.text().contains(resultsCohort1.id().toString()))
                        .as("GET /api/cohort-results as " + who + " shows employer 1's results")
                        .isEqualTo(who == Who.ADMIN || who == Who.MEMBER_ADMIN)));
        endpoints.add(new Row("GET /api/cohort-results/{cohortId}", () -> Call.get(results), employersResults, null));
        endpoints.add(new Row(
                "GET /api/cohort-results/{cohortId}/changes",
                () -> Call.get(results + "/changes"),
                employersResults,
                null));
        endpoints.add(new Row(
                "PUT /api/cohort-results/{cohortId}/wage-cost",
                () -> new Call(
                        "PUT",
                        results + "/wage-cost",
                        Map.of("hourlyWageCostMinor", 3_000, "currency", "EUR"),
                        resultsProbe()),
                employersCreation,
                null));
        endpoints.add(new Row(
                "POST /api/cohort-results/{cohortId}/measures",
                () -> new Call("POST", results + "/measures", measureBody(), resultsProbe()),
                Expected.otherwise(403).and(201, Who.MEMBER_ADMIN).and(422, Who.MEMBER_ADMIN_2),
                null));
        endpoints.add(new Row(
                "PUT /api/cohort-results/{cohortId}/measures/{measureId}",
                () -> new Call("PUT", results + "/measures/" + measure1, measureBody(), resultsProbe()),
                employersMeasureChange,
                null));
        endpoints.add(new Row(
                "DELETE /api/cohort-results/{cohortId}/measures/{measureId}",
                () -> new Call("DELETE", results + "/measures/" + measure(), null, resultsProbe()),
                employersMeasureChange,
                null));
        return endpoints;
    }

    /** A new measure in employer 1's results for {@link #resultsCohort1}, reported by its HR. */
    private UUID measure() {
        ApiClient.Response added =
                employerOneHr.post("/api/cohort-results/" + resultsCohort1.id() + "/measures", measureBody());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String location = added.header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static Map<String, Object> measureBody() {
        return FundingFixtures.measure("orders processed per month", "orders", "1200", "1450", true, 6_000, 60, 80);
    }

    /** Employer 1's results and change log for {@link #resultsCohort1}, as the admin's list and the database have them. */
    private Supplier<String> resultsProbe() {
        return () -> admin().get("/api/cohort-results?cohortId=" + resultsCohort1.id())
                        .text()
                + jdbc.sql("select count(*) from cohort_results_change where cohort_id = :cohort")
                        .param("cohort", resultsCohort1.id())
                        .query(Long.class)
                        .single();
    }

    /** Funder 1's open-to-all programme requiring a training plan 30 days before a cohort starts. */
    private Map<String, Object> plannedProgramme() {
        Map<String, Object> terms = FundingFixtures.programme(funder1, 1_000_000);
        terms.put("periodEnd", LocalDate.now(ZoneOffset.UTC).plusDays(365).toString());
        terms.put("schemeRules", Map.of("trainingPlanLeadDays", 30));
        return terms;
    }

    /** Employer 1's plan for {@link #planCohort1} under the programme. */
    private Map<String, Object> plan(UUID programme) {
        return Map.of(
                "programmeId",
                programme,
                "employerId",
                employer1,
                "cohortId",
                planCohort1.id(),
                "participantIds",
                List.of(planParticipant),
                "plannedHours",
                new BigDecimal("20"),
                "costMinor",
                50_000,
                "currency",
                "EUR");
    }

    private static boolean funds(Who who) {
        return who == Who.ADMIN || who == Who.FUNDER || who == Who.FUNDER_SYSTEM;
    }

    /** An application of the applicant under programme 1 awaiting review: the one there is, or a new one. */
    private UUID submittedApplication(UUID applicant) {
        List<String> open = ids(admin().get("/api/applications?programmeId=" + programme1 + "&applicantId=" + applicant
                + "&status=SUBMITTED"));
        if (!open.isEmpty()) {
            return UUID.fromString(open.getFirst());
        }
        return created(admin().post(
                        "/api/applications",
                        Map.of(
                                "programmeId",
                                programme1,
                                "applicantId",
                                applicant,
                                "applicantKind",
                                "EMPLOYER",
                                "requestedMinor",
                                1_000,
                                "currency",
                                "EUR")));
    }

    /**
     * A claim of employer 1 under award 1 in the status: the one there is, or a new one, from the outcome of a seat
     * not claimed yet (approved by the admin where an approved one is wanted).
     */
    private UUID claimIn(String status) {
        List<String> existing = ids(admin().get("/api/claims?awardId=" + award1 + "&status=" + status));
        if (!existing.isEmpty()) {
            return UUID.fromString(existing.getFirst());
        }
        if (status.equals("APPROVED")) {
            UUID submitted = claimIn("SUBMITTED");
            ApiClient.Response approved =
                    admin().post("/api/claims/" + submitted + "/approve", Map.of("funderId", funder1));
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            return submitted;
        }
        assertThat(unusedSeats).as("seats left to claim").isNotEmpty();
        upstream.outcome(cohort1, unusedSeats.removeFirst(), EnrolmentOutcome.COMPLETED, "20");
        upstream.awaitConsumed();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !ids(admin().get("/api/claims?awardId=" + award1 + "&status=SUBMITTED"))
                        .isEmpty());
        return UUID.fromString(ids(admin().get("/api/claims?awardId=" + award1 + "&status=SUBMITTED"))
                .getFirst());
    }

    /**
     * A draft claim of employer 1 under the award with a claim window: the one there is, or a new one from the outcome
     * of a seat not claimed yet (a submitted claim is rejected first, since outcomes update an open claim).
     */
    private UUID draftClaim() {
        List<String> drafts = ids(admin().get("/api/claims?awardId=" + windowAward1 + "&status=DRAFT"));
        if (!drafts.isEmpty()) {
            return UUID.fromString(drafts.getFirst());
        }
        for (String submitted : ids(admin().get("/api/claims?awardId=" + windowAward1 + "&status=SUBMITTED"))) {
            ApiClient.Response rejected =
                    admin().post("/api/claims/" + submitted + "/reject", Map.of("funderId", funder1, "note", "again"));
            assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        }
        assertThat(unusedWindowSeats).as("seats left to claim").isNotEmpty();
        upstream.outcome(windowCohort1, unusedWindowSeats.removeFirst(), EnrolmentOutcome.COMPLETED, "20");
        upstream.awaitConsumed();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !ids(admin().get("/api/claims?awardId=" + windowAward1 + "&status=DRAFT"))
                        .isEmpty());
        return UUID.fromString(ids(admin().get("/api/claims?awardId=" + windowAward1 + "&status=DRAFT"))
                .getFirst());
    }

    /** The funder's decision on the report of a claim of employer 1 that awaits it. */
    private Row reportDecision(String action, Map<String, Object> body, Expected expected) {
        return new Row(
                "POST /api/claims/{id}/reports/{requirementKey}/" + action,
                () -> {
                    UUID claim = claimWithReportToDecide();
                    return new Call(
                            "POST",
                            "/api/claims/" + claim + "/reports/" + REPORT + "/" + action,
                            body,
                            probe("/api/claims/" + claim + "/reports"));
                },
                expected,
                null);
    }

    /**
     * A submitted claim of employer 1 under award 1 whose report the employer submitted and the funder has not
     * decided: an accepted report is final, so a claim whose report was accepted is set aside (rejected) for a new one.
     */
    private UUID claimWithReportToDecide() {
        UUID claim = claimIn("SUBMITTED");
        String state = admin().get("/api/claims/" + claim + "/reports")
                .json()
                .path("reports")
                .get(0)
                .path("state")
                .asString();
        if (state.equals("ACCEPTED")) {
            ApiClient.Response setAside =
                    admin().post("/api/claims/" + claim + "/reject", Map.of("funderId", funder1, "note", "set aside"));
            assertThat(setAside.status()).as(setAside.toString()).isEqualTo(200);
            claim = claimIn("SUBMITTED");
        }
        ApiClient.Response submitted = admin().post(
                        "/api/claims/" + claim + "/reports",
                        Map.of("employerId", employer1, "requirementKey", REPORT, "summary", "Halfway, all present."));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return claim;
    }

    private Supplier<String> probe(String path) {
        return () -> admin().get(path).text().replaceAll("\"updatedAt\":\"[^\"]*\"", "");
    }

    /** Tenant 1's private ids and names in the body that the request did not name itself. */
    private List<String> leakedSecrets(Call call, ApiClient.Response response) {
        Set<String> named = new LinkedHashSet<>();
        Matcher inRequest = UUIDS.matcher(
                call.path() + " " + (call.body() == null ? "" : call.body().toString()));
        while (inRequest.find()) {
            named.add(inRequest.group());
        }
        return tenantOneSecrets.stream()
                .filter(secret -> !named.contains(secret))
                .filter(secret -> response.text().contains(secret))
                .toList();
    }

    private ApiClient admin() {
        return Callers.asAdmin(port);
    }

    private static List<String> ids(ApiClient.Response response) {
        return response.json()
                .path("items")
                .valueStream()
                .map(n -> n.path("id").asString())
                .toList();
    }
}
