package org.skillalliance.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.funding.ProgrammeOpened;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.AllianceKind;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipApplied;
import org.skillalliance.contracts.member.MembershipRejected;
import org.skillalliance.contracts.member.MembershipRole;
import org.skillalliance.contracts.member.MembershipStatus;
import org.skillalliance.contracts.member.MembershipSuspended;
import org.skillalliance.contracts.member.MembershipWithdrawn;
import org.skillalliance.reporting.projection.Projector;
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

/**
 * Every endpoint of reporting-service, called through the real gateway by every kind of caller with real Keycloak tokens: each role acting for
 * the organisation that owns the reports (tenant 1), the same role for a second organisation (tenant 2), tenant 1's
 * funder system with a client-credentials token, a learner, no token and an expired admin token. Every cell checks the
 * status, and that no refused call shows anything of tenant 1's reports.
 *
 * <p>The world (two alliances with their coordinators, an employer member of each, a programme of each funder) is
 * applied straight through the {@link Projector}, not published: the rebuild replays the shared topics, and other
 * test classes' events must not become this class's, nor this class's theirs. Every call re-applies it (the
 * projector's upserts are idempotent), because the admin's rebuild empties the projections. The rules are those of
 * docs/security.md.
 */
@RealInfrastructure(keycloak = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    /** Tenant 1's programme's name: only its funder and admins may see it. */
    static final String SECRET_PROGRAMME = "Programme of funder one";

    @LocalServerPort
    int port;
    /** The real gateway in front of this service: every cell goes through the door clients use. */
    String gateway;

    @Autowired
    Projector projector;

    @Autowired
    JdbcClient jdbc;

    final EventRegistry registry = EventRegistry.standard();
    /** The callers and their tokens. */
    AuthorisationMatrix matrix;

    final List<EventEnvelope> world = new ArrayList<>();
    final UUID association1 = UUID.randomUUID(), association2 = UUID.randomUUID();
    final UUID employer1 = UUID.randomUUID(), employer2 = UUID.randomUUID();
    final UUID provider1 = UUID.randomUUID(), provider2 = UUID.randomUUID();
    final UUID funder1 = UUID.randomUUID(), funder2 = UUID.randomUUID();
    final UUID alliance1 = UUID.randomUUID(), alliance2 = UUID.randomUUID();
    final UUID programme1 = UUID.randomUUID(), programme2 = UUID.randomUUID();

    @BeforeAll
    void world() {
        matrix = AuthorisationMatrix.inFrontOf("reporting-service", port, EnumSet.allOf(Who.class))
                .expiredTokenShownOn("/api/reports/programmes/" + programme1 + "/impact");
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        event(
                EventTypes.ALLIANCE_CREATED,
                alliance1,
                new AllianceCreated(
                        alliance1, association1, "Alliance one", AllianceKind.REGIONAL, List.of(), "DE2", "EUR"),
                at);
        event(
                EventTypes.ALLIANCE_CREATED,
                alliance2,
                new AllianceCreated(
                        alliance2, association2, "Alliance two", AllianceKind.REGIONAL, List.of(), "DE2", "EUR"),
                at);
        membership(alliance1, employer1, at);
        membership(alliance2, employer2, at);
        programme(programme1, funder1, SECRET_PROGRAMME, at);
        programme(programme2, funder2, "Programme of funder two", at);
        seed();

        matrix.tenants(
                new Tenant(association1, employer1, provider1, funder1, null),
                new Tenant(association2, employer2, provider2, funder2, null));
        gateway = matrix.door();
    }

    @BeforeEach
    void seed() {
        world.forEach(projector::apply);
    }

    /** A token the realm signed but that names another issuer (the realm under another host name): 401 at both doors. */
    @Test
    void aTokenOfTheRealmNamingAnotherIssuerIsRefusedByTheGatewayAndTheService() {
        IssuerCheck.assertAnotherIssuerIsRefused(gateway, port, "/api/reports/alliances/" + alliance1 + "/overview");
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheRulesSay() {
        matrix.check(endpoints(), (softly, cell) -> {
            if (cell.response().status() >= 400) {
                softly.assertThat(cell.response().text())
                        .as(cell.name() + " shows nothing of tenant 1's reports")
                        .doesNotContain(SECRET_PROGRAMME)
                        .doesNotContain("participants")
                        .doesNotContain("membersByStatus")
                        .doesNotContain("metrics")
                        .doesNotContain("totals");
            }
        });
    }

    /** With the production settings, a webhook goes to a public https endpoint only (docs/reporting.md "Webhooks"). */
    @Test
    void aWebhookEndpointThatIsNotHttpsOrNotPublicIsRefused() {
        ApiClient funder = matrix.as(Who.FUNDER);
        int before = webhookSubscriptions();
        Map<String, String> refusals = Map.of(
                "http://93.184.216.34/hooks", "must use https",
                "https://127.0.0.1/hooks", "127.0.0.1, a loopback address",
                "https://10.20.30.40/hooks", "10.20.30.40, a private address",
                "https://169.254.169.254/latest", "169.254.169.254, a link-local address",
                "https://[fd00::1]/hooks", "a unique-local address");
        refusals.forEach((url, reason) -> {
            ApiClient.Response refused =
                    funder.post("/api/webhooks/subscriptions", Map.of("url", url, "kinds", List.of("claim.paid")));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.fieldErrors().get("url")).as(url).contains(reason);
        });
        assertThat(webhookSubscriptions()).isEqualTo(before);
    }

    @Test
    void aFunderSystemReadsItsOwnProgrammesReportAndNothingElse() {
        ApiClient system = matrix.as(Who.FUNDER_SYSTEM);
        assertThat(TestKeycloak.claims(matrix.token(Who.FUNDER_SYSTEM))
                        .path("org_id")
                        .asString())
                .isEqualTo(funder1.toString());
        ApiClient.Response own = system.get("/api/reports/programmes/" + programme1 + "/impact");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().path("programmeName").asString()).isEqualTo(SECRET_PROGRAMME);
        assertThat(system.getAccepting("/api/reports/programmes/" + programme1 + "/impact", "text/csv")
                        .status())
                .isEqualTo(200);
        ApiClient.Response other = system.get("/api/reports/programmes/" + programme2 + "/impact");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text()).doesNotContain("Programme of funder two");
        // another funder's programme answers exactly as one that does not exist
        ApiClient.Response unknown = system.get("/api/reports/programmes/" + UUID.randomUUID() + "/impact");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(withoutIds(other.text())).isEqualTo(withoutIds(unknown.text()));
        assertThat(system.get("/api/reports/alliances/" + alliance1 + "/overview")
                        .status())
                .isEqualTo(403);
        assertThat(system.get("/api/reports/alliances/" + alliance1 + "/employers/" + employer1 + "/benchmark")
                        .status())
                .isEqualTo(403);
        assertThat(system.post("/api/reports/rebuild").status()).isEqualTo(403);
    }

    @Test
    void tenancyCannotBeClaimedByNamingOnesOwnOrganisationInAnotherAlliance() {
        // employer 2 is no member of alliance 1: its member-admin learns nothing of alliance 1's quartiles
        assertThat(matrix.as(Who.MEMBER_ADMIN_2)
                        .get("/api/reports/alliances/" + alliance1 + "/employers/" + employer2 + "/benchmark")
                        .status())
                .isEqualTo(404);
        assertThat(matrix.as(Who.MEMBER_ADMIN_2)
                        .get("/api/reports/alliances/" + alliance2 + "/employers/" + employer2 + "/benchmark")
                        .status())
                .isEqualTo(200);
        // the coordinator of alliance 1 sees every member's benchmark in it, and none in alliance 2
        assertThat(matrix.as(Who.COORDINATOR)
                        .get("/api/reports/alliances/" + alliance1 + "/employers/" + UUID.randomUUID() + "/benchmark")
                        .status())
                .isEqualTo(200);
        assertThat(matrix.as(Who.COORDINATOR)
                        .get("/api/reports/alliances/" + alliance2 + "/employers/" + employer2 + "/benchmark")
                        .status())
                .isEqualTo(404);
        // an alliance not known yet: 404 for coordinators (no one can be shown to coordinate it)
        assertThat(matrix.as(Who.COORDINATOR)
                        .get("/api/reports/alliances/" + UUID.randomUUID() + "/overview")
                        .status())
                .isEqualTo(404);
        // a funder whose token names no organisation acts for none
        ApiClient nobody = new ApiClient(gateway).withToken(Callers.tokenFor("funder", null));
        assertThat(nobody.get("/api/reports/programmes/" + programme1 + "/impact")
                        .status())
                .isEqualTo(404);
    }

    /**
     * Only an admitted member reads its benchmark: an employer whose application is pending, was rejected, or that
     * withdrew gets the 404 of an alliance it is no member of (another tenant's object, DESIGN section 5); an active
     * member and a suspended one read it.
     */
    @Test
    void anEmployerThatOnlyAppliedWasRejectedOrWithdrewCannotReadTheBenchmark() {
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        LocalDate day = LocalDate.now().minusMonths(1);
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        Map<String, ApiClient.Response> answers = new java.util.LinkedHashMap<>();
        for (MembershipStatus last : List.of(
                MembershipStatus.APPLIED,
                MembershipStatus.REJECTED,
                MembershipStatus.WITHDRAWN,
                MembershipStatus.ACTIVE,
                MembershipStatus.SUSPENDED)) {
            UUID employer = UUID.randomUUID();
            UUID membership = UUID.randomUUID();
            apply(
                    EventTypes.MEMBERSHIP_APPLIED,
                    membership,
                    new MembershipApplied(
                            membership,
                            alliance1,
                            employer,
                            MembershipRole.MEMBER_EMPLOYER,
                            MembershipStatus.APPLIED,
                            day,
                            null,
                            null,
                            day),
                    at);
            Instant later = at.plusSeconds(60);
            switch (last) {
                case REJECTED ->
                    apply(
                            EventTypes.MEMBERSHIP_REJECTED,
                            membership,
                            new MembershipRejected(
                                    membership,
                                    alliance1,
                                    employer,
                                    MembershipRole.MEMBER_EMPLOYER,
                                    MembershipStatus.REJECTED,
                                    day,
                                    null,
                                    null,
                                    day.plusDays(1)),
                            later);
                case WITHDRAWN -> {
                    // a member once, then gone
                    apply(
                            EventTypes.MEMBERSHIP_ACTIVATED,
                            membership,
                            new MembershipActivated(
                                    membership,
                                    alliance1,
                                    employer,
                                    MembershipRole.MEMBER_EMPLOYER,
                                    MembershipStatus.ACTIVE,
                                    day,
                                    day.plusDays(1),
                                    null,
                                    day.plusDays(1)),
                            later);
                    apply(
                            EventTypes.MEMBERSHIP_WITHDRAWN,
                            membership,
                            new MembershipWithdrawn(
                                    membership,
                                    alliance1,
                                    employer,
                                    MembershipRole.MEMBER_EMPLOYER,
                                    MembershipStatus.WITHDRAWN,
                                    day,
                                    day.plusDays(1),
                                    day.plusDays(2),
                                    day.plusDays(2)),
                            later.plusSeconds(60));
                }
                case ACTIVE ->
                    apply(
                            EventTypes.MEMBERSHIP_ACTIVATED,
                            membership,
                            new MembershipActivated(
                                    membership,
                                    alliance1,
                                    employer,
                                    MembershipRole.MEMBER_EMPLOYER,
                                    MembershipStatus.ACTIVE,
                                    day,
                                    day.plusDays(1),
                                    null,
                                    day.plusDays(1)),
                            later);
                case SUSPENDED -> {
                    apply(
                            EventTypes.MEMBERSHIP_ACTIVATED,
                            membership,
                            new MembershipActivated(
                                    membership,
                                    alliance1,
                                    employer,
                                    MembershipRole.MEMBER_EMPLOYER,
                                    MembershipStatus.ACTIVE,
                                    day,
                                    day.plusDays(1),
                                    null,
                                    day.plusDays(1)),
                            later);
                    apply(
                            EventTypes.MEMBERSHIP_SUSPENDED,
                            membership,
                            new MembershipSuspended(
                                    membership,
                                    alliance1,
                                    employer,
                                    MembershipRole.MEMBER_EMPLOYER,
                                    MembershipStatus.SUSPENDED,
                                    day,
                                    day.plusDays(1),
                                    null,
                                    day.plusDays(2)),
                            later.plusSeconds(60));
                }
                default -> {
                    // APPLIED: the application alone
                }
            }
            ApiClient memberAdmin = new ApiClient(gateway).withToken(Callers.tokenFor("member-admin", employer));
            String benchmark = "/api/reports/alliances/" + alliance1 + "/employers/" + employer + "/benchmark";
            answers.put(last.name(), memberAdmin.get(benchmark));
            answers.put(last.name() + " (CSV)", memberAdmin.getAccepting(benchmark, "text/csv"));
            int status = last == MembershipStatus.ACTIVE || last == MembershipStatus.SUSPENDED ? 200 : 404;
            expected.put(last.name(), status);
            expected.put(last.name() + " (CSV)", status);
        }
        SoftAssertions softly = new SoftAssertions();
        answers.forEach((state, response) -> {
            softly.assertThat(response.status())
                    .as("benchmark of an employer whose membership is " + state + ": " + response)
                    .isEqualTo(expected.get(state));
            if (response.status() == 404) {
                softly.assertThat(response.header("Content-Type")).as(state).startsWith("application/problem+json");
                softly.assertThat(response.text())
                        .as(state)
                        .doesNotContain("metrics")
                        .doesNotContain("median");
            }
        });
        softly.assertAll();
    }

    private void apply(String type, UUID aggregate, Object payload, Instant at) {
        EventEnvelope made = registry.envelope(type, aggregate.toString(), "matrix", payload);
        projector.apply(new EventEnvelope(
                made.eventId(),
                made.eventType(),
                made.schemaVersion(),
                at,
                made.aggregateId(),
                made.producer(),
                made.payload()));
    }

    // ---- the endpoints and what each caller gets ----

    private List<Row> endpoints() {
        String impact = "/api/reports/programmes/" + programme1 + "/impact";
        String overview = "/api/reports/alliances/" + alliance1 + "/overview";
        String benchmark = "/api/reports/alliances/" + alliance1 + "/employers/" + employer1 + "/benchmark";
        Expected funders = Expected.otherwise(403)
                .and(200, Who.ADMIN, Who.FUNDER, Who.FUNDER_SYSTEM)
                .and(404, Who.FUNDER_2);
        Expected coordinators =
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR).and(404, Who.COORDINATOR_2);
        String employerRoi = "/api/reports/employers/" + employer1 + "/roi";
        Expected ownEmployer =
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2);
        Expected benchmarks = Expected.otherwise(403)
                .and(200, Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN)
                .and(404, Who.COORDINATOR_2, Who.MEMBER_ADMIN_2);
        return List.of(
                new Row("GET /api/reports/programmes/{id}/impact", seeded(impact, "application/json"), funders, null),
                new Row("GET /api/reports/programmes/{id}/impact (CSV)", seeded(impact, "text/csv"), funders, null),
                new Row(
                        "GET /api/reports/alliances/{id}/overview",
                        seeded(overview, "application/json"),
                        coordinators,
                        null),
                new Row(
                        "GET /api/reports/alliances/{id}/overview (CSV)",
                        seeded(overview, "text/csv"),
                        coordinators,
                        null),
                new Row(
                        "GET /api/reports/alliances/{id}/employers/{e}/benchmark",
                        seeded(benchmark, "application/json"),
                        benchmarks,
                        null),
                new Row(
                        "GET /api/reports/alliances/{id}/employers/{e}/benchmark (CSV)",
                        seeded(benchmark, "text/csv"),
                        benchmarks,
                        null),
                new Row(
                        "GET /api/reports/employers/{e}/roi",
                        seeded(employerRoi, "application/json"),
                        ownEmployer,
                        null),
                new Row("GET /api/reports/employers/{e}/roi (CSV)", seeded(employerRoi, "text/csv"), ownEmployer, null),
                new Row(
                        "POST /api/webhooks/subscriptions",
                        () -> new Call("POST", WEBHOOKS, newWebhook(), this::webhookState),
                        Expected.otherwise(403).and(201, WEBHOOK_MANAGERS).and(422, Who.ADMIN),
                        null),
                new Row(
                        "GET /api/webhooks/subscriptions",
                        () -> Call.get(WEBHOOKS),
                        Expected.otherwise(403).and(200, WEBHOOK_MANAGERS).and(200, Who.ADMIN),
                        (softly, who, response) -> {
                            if (who != Who.ADMIN && who != Who.FUNDER && who != Who.FUNDER_SYSTEM) {
                                softly.assertThat(response.text())
                                        .as(who + " sees no other organisation's subscription")
                                        .doesNotContain(funderWebhook().toString());
                            }
                        }),
                new Row(
                        "GET /api/webhooks/subscriptions/{id}",
                        () -> Call.get(WEBHOOKS + "/" + funderWebhook()),
                        funderWebhooks(200),
                        null),
                new Row(
                        "GET /api/webhooks/subscriptions/{id}/deliveries",
                        () -> Call.get(WEBHOOKS + "/" + funderWebhook() + "/deliveries"),
                        funderWebhooks(200),
                        null),
                new Row(
                        "POST /api/webhooks/subscriptions/{id}/test",
                        () -> new Call("POST", WEBHOOKS + "/" + funderWebhook() + "/test", null, this::webhookState),
                        funderWebhooks(202),
                        null),
                new Row(
                        "DELETE /api/webhooks/subscriptions/{id}",
                        () -> new Call("DELETE", WEBHOOKS + "/" + newFunderWebhook(), null, this::webhookState),
                        funderWebhooks(204),
                        null),
                new Row(
                        "POST /api/reports/rebuild",
                        () -> {
                            seed();
                            return new Call("POST", "/api/reports/rebuild", null, null);
                        },
                        Expected.otherwise(403).and(200, Who.ADMIN),
                        null));
    }

    // ---- webhooks: tenant 1's funder's subscriptions ----

    static final String WEBHOOKS = "/api/webhooks/subscriptions";
    /** Every caller that subscribes its own organisation. */
    static final Who[] WEBHOOK_MANAGERS = {
        Who.FUNDER,
        Who.FUNDER_2,
        Who.FUNDER_SYSTEM,
        Who.COORDINATOR,
        Who.COORDINATOR_2,
        Who.MEMBER_ADMIN,
        Who.MEMBER_ADMIN_2
    };

    private UUID funderWebhook;

    /** Who may act on a subscription of tenant 1's funder: it (and its system) and admins; other managers get 404. */
    private static Expected funderWebhooks(int status) {
        return Expected.otherwise(403)
                .and(status, Who.ADMIN, Who.FUNDER, Who.FUNDER_SYSTEM)
                .and(404, Who.FUNDER_2, Who.COORDINATOR, Who.COORDINATOR_2, Who.MEMBER_ADMIN, Who.MEMBER_ADMIN_2);
    }

    private UUID funderWebhook() {
        if (funderWebhook == null) {
            funderWebhook = newFunderWebhook();
        }
        return funderWebhook;
    }

    private UUID newFunderWebhook() {
        ApiClient.Response created =
                new ApiClient(gateway).withToken(matrix.token(Who.FUNDER)).post(WEBHOOKS, newWebhook());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    /** A subscription every managing role may make: award.made, to a public https address (no name to resolve). */
    private static Map<String, Object> newWebhook() {
        return Map.of("url", "https://93.184.216.34/skill-alliance/hooks", "kinds", List.of("award.made"));
    }

    /** The subscriptions and deliveries as they stand, which a refused call must leave as they were. */
    private String webhookState() {
        return jdbc.sql("select count(*) || '/' || count(*) filter (where status = 'ACTIVE') from wh_subscription")
                        .query(String.class)
                        .single()
                + "/"
                + jdbc.sql("select count(*) from wh_delivery")
                        .query(String.class)
                        .single();
    }

    private int webhookSubscriptions() {
        return jdbc.sql("select count(*) from wh_subscription")
                .query(Integer.class)
                .single();
    }

    /** A GET of the representation, after the world is applied again (the admin's rebuild empties the projections). */
    private Supplier<Call> seeded(String path, String accept) {
        return () -> {
            seed();
            return Call.get(path).accepting(accept);
        };
    }

    private static String withoutIds(String text) {
        return text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
    }

    private void membership(UUID alliance, UUID employer, Instant at) {
        UUID membership = UUID.randomUUID();
        LocalDate since = LocalDate.now().minusYears(1);
        event(
                EventTypes.MEMBERSHIP_ACTIVATED,
                membership,
                new MembershipActivated(
                        membership,
                        alliance,
                        employer,
                        MembershipRole.MEMBER_EMPLOYER,
                        MembershipStatus.ACTIVE,
                        since,
                        since,
                        null,
                        since),
                at);
    }

    private void programme(UUID programme, UUID funder, String name, Instant at) {
        LocalDate start = LocalDate.now().withDayOfYear(1);
        event(
                EventTypes.PROGRAMME_OPENED,
                programme,
                new ProgrammeOpened(
                        programme,
                        funder,
                        name,
                        "EUR",
                        1_000_000,
                        start,
                        start.plusYears(1).minusDays(1),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        5),
                at);
    }

    private void event(String type, UUID aggregate, Object payload, Instant at) {
        EventEnvelope made = registry.envelope(type, aggregate.toString(), "matrix", payload);
        world.add(new EventEnvelope(
                made.eventId(),
                made.eventType(),
                made.schemaVersion(),
                at,
                made.aggregateId(),
                made.producer(),
                made.payload()));
    }
}
