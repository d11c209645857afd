package org.skillalliance.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.member.MembershipRole;
import org.skillalliance.curriculum.credential.CredentialIssuing;
import org.skillalliance.curriculum.credential.SignedCredential;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.EscoFiles;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of curriculum-service, called through the real gateway by every kind of caller with real Keycloak
 * tokens: each role acting for the organisations that own the objects (tenant 1: alliance 1's coordinating association,
 * employer 1, provider 1), the same role for a second organisation where tenancy matters (tenant 2: coordinator,
 * member-admin, provider), a funder, a learner of employer 1 (linked to the staff member of the enrolment with a
 * credential), no token and an expired admin token. Every cell checks the status, that a refusal is problem+json, that
 * a refused call changed nothing, and that no body shows tenant 1's staff to a caller who may not see its enrolments
 * (the learner sees only their own staff id). The fixtures are made as the admin straight at the service; only
 * the cells (and the other tests' calls as the roles) go through the gateway.
 *
 * <p>The rules are those of docs/security.md (curriculum-service).
 */
@RealInfrastructure(keycloak = true)
class AuthorisationMatrixIT extends ServiceIT {

    /** Who may see tenant 1's enrolments (and so its staff ids). */
    static final Set<Who> TENANT_ONE_INSIDERS = Set.of(Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN, Who.PROVIDER);

    @DynamicPropertySource
    static void fundingIsDown(DynamicPropertyRegistry registry) {
        registry.add("skillalliance.funding.url", () -> "http://localhost:" + closedPort());
    }

    /** The real gateway in front of this service: every cell goes through the door clients use. */
    String gateway;
    /** The callers and their tokens (fresh ones for the long-lived people; one expired token; none without a token). */
    AuthorisationMatrix matrix;

    UUID association1, association2, provider1, provider2, funder1, alliance1, alliance2;
    MemberEvents.Employer employer1, employer2;
    List<UUID> staff1;
    Iterator<UUID> freshStaff;
    UUID skill, draft, published, openCohort, tenant1Enrolment, credentialEnrolment, tenant2Enrolment, learnerStaff;
    UUID gapStaff, standardProfile, employerProfile, objective1;
    Iterator<String> freshIsco;
    final List<UUID> seats = new ArrayList<>();
    Iterator<UUID> freshSeats;
    UUID sessionCohort, sessionSeat, registerSession;
    final java.util.concurrent.atomic.AtomicInteger sessionSlot = new java.util.concurrent.atomic.AtomicInteger();
    UUID historyStaff;
    Iterator<UUID> freshRevocationSeats;
    SignedCredential outsiderCredential;

    @Autowired
    CredentialIssuing issuing;

    UUID followUpCohort, followUpSeat;
    /**
     * Learning at work (issue 20): a staff member of employer 1 (not in staff1) the learner mentors, a workshop; a plan
     * of the apprentice signed off, and a workshop the learner and the apprentice completed (credentials).
     */
    UUID apprentice, mentoredPlan, workshop1, signedOffPlan, completedWorkshop;

    @BeforeAll
    void world() {
        wire();
        matrix = AuthorisationMatrix.inFrontOf(
                        "curriculum-service", port, EnumSet.complementOf(EnumSet.of(Who.FUNDER_2, Who.FUNDER_SYSTEM)))
                .expiredTokenShownOn("/api/skills?size=1");

        association1 = UUID.randomUUID();
        association2 = UUID.randomUUID();
        provider1 = UUID.randomUUID();
        provider2 = UUID.randomUUID();
        funder1 = UUID.randomUUID();
        alliance1 = members.alliance("Alliance one", association1);
        alliance2 = members.alliance("Alliance two", association2);
        employer1 = members.activeEmployer(alliance1);
        employer2 = members.activeEmployer(alliance2);
        staff1 = members.staff(employer1, 72);
        List<UUID> staff2 = members.staff(employer2, 2);
        members.awaitConsumed();
        freshStaff = staff1.iterator();

        learnerStaff = freshStaff.next();
        matrix.tenants(
                new Tenant(association1, employer1.id(), provider1, funder1, learnerStaff),
                new Tenant(association2, employer2.id(), provider2, null, null));

        skill = curriculum.skill();
        draft = course1().draft().id();
        published = course1().published();
        openCohort = cohort1(published).capacity(1000).open();
        tenant1Enrolment = enrol(openCohort, employer1, freshStaff.next());

        UUID runningCohort = cohort1(published)
                .today()
                .capacity(50)
                .with("minParticipants", 0)
                .open();
        for (int i = 0; i < 12; i++) {
            seats.add(enrol(runningCohort, employer1, freshStaff.next()));
        }
        credentialEnrolment = enrol(runningCohort, employer1, learnerStaff);
        assertThat(api.post("/api/cohorts/" + runningCohort + "/start").status())
                .isEqualTo(200);
        Api.Response awarded = api.post("/api/enrolments/" + credentialEnrolment + "/outcome", outcome());
        assertThat(awarded.status()).as(awarded.toString()).isEqualTo(200);
        freshSeats = seats.iterator();

        // credentials: seats whose credentials are revoked one a cell, and a credential of tenant 2's staff that
        // anyone may verify (its subject is no staff of employer 1)
        UUID revocationCohort = cohort1(published)
                .today()
                .capacity(50)
                .with("minParticipants", 0)
                .open();
        List<UUID> revocationSeats = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            revocationSeats.add(enrol(revocationCohort, employer1, freshStaff.next()));
        }
        assertThat(api.post("/api/cohorts/" + revocationCohort + "/start").status())
                .isEqualTo(200);
        freshRevocationSeats = revocationSeats.iterator();

        // skills needs: a standard profile, employer 1's adjusted one, a rating and an objective of alliance 1
        gapStaff = freshStaff.next();
        freshIsco = org.skillalliance.curriculum.skillsneeds.profile.Isco08.all().keySet().stream()
                .filter(code -> code.length() == 4 && !code.equals("7223"))
                .toList()
                .iterator();
        standardProfile = created(api.post(
                "/api/skills/profiles",
                Map.of(
                        "allianceId",
                        alliance1,
                        "jobRoleIsco",
                        "7223",
                        "skills",
                        List.of(Map.of("skillId", skill, "targetLevel", 3)))));
        employerProfile = created(api.post(
                "/api/skills/profiles",
                Map.of(
                        "allianceId",
                        alliance1,
                        "employerId",
                        employer1.id(),
                        "jobRoleIsco",
                        "7223",
                        "basedOn",
                        standardProfile,
                        "skills",
                        List.of(Map.of("skillId", skill, "targetLevel", 4)))));
        created(api.post(
                "/api/skills/records", Map.of("staffId", gapStaff, "skillId", skill, "level", 1, "source", "MANAGER")));
        objective1 = created(api.post("/api/skills/objectives", objective()));

        // sessions: a running cohort of its own (its outcomes take their hours from attendance), one seat, one session
        sessionCohort = cohort1(published).today().with("minParticipants", 0).open();
        sessionSeat = enrol(sessionCohort, employer1, freshStaff.next());
        assertThat(api.post("/api/cohorts/" + sessionCohort + "/start").status())
                .isEqualTo(200);
        registerSession = session();

        // follow-ups (issue 19): a completed seat of employer 1 in a cohort that ended 100 days ago (its window open)
        UUID followUpStaff = freshStaff.next();
        Api.Response imported = api.post(
                "/api/cohorts/history",
                pastCohort(followUpStaff, LocalDate.now().minusDays(101)));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        followUpCohort = UUID.fromString(
                imported.body().path("cohorts").get(0).path("cohortId").asString());
        followUpSeat = jdbc.sql("select id from enrolment where cohort_id = :c")
                .param("c", followUpCohort)
                .query(UUID.class)
                .single();

        UUID course2 =
                curriculum.course(alliance2).with("providerId", provider2).published();
        UUID cohort2 =
                curriculum.cohort(course2).with("organiserId", association2).open();
        tenant2Enrolment = enrol(cohort2, employer2, staff2.getFirst());
        outsiderCredential = workplaceCredential(UUID.randomUUID(), alliance2, employer2.id(), staff2.get(1));

        // learning at work (issue 20): the learner mentors an apprentice of employer 1; a workshop of employer 1
        apprentice = members.staff(employer1);
        members.awaitConsumed();
        mentoredPlan = created(api.post("/api/workplace-learning", workplacePlan()));
        workshop1 =
                created(api.post("/api/workshops", workshopOf(LocalDate.now().plusDays(7))));
        signedOffPlan = signedOffPlan();
        completedWorkshop = created(api.post(
                "/api/workshops",
                with(workshopOf(LocalDate.now()), "participants", List.of(learnerStaff, apprentice))));
        for (UUID participant : List.of(learnerStaff, apprentice)) {
            Api.Response completed = api.put(
                    "/api/workshops/" + completedWorkshop + "/participants/" + participant + "/outcome",
                    Map.of("outcome", "COMPLETED", "attendedHours", 3.5, "levelReached", 2));
            assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        }
        gateway = matrix.door();
    }

    /** A token the realm signed but that names another issuer (the realm under another host name): 401 at both doors. */
    @Test
    void aTokenOfTheRealmNamingAnotherIssuerIsRefusedByTheGatewayAndTheService() {
        IssuerCheck.assertAnotherIssuerIsRefused(gateway, port, "/api/skills?size=1");
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheRulesSay() {
        matrix.check(endpoints(), (softly, cell) -> {
            if (!TENANT_ONE_INSIDERS.contains(cell.who())) {
                for (UUID staff : staff1) {
                    if (cell.call().names(staff.toString())
                            || (cell.who() == Who.LEARNER && staff.equals(learnerStaff))) {
                        continue; // a refusal may repeat the id the request itself named
                    }
                    softly.assertThat(cell.response().text())
                            .as(cell.name() + " shows no staff of employer 1")
                            .doesNotContain(staff.toString());
                }
            }
        });
    }

    @Test
    void filtersNamingAnotherTenantFindNothing() {
        assertThat(ids(matrix.as(Who.MEMBER_ADMIN_2).get("/api/enrolments?employerId=" + employer1.id())))
                .isEmpty();
        assertThat(ids(matrix.as(Who.MEMBER_ADMIN_2).get("/api/enrolments?size=200")))
                .containsExactly(tenant2Enrolment.toString());
        assertThat(ids(matrix.as(Who.PROVIDER_2).get("/api/enrolments?cohortId=" + openCohort)))
                .isEmpty();
        assertThat(ids(matrix.as(Who.COORDINATOR_2).get("/api/enrolments?cohortId=" + openCohort)))
                .isEmpty();
        assertThat(ids(matrix.as(Who.COORDINATOR_2).get("/api/enrolments?size=200")))
                .containsExactly(tenant2Enrolment.toString());
        assertThat(ids(matrix.as(Who.PROVIDER).get("/api/enrolments?cohortId=" + openCohort)))
                .contains(tenant1Enrolment.toString());
        assertThat(ids(matrix.as(Who.PROVIDER_2).get("/api/courses?providerId=" + provider1 + "&status=DRAFT")))
                .isEmpty();
        assertThat(ids(matrix.as(Who.PROVIDER).get("/api/courses?providerId=" + provider1 + "&status=DRAFT")))
                .contains(draft.toString());

        // a member-admin whose token names no organisation acts for none
        ApiClient nobody = new ApiClient(gateway).withToken(Callers.tokenFor("member-admin", null));
        assertThat(ids(nobody.get("/api/enrolments?size=200"))).isEmpty();
        assertThat(nobody.get("/api/enrolments/" + tenant1Enrolment).status()).isEqualTo(404);
        assertThat(nobody.post("/api/enrolments", Curriculum.enrolment(openCohort, employer1.id(), freshStaff.next()))
                        .status())
                .isEqualTo(403);
    }

    /**
     * A learner sees their own staff record's enrolments and credentials only, whatever the filters ask; another's
     * enrolment answers as an unknown one; a learner whose login is linked to no staff record sees nothing.
     */
    @Test
    void aLearnerSeesOnlyTheirOwnEnrolmentsAndCredentials() {
        ApiClient learner = matrix.as(Who.LEARNER);
        String own = credentialEnrolment.toString();
        assertThat(ids(learner.get("/api/enrolments?employerId=" + employer1.id())))
                .containsExactly(own);
        assertThat(ids(learner.get("/api/enrolments?staffId=" + learnerStaff))).containsExactly(own);
        // staff1.get(1) is tenant 1's enrolled staff member (staff1.getFirst() is the learner)
        assertThat(ids(learner.get("/api/enrolments?staffId=" + staff1.get(1)))).isEmpty();
        assertThat(ids(learner.get("/api/enrolments?cohortId=" + openCohort))).isEmpty();
        assertThat(ids(learner.get("/api/enrolments?status=COMPLETED"))).containsExactly(own);
        assertThat(learner.get("/api/enrolments/" + own).json().path("staffId").asString())
                .isEqualTo(learnerStaff.toString());
        assertThat(learner.get("/api/enrolments/" + own + "/credential").json().toString())
                .contains("OpenBadgeCredential");

        UUID unknown = UUID.randomUUID();
        ApiClient.Response another = learner.get("/api/enrolments/" + tenant1Enrolment);
        ApiClient.Response none = learner.get("/api/enrolments/" + unknown);
        assertThat(another.status()).as(another.toString()).isEqualTo(404);
        assertThat(another.text().replace(tenant1Enrolment.toString(), "<id>"))
                .isEqualTo(none.text().replace(unknown.toString(), "<id>"));
        assertThat(learner.get("/api/enrolments/" + tenant2Enrolment + "/credential")
                        .status())
                .isEqualTo(404);
        assertThat(learner.post("/api/enrolments/" + own + "/withdraw", Map.of("employerId", employer1.id()))
                        .status())
                .isEqualTo(403);

        ApiClient unlinked = new ApiClient(gateway).withToken(Callers.tokenFor("learner", employer1.id()));
        assertThat(ids(unlinked.get("/api/enrolments?size=200"))).isEmpty();
        assertThat(ids(unlinked.get("/api/enrolments?employerId=" + employer1.id())))
                .isEmpty();
        assertThat(unlinked.get("/api/enrolments/" + own).status()).isEqualTo(404);
        assertThat(unlinked.get("/api/enrolments/" + own + "/credential").status())
                .isEqualTo(404);
    }

    /**
     * An employer's gaps and recommendations are its own: to another employer's member-admin they do not exist, the
     * same 404 and body as for an employer id no one knows (DESIGN section 5).
     */
    @Test
    void anotherEmployersGapsAndRecommendationsAnswerAsAnUnknownEmployer() {
        UUID unknown = UUID.randomUUID();
        for (String view : List.of("/api/skills/gaps/employers/", "/api/skills/recommendations/employers/")) {
            ApiClient.Response other =
                    matrix.as(Who.MEMBER_ADMIN_2).get(view + employer1.id() + "?allianceId=" + alliance1);
            ApiClient.Response none = matrix.as(Who.MEMBER_ADMIN_2).get(view + unknown + "?allianceId=" + alliance1);
            assertThat(other.status())
                    .as(view + " of employer 1 as member-admin 2: " + other)
                    .isEqualTo(404);
            assertThat(other.header("Content-Type")).startsWith("application/problem+json");
            assertThat(none.status())
                    .as(view + " of an unknown employer: " + none)
                    .isEqualTo(404);
            assertThat(other.text().replace(employer1.id().toString(), "<id>"))
                    .isEqualTo(none.text().replace(unknown.toString(), "<id>"));
            // and the same view of its own employer is there
            assertThat(matrix.as(Who.MEMBER_ADMIN_2)
                            .get(view + employer2.id() + "?allianceId=" + alliance2)
                            .status())
                    .as(view + " of its own employer")
                    .isEqualTo(200);
        }
    }

    @Test
    void publishedCoursesAreTheCatalogueOfEveryoneButDraftsStayWithTheirAuthors() {
        for (Who who : matrix.callers()) {
            int status = matrix.as(who).get("/api/courses/" + published).status();
            assertThat(status).as(who.name()).isEqualTo(who == Who.NO_TOKEN || who == Who.EXPIRED_TOKEN ? 401 : 200);
        }
        // the provider revises its draft but cannot hand it to another provider; the coordinator can
        UUID course = course1().draft().id();
        Map<String, Object> handedOver =
                new LinkedHashMap<>(course1().with("providerId", provider2).body());
        ApiClient.Response byProvider = matrix.as(Who.PROVIDER).put("/api/courses/" + course, handedOver);
        assertThat(byProvider.status()).as(byProvider.toString()).isEqualTo(403);
        ApiClient.Response byCoordinator = matrix.as(Who.COORDINATOR).put("/api/courses/" + course, handedOver);
        assertThat(byCoordinator.status()).as(byCoordinator.toString()).isEqualTo(200);
        assertThat(matrix.as(Who.PROVIDER).get("/api/courses/" + course).status())
                .isEqualTo(404);
        assertThat(matrix.as(Who.PROVIDER_2).get("/api/courses/" + course).status())
                .isEqualTo(200);

        // a provider drafts only as itself; a coordinator schedules only as its own organisation
        assertThat(matrix.as(Who.PROVIDER)
                        .post(
                                "/api/courses",
                                course1().with("providerId", provider2).body())
                        .status())
                .isEqualTo(403);
        assertThat(matrix.as(Who.COORDINATOR)
                        .post(
                                "/api/cohorts",
                                curriculum
                                        .cohort(published)
                                        .with("organiserId", association2)
                                        .body())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anActiveCoordinatorMemberCoordinatesTheAllianceToo() {
        UUID association3 = UUID.randomUUID();
        members.activeMembership(alliance1, association3, MembershipRole.COORDINATOR);
        members.awaitConsumed();
        ApiClient coordinator3 = new ApiClient(gateway).withToken(Callers.tokenFor("coordinator", association3));
        UUID course = course1().draft().id();
        ApiClient.Response publishedByMember = coordinator3.post("/api/courses/" + course + "/publish");
        assertThat(publishedByMember.status()).as(publishedByMember.toString()).isEqualTo(200);
        assertThat(coordinator3.get("/api/enrolments/" + tenant1Enrolment).status())
                .isEqualTo(200);
        assertThat(matrix.as(Who.COORDINATOR_2)
                        .post("/api/courses/" + course + "/retire")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aMemberAdminsCsvEnrolsItsOwnStaffAndRejectsRowsOfAnotherEmployer() {
        UUID own = freshStaff.next();
        UUID other = freshStaff.next();
        String csv = Curriculum.enrolmentFile(
                List.of(List.of(employer1.id(), own, openCohort), List.of(employer1.id(), other, openCohort)));
        ApiClient.Response report = upload(matrix.as(Who.MEMBER_ADMIN), csv);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().get("created").asInt()).isEqualTo(2);

        String mixed = Curriculum.enrolmentFile(List.of(
                List.of(employer2.id(), UUID.randomUUID(), openCohort),
                List.of(employer1.id(), freshStaff.next(), openCohort)));
        ApiClient.Response partly = upload(matrix.as(Who.MEMBER_ADMIN), mixed);
        assertThat(partly.json().get("created").asInt()).isEqualTo(1);
        assertThat(partly.json().get("rejected").asInt()).isEqualTo(1);
        JsonNode rejected = partly.json().get("rows").get(0);
        assertThat(rejected.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("errors").get(0).get("field").asString()).isEqualTo("employer");
        assertThat(rejected.get("errors").get(0).get("reason").asString()).contains("only its own employer's staff");
    }

    // ---- the endpoints and what each caller gets ----

    private List<Row> endpoints() {
        List<Row> endpoints = new ArrayList<>();
        Expected everyone = Expected.otherwise(200);
        Expected enrolmentReaders = Expected.otherwise(403)
                .and(200, Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN, Who.PROVIDER)
                .and(404, Who.COORDINATOR_2, Who.MEMBER_ADMIN_2, Who.PROVIDER_2, Who.LEARNER);

        // skills: a shared catalogue, curated by coordinators
        endpoints.add(new Row(
                "POST /api/skills",
                () -> new Call(
                        "POST",
                        "/api/skills",
                        Map.of("code", Curriculum.unique("SK"), "name", "Welding", "category", "TECHNICAL"),
                        count("skill")),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.COORDINATOR, Who.COORDINATOR_2),
                null));
        endpoints.add(new Row("GET /api/skills", () -> Call.get("/api/skills?size=5"), everyone, null));
        endpoints.add(new Row("GET /api/skills/{id}", () -> Call.get("/api/skills/" + skill), everyone, null));

        // the ESCO import fills the shared catalogue: alliance admins only; the occupations it fills are looked up by
        // every organisation role
        endpoints.add(new Row(
                "POST /api/skills/esco-import",
                () -> new Call(
                        "POST_CSV", "/api/skills/esco-import?kind=skills", EscoFiles.freshSkills(1), count("skill")),
                Expected.otherwise(403).and(200, Who.ADMIN),
                null));
        endpoints.add(new Row(
                "GET /api/occupations",
                () -> Call.get("/api/occupations?size=5"),
                Expected.otherwise(200).and(403, Who.LEARNER),
                null));

        // courses: providers draft their own, the alliance's coordinator publishes; drafts stay with their authors
        endpoints.add(new Row(
                "POST /api/courses",
                () -> new Call("POST", "/api/courses", course1().body(), count("course")),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.COORDINATOR, Who.PROVIDER),
                null));
        endpoints.add(new Row(
                "PUT /api/courses/{id}",
                () -> {
                    UUID course = course1().draft().id();
                    Map<String, Object> revised = new LinkedHashMap<>(course1().body());
                    revised.put("title", "Revised");
                    return new Call("PUT", "/api/courses/" + course, revised, row("course", course, "title"));
                },
                Expected.otherwise(403)
                        .and(200, Who.ADMIN, Who.COORDINATOR, Who.PROVIDER)
                        .and(404, Who.COORDINATOR_2, Who.PROVIDER_2),
                null));
        endpoints.add(new Row(
                "POST /api/courses/{id}/publish",
                () -> {
                    UUID course = course1().draft().id();
                    return new Call(
                            "POST", "/api/courses/" + course + "/publish", null, row("course", course, "status"));
                },
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR).and(404, Who.COORDINATOR_2),
                null));
        endpoints.add(new Row(
                "POST /api/courses/{id}/retire",
                () -> {
                    UUID course = course1().published();
                    return new Call(
                            "POST", "/api/courses/" + course + "/retire", null, row("course", course, "status"));
                },
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR),
                null));
        endpoints.add(new Row(
                "GET /api/courses",
                () -> Call.get("/api/courses?allianceId=" + alliance1 + "&status=DRAFT&q=" + code(draft)),
                everyone,
                (softly, who, response) -> softly.assertThat(ids(response).contains(draft.toString()))
                        .as("GET /api/courses as " + who + " lists tenant 1's draft")
                        .isEqualTo(
                                Set.of(Who.ADMIN, Who.COORDINATOR, Who.PROVIDER).contains(who))));
        endpoints.add(new Row(
                "GET /api/courses/{id}",
                () -> Call.get("/api/courses/" + draft),
                Expected.otherwise(404).and(200, Who.ADMIN, Who.COORDINATOR, Who.PROVIDER),
                null));

        // cohorts: the alliance's coordinator runs them, the provider starts and completes the ones it teaches
        endpoints.add(new Row(
                "POST /api/cohorts",
                () -> new Call("POST", "/api/cohorts", cohort1(published).body(), count("cohort")),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.COORDINATOR),
                null));
        endpoints.add(new Row(
                "POST /api/cohorts/{id}/open",
                () -> cohortStep(cohort1(published).schedule().id(), "open"),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR),
                null));
        Expected runners = Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR, Who.PROVIDER);
        endpoints.add(new Row(
                "POST /api/cohorts/{id}/start",
                () -> cohortStep(
                        cohort1(published).today().with("minParticipants", 0).open(), "start"),
                runners,
                null));
        endpoints.add(new Row(
                "POST /api/cohorts/{id}/complete",
                () -> {
                    UUID cohort = cohort1(published)
                            .today()
                            .with("minParticipants", 0)
                            .open();
                    assertThat(api.post("/api/cohorts/" + cohort + "/start").status())
                            .isEqualTo(200);
                    return cohortStep(cohort, "complete");
                },
                runners,
                null));
        endpoints.add(new Row(
                "POST /api/cohorts/{id}/cancel",
                () -> cohortStep(cohort1(published).open(), "cancel"),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR),
                null));
        // history import (issue 18): the alliance's coordinator, as its own organisation; another alliance's 403
        endpoints.add(new Row(
                "POST /api/cohorts/history",
                () -> new Call("POST", "/api/cohorts/history", pastCohort(), count("history_import")),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR),
                null));
        endpoints.add(
                new Row("GET /api/cohorts", () -> Call.get("/api/cohorts?courseId=" + published), everyone, null));
        endpoints.add(new Row("GET /api/cohorts/{id}", () -> Call.get("/api/cohorts/" + openCohort), everyone, null));
        endpoints.add(new Row(
                "GET /api/cohorts/{id}/quote",
                () -> Call.get("/api/cohorts/" + openCohort + "/quote?employerId=" + employer1.id()),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN),
                null));

        // enrolments: the employer's member-admin enrols and withdraws, the provider records outcomes
        endpoints.add(new Row(
                "POST /api/enrolments",
                () -> {
                    UUID staff = freshStaff.next();
                    return new Call(
                            "POST",
                            "/api/enrolments",
                            Curriculum.enrolment(openCohort, employer1.id(), staff),
                            enrolmentsOf(staff));
                },
                Expected.otherwise(403).and(201, Who.ADMIN, Who.MEMBER_ADMIN),
                null));
        endpoints.add(new Row(
                "POST /api/enrolments/imports",
                () -> {
                    UUID staff = freshStaff.next();
                    return new Call(
                            "UPLOAD",
                            "/api/enrolments/imports",
                            Curriculum.enrolmentFile(List.of(List.of(employer1.id(), staff, openCohort))),
                            enrolmentsOf(staff));
                },
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN, Who.MEMBER_ADMIN_2),
                (softly, who, response) -> softly.assertThat(
                                response.json().get("created").asInt())
                        .as("POST /api/enrolments/imports as " + who + " creates")
                        .isEqualTo(who == Who.MEMBER_ADMIN_2 ? 0 : 1)));
        endpoints.add(new Row(
                "POST /api/enrolments/{id}/withdraw",
                () -> {
                    UUID enrolment = enrol(openCohort, employer1, freshStaff.next());
                    return new Call(
                            "POST",
                            "/api/enrolments/" + enrolment + "/withdraw",
                            Map.of("employerId", employer1.id()),
                            row("enrolment", enrolment, "status"));
                },
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2),
                null));
        endpoints.add(new Row(
                "POST /api/enrolments/{id}/outcome",
                () -> {
                    UUID seat = freshSeats.next();
                    return new Call(
                            "POST",
                            "/api/enrolments/" + seat + "/outcome",
                            outcome(),
                            row("enrolment", seat, "status"));
                },
                Expected.otherwise(403).and(200, Who.ADMIN, Who.PROVIDER).and(404, Who.PROVIDER_2),
                null));
        endpoints.add(new Row(
                "GET /api/enrolments",
                () -> Call.get("/api/enrolments?size=200"),
                Expected.otherwise(200).and(403, Who.FUNDER),
                (softly, who, response) -> {
                    List<String> ids = ids(response);
                    if (who == Who.LEARNER) {
                        softly.assertThat(ids)
                                .as("GET /api/enrolments as the learner lists their own only")
                                .containsExactly(credentialEnrolment.toString());
                    }
                    softly.assertThat(ids.contains(tenant1Enrolment.toString()))
                            .as("GET /api/enrolments as " + who + " lists tenant 1's enrolment")
                            .isEqualTo(TENANT_ONE_INSIDERS.contains(who));
                    softly.assertThat(ids.contains(tenant2Enrolment.toString()))
                            .as("GET /api/enrolments as " + who + " lists tenant 2's enrolment")
                            .isEqualTo(Set.of(Who.ADMIN, Who.COORDINATOR_2, Who.MEMBER_ADMIN_2, Who.PROVIDER_2)
                                    .contains(who));
                }));
        endpoints.add(new Row(
                "GET /api/enrolments/{id}",
                () -> Call.get("/api/enrolments/" + tenant1Enrolment),
                enrolmentReaders,
                null));
        // the learner's own enrolment (the one with the credential): readable by them too
        endpoints.add(new Row(
                "GET /api/enrolments/{id}/credential",
                () -> Call.get("/api/enrolments/" + credentialEnrolment + "/credential"),
                Expected.otherwise(403)
                        .and(200, Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN, Who.PROVIDER, Who.LEARNER)
                        .and(404, Who.COORDINATOR_2, Who.MEMBER_ADMIN_2, Who.PROVIDER_2),
                null));
        endpoints.add(new Row(
                "GET /api/enrolments/{id}/credential (application/vc+jwt)",
                () -> Call.get("/api/enrolments/" + credentialEnrolment + "/credential")
                        .accepting("application/vc+jwt"),
                Expected.otherwise(403)
                        .and(200, Who.ADMIN, Who.COORDINATOR, Who.MEMBER_ADMIN, Who.PROVIDER, Who.LEARNER)
                        .and(404, Who.COORDINATOR_2, Who.MEMBER_ADMIN_2, Who.PROVIDER_2),
                null));

        // credentials: the key set, the status lists and the verification are public (no token needed; a token that
        // is not valid is still refused); revoking is the cohort's provider's (a course credential) or the employer's
        // member-admin's (learning at work), and an admin's
        Expected anyone = Expected.otherwise(200).and(200, Who.NO_TOKEN);
        endpoints.add(new Row(
                "GET /api/credentials/issuer/jwks.json",
                () -> Call.get("/api/credentials/issuer/jwks.json"),
                anyone,
                null));
        endpoints.add(new Row(
                "GET /api/credentials/status-lists/{listId}",
                () -> Call.get(java.net
                                .URI
                                .create(statusListOf(outsiderCredential))
                                .getPath())
                        .accepting("application/vc+jwt"),
                anyone,
                null));
        endpoints.add(new Row(
                "POST /api/credentials/verify",
                () -> new Call(
                        "POST", "/api/credentials/verify", Map.of("credential", outsiderCredential.compactJws()), null),
                anyone,
                (softly, who, response) -> softly.assertThat(
                                response.json().get("verified").asBoolean())
                        .as("POST /api/credentials/verify as " + who + " verifies the credential")
                        .isTrue()));
        endpoints.add(new Row(
                "POST /api/credentials/revocations (enrolment)",
                () -> {
                    UUID seat = freshRevocationSeats.next();
                    Api.Response awarded = api.post("/api/enrolments/" + seat + "/outcome", outcome());
                    assertThat(awarded.status()).as(awarded.toString()).isEqualTo(200);
                    return new Call(
                            "POST",
                            "/api/credentials/revocations",
                            Map.of("enrolmentId", seat, "reason", "awarded in error"),
                            revocationsOf(seat));
                },
                Expected.otherwise(403).and(204, Who.ADMIN, Who.PROVIDER).and(404, Who.PROVIDER_2),
                null));
        endpoints.add(new Row(
                "POST /api/credentials/revocations (workplace learning)",
                () -> {
                    UUID learning = signedOffPlan();
                    return new Call(
                            "POST",
                            "/api/credentials/revocations",
                            Map.of("workplaceLearningId", learning, "reason", "signed off in error"),
                            revocationsOf(learning));
                },
                Expected.otherwise(403).and(204, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2),
                null));

        // sessions: read by everyone who reads cohorts; kept by the cohort's coordinator and its provider; the register
        // read by both and recorded by the provider; to another tenant's provider or coordinator the register does not
        // exist
        String sessions = "/api/cohorts/" + sessionCohort + "/sessions";
        Expected sessionKeepers = Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR, Who.PROVIDER);
        endpoints.add(new Row("GET /api/cohorts/{id}/sessions", () -> Call.get(sessions), everyone, null));
        endpoints.add(new Row(
                "GET /api/cohorts/{id}/sessions/{id}",
                () -> Call.get(sessions + "/" + registerSession),
                everyone,
                null));
        endpoints.add(new Row(
                "POST /api/cohorts/{id}/sessions",
                () -> new Call("POST", sessions, sessionBody("Hall 1"), count("cohort_session")),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.COORDINATOR, Who.PROVIDER),
                null));
        endpoints.add(new Row(
                "PUT /api/cohorts/{id}/sessions/{id}",
                () -> {
                    UUID session = session();
                    JsonNode current = api.get(sessions + "/" + session).body();
                    Map<String, Object> moved = Map.of(
                            "date",
                            current.get("date").asString(),
                            "startTime",
                            current.get("startTime").asString(),
                            "endTime",
                            current.get("endTime").asString(),
                            "place",
                            "Hall 9");
                    return new Call("PUT", sessions + "/" + session, moved, row("cohort_session", session, "place"));
                },
                sessionKeepers,
                null));
        endpoints.add(new Row(
                "DELETE /api/cohorts/{id}/sessions/{id}",
                () -> new Call("DELETE", sessions + "/" + session(), null, count("cohort_session")),
                Expected.otherwise(403).and(204, Who.ADMIN, Who.COORDINATOR, Who.PROVIDER),
                null));
        endpoints.add(new Row(
                "GET /api/cohorts/{id}/sessions/{id}/attendance",
                () -> Call.get(sessions + "/" + registerSession + "/attendance"),
                Expected.otherwise(403)
                        .and(200, Who.ADMIN, Who.COORDINATOR, Who.PROVIDER)
                        .and(404, Who.COORDINATOR_2, Who.PROVIDER_2),
                null));
        endpoints.add(new Row(
                "PUT /api/cohorts/{id}/sessions/{id}/attendance",
                () -> {
                    UUID session = session();
                    return new Call(
                            "PUT",
                            sessions + "/" + session + "/attendance",
                            List.of(Map.of("enrolmentId", sessionSeat, "present", true)),
                            () -> String.valueOf(
                                    jdbc.sql("select count(*) from session_attendance where session_id = :id")
                                            .param("id", session)
                                            .query(Long.class)
                                            .single()));
                },
                Expected.otherwise(403).and(200, Who.ADMIN, Who.PROVIDER).and(404, Who.PROVIDER_2),
                null));

        // skills needs: the alliance's coordinator keeps standard profiles and objectives, reads the anonymised map;
        // the employer's member-admin keeps its own profiles and its staff's ratings, reads their gaps and
        // recommendations
        endpoints.add(new Row(
                "POST /api/skills/profiles",
                () -> new Call(
                        "POST",
                        "/api/skills/profiles",
                        Map.of(
                                "allianceId",
                                alliance1,
                                "jobRoleIsco",
                                freshIsco.next(),
                                "skills",
                                List.of(Map.of("skillId", skill, "targetLevel", 3))),
                        count("skill_profile")),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.COORDINATOR),
                null));
        endpoints.add(new Row(
                "POST /api/skills/profiles {employerId}",
                () -> new Call(
                        "POST",
                        "/api/skills/profiles",
                        Map.of(
                                "allianceId",
                                alliance1,
                                "employerId",
                                employer1.id(),
                                "jobRoleIsco",
                                freshIsco.next(),
                                "basedOn",
                                standardProfile),
                        count("skill_profile")),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.MEMBER_ADMIN),
                null));
        endpoints.add(new Row(
                "PUT /api/skills/profiles/{id}",
                () -> new Call(
                        "PUT",
                        "/api/skills/profiles/" + standardProfile,
                        Map.of(
                                "name",
                                Curriculum.unique("Standard"),
                                "skills",
                                List.of(Map.of("skillId", skill, "targetLevel", 3))),
                        row("skill_profile", standardProfile, "name")),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR),
                null));
        endpoints.add(new Row(
                "PUT /api/skills/profiles/{id} (employer's)",
                () -> new Call(
                        "PUT",
                        "/api/skills/profiles/" + employerProfile,
                        Map.of(
                                "name",
                                Curriculum.unique("Own"),
                                "skills",
                                List.of(Map.of("skillId", skill, "targetLevel", 4))),
                        row("skill_profile", employerProfile, "name")),
                Expected.otherwise(403)
                        .and(200, Who.ADMIN, Who.MEMBER_ADMIN)
                        .and(404, Who.COORDINATOR, Who.COORDINATOR_2, Who.MEMBER_ADMIN_2),
                null));
        endpoints.add(new Row(
                "GET /api/skills/profiles/{id} (employer's)",
                () -> Call.get("/api/skills/profiles/" + employerProfile),
                Expected.otherwise(404).and(200, Who.ADMIN, Who.MEMBER_ADMIN),
                null));
        endpoints.add(new Row(
                "GET /api/skills/profiles",
                () -> Call.get("/api/skills/profiles?allianceId=" + alliance1 + "&size=200"),
                everyone,
                (softly, who, response) -> {
                    List<String> ids = ids(response);
                    softly.assertThat(ids)
                            .as("GET /api/skills/profiles as " + who + " lists the standard")
                            .contains(standardProfile.toString());
                    softly.assertThat(ids.contains(employerProfile.toString()))
                            .as("GET /api/skills/profiles as " + who + " lists employer 1's own profile")
                            .isEqualTo(Set.of(Who.ADMIN, Who.MEMBER_ADMIN).contains(who));
                }));
        Expected staffsEmployer =
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2);
        endpoints.add(new Row(
                "POST /api/skills/records",
                () -> new Call(
                        "POST",
                        "/api/skills/records",
                        Map.of("staffId", gapStaff, "skillId", skill, "level", 2, "source", "SELF"),
                        recordsOf(gapStaff)),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2),
                null));
        endpoints.add(new Row(
                "GET /api/skills/records",
                () -> Call.get("/api/skills/records?staffId=" + gapStaff),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN, Who.MEMBER_ADMIN_2, Who.LEARNER),
                // a learner reads only their own records: another person's staff id finds nothing
                (softly, who, response) -> softly.assertThat(
                                response.json().get("totalItems").asInt() > 0)
                        .as("GET /api/skills/records as " + who + " finds employer 1's records")
                        .isEqualTo(who != Who.MEMBER_ADMIN_2 && who != Who.LEARNER)));
        endpoints.add(new Row(
                "GET /api/skills/gaps/staff/{id}",
                () -> Call.get("/api/skills/gaps/staff/" + gapStaff + "?allianceId=" + alliance1),
                staffsEmployer,
                null));
        Expected employersOwn =
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2);
        endpoints.add(new Row(
                "GET /api/skills/gaps/employers/{id}",
                () -> Call.get("/api/skills/gaps/employers/" + employer1.id() + "?allianceId=" + alliance1),
                employersOwn,
                null));
        endpoints.add(new Row(
                "GET /api/skills/gaps/alliances/{id}",
                () -> Call.get("/api/skills/gaps/alliances/" + alliance1),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR).and(404, Who.COORDINATOR_2),
                (softly, who, response) -> {
                    softly.assertThat(response.text())
                            .as("the gap map as " + who + " names no employer")
                            .doesNotContain(employer1.id().toString());
                    for (UUID staff : staff1) {
                        softly.assertThat(response.text())
                                .as("the gap map as " + who + " names no staff")
                                .doesNotContain(staff.toString());
                    }
                }));
        endpoints.add(new Row(
                "GET /api/skills/recommendations/staff/{id}",
                () -> Call.get("/api/skills/recommendations/staff/" + gapStaff + "?allianceId=" + alliance1),
                staffsEmployer,
                null));
        endpoints.add(new Row(
                "GET /api/skills/recommendations/employers/{id}",
                () -> Call.get("/api/skills/recommendations/employers/" + employer1.id() + "?allianceId=" + alliance1),
                employersOwn,
                null));
        endpoints.add(new Row(
                "POST /api/skills/objectives",
                () -> new Call("POST", "/api/skills/objectives", objective(), count("objective")),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.COORDINATOR),
                null));
        endpoints.add(new Row(
                "GET /api/skills/objectives/{id}",
                () -> Call.get("/api/skills/objectives/" + objective1),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR).and(404, Who.COORDINATOR_2),
                null));
        endpoints.add(new Row(
                "GET /api/skills/objectives",
                () -> Call.get("/api/skills/objectives?size=200"),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.COORDINATOR, Who.COORDINATOR_2),
                (softly, who, response) -> softly.assertThat(ids(response).contains(objective1.toString()))
                        .as("GET /api/skills/objectives as " + who + " lists alliance 1's objective")
                        .isEqualTo(who != Who.COORDINATOR_2)));
        // evaluation (issue 19): a cohort's feedback for its provider and coordinator (another tenant's: 404); the
        // follow-ups of the employer's completed seats for its member-admin (another employer's seat: 404)
        endpoints.add(new Row(
                "GET /api/cohorts/{id}/feedback",
                () -> Call.get("/api/cohorts/" + sessionCohort + "/feedback"),
                Expected.otherwise(403)
                        .and(200, Who.ADMIN, Who.COORDINATOR, Who.PROVIDER)
                        .and(404, Who.COORDINATOR_2, Who.PROVIDER_2),
                null));
        endpoints.add(new Row(
                "GET /api/follow-ups?cohortId",
                () -> Call.get("/api/follow-ups?cohortId=" + followUpCohort),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN, Who.MEMBER_ADMIN_2),
                (softly, who, response) -> softly.assertThat(response.text().contains(followUpSeat.toString()))
                        .as("GET /api/follow-ups as " + who + " lists employer 1's completed seat")
                        .isEqualTo(who == Who.ADMIN || who == Who.MEMBER_ADMIN)));
        endpoints.add(new Row(
                "PUT /api/follow-ups/{id}",
                () -> new Call(
                        "PUT",
                        "/api/follow-ups/" + followUpSeat,
                        Map.of("rating", 4),
                        () -> String.valueOf(
                                jdbc.sql("select count(*) from outbox_event where event_type = 'FollowUpRecorded'"
                                                + " and aggregate_id = :cohort")
                                        .param("cohort", followUpCohort.toString())
                                        .query(Long.class)
                                        .single())),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2),
                null));
        // learning at work (issue 20): the employer's member-admin (HR) plans and signs off its staff's learning; the
        // plan's mentor (the learner) logs sessions and signs off; another employer's HR finds neither plan nor
        // workshop, and its staff refusals name the field (422) without writing anything
        Expected workplaceReaders = Expected.otherwise(403)
                .and(200, Who.ADMIN, Who.MEMBER_ADMIN, Who.LEARNER)
                .and(404, Who.MEMBER_ADMIN_2);
        endpoints.add(new Row(
                "POST /api/workplace-learning",
                () -> new Call("POST", "/api/workplace-learning", workplacePlan(), count("workplace_learning")),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.MEMBER_ADMIN).and(422, Who.MEMBER_ADMIN_2),
                null));
        endpoints.add(new Row(
                "GET /api/workplace-learning",
                () -> Call.get("/api/workplace-learning?size=200"),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN, Who.MEMBER_ADMIN_2, Who.LEARNER),
                (softly, who, response) -> softly.assertThat(ids(response).contains(mentoredPlan.toString()))
                        .as("GET /api/workplace-learning as " + who + " lists employer 1's plan")
                        .isEqualTo(who != Who.MEMBER_ADMIN_2)));
        endpoints.add(new Row(
                "GET /api/workplace-learning/{id}",
                () -> Call.get("/api/workplace-learning/" + mentoredPlan),
                workplaceReaders,
                null));
        endpoints.add(new Row(
                "GET /api/workplace-learning/{id}/sessions",
                () -> Call.get("/api/workplace-learning/" + mentoredPlan + "/sessions"),
                workplaceReaders,
                null));
        endpoints.add(new Row(
                "POST /api/workplace-learning/{id}/sessions",
                () -> new Call(
                        "POST",
                        "/api/workplace-learning/" + mentoredPlan + "/sessions",
                        workplaceSession(),
                        sessionsOf(mentoredPlan)),
                Expected.otherwise(403)
                        .and(201, Who.ADMIN, Who.MEMBER_ADMIN, Who.LEARNER)
                        .and(404, Who.MEMBER_ADMIN_2),
                null));
        endpoints.add(new Row(
                "POST /api/workplace-learning/{id}/sign-off",
                () -> {
                    UUID plan = created(api.post("/api/workplace-learning", workplacePlan()));
                    created(api.post("/api/workplace-learning/" + plan + "/sessions", workplaceSession()));
                    return new Call(
                            "POST",
                            "/api/workplace-learning/" + plan + "/sign-off",
                            Map.of("levelReached", 2, "evidence", "Ran the press alone"),
                            signOffOf(plan));
                },
                workplaceReaders,
                null));
        endpoints.add(new Row(
                "POST /api/workshops",
                () -> new Call("POST", "/api/workshops", workshopOf(LocalDate.now()), count("workshop")),
                Expected.otherwise(403).and(201, Who.ADMIN, Who.MEMBER_ADMIN).and(422, Who.MEMBER_ADMIN_2),
                null));
        endpoints.add(new Row(
                "GET /api/workshops",
                () -> Call.get("/api/workshops?size=200"),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN, Who.MEMBER_ADMIN_2),
                (softly, who, response) -> softly.assertThat(ids(response).contains(workshop1.toString()))
                        .as("GET /api/workshops as " + who + " lists employer 1's workshop")
                        .isEqualTo(who != Who.MEMBER_ADMIN_2)));
        endpoints.add(new Row(
                "GET /api/workshops/{id}",
                () -> Call.get("/api/workshops/" + workshop1),
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2),
                null));
        endpoints.add(new Row(
                "PUT /api/workshops/{id}/participants/{staffId}/outcome",
                () -> {
                    UUID workshop = created(api.post("/api/workshops", workshopOf(LocalDate.now())));
                    return new Call(
                            "PUT",
                            "/api/workshops/" + workshop + "/participants/" + apprentice + "/outcome",
                            Map.of("outcome", "COMPLETED", "attendedHours", 3.5, "levelReached", 2),
                            () -> jdbc.sql("select coalesce(outcome, 'none') from workshop_participant"
                                                    + " where workshop_id = :id")
                                            .param("id", workshop)
                                            .query(String.class)
                                            .single()
                                    + " " + String.valueOf(outboxedUnder(workshop)));
                },
                Expected.otherwise(403).and(200, Who.ADMIN, Who.MEMBER_ADMIN).and(404, Who.MEMBER_ADMIN_2),
                null));
        // the credentials of learning at work: a signed-off plan's for whoever reads the plan (the learner here as its
        // mentor); a workshop participant's for the employer's HR and the participant themself (the learner reads
        // their own, and another participant's does not exist for them)
        for (String accept : List.of("application/json", "application/vc+jwt")) {
            endpoints.add(new Row(
                    "GET /api/workplace-learning/{id}/credential (" + accept + ")",
                    () -> Call.get("/api/workplace-learning/" + signedOffPlan + "/credential")
                            .accepting(accept),
                    workplaceReaders,
                    null));
            endpoints.add(new Row(
                    "GET /api/workshops/{id}/participants/{staffId}/credential (" + accept + ", own)",
                    () -> Call.get("/api/workshops/" + completedWorkshop + "/participants/" + learnerStaff
                                    + "/credential")
                            .accepting(accept),
                    workplaceReaders,
                    null));
            endpoints.add(new Row(
                    "GET /api/workshops/{id}/participants/{staffId}/credential (" + accept + ", another's)",
                    () -> Call.get("/api/workshops/" + completedWorkshop + "/participants/" + apprentice
                                    + "/credential")
                            .accepting(accept),
                    Expected.otherwise(403)
                            .and(200, Who.ADMIN, Who.MEMBER_ADMIN)
                            .and(404, Who.MEMBER_ADMIN_2, Who.LEARNER),
                    null));
        }
        return endpoints;
    }

    /** A plan of employer 1's apprentice, mentored by the learner, with a session and signed off (made as the admin). */
    private UUID signedOffPlan() {
        UUID plan = created(api.post("/api/workplace-learning", workplacePlan()));
        created(api.post("/api/workplace-learning/" + plan + "/sessions", workplaceSession()));
        Api.Response signed = api.post(
                "/api/workplace-learning/" + plan + "/sign-off",
                Map.of("levelReached", 2, "evidence", "Ran the press alone"));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        return plan;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    // ---- fixtures (made as the admin) ----

    /** An on-the-job plan of employer 1's apprentice, mentored by the learner. */
    private Map<String, Object> workplacePlan() {
        return Map.of(
                "kind",
                "ON_THE_JOB",
                "allianceId",
                alliance1,
                "staffId",
                apprentice,
                "skillId",
                skill,
                "targetLevel",
                3,
                "mentorStaffId",
                learnerStaff,
                "plannedHours",
                40,
                "startsOn",
                LocalDate.now().minusDays(10).toString(),
                "endsOn",
                LocalDate.now().plusDays(50).toString());
    }

    private static Map<String, Object> workplaceSession() {
        return Map.of("date", LocalDate.now().toString(), "hours", 1.5, "practised", "Die change on press 3");
    }

    /** A workshop of employer 1 for its apprentice on that day. */
    private Map<String, Object> workshopOf(LocalDate heldOn) {
        return Map.of(
                "allianceId",
                alliance1,
                "title",
                "Press safety",
                "skillId",
                skill,
                "targetLevel",
                2,
                "heldOn",
                heldOn.toString(),
                "hours",
                4,
                "participants",
                List.of(apprentice));
    }

    private Supplier<String> sessionsOf(UUID plan) {
        return () -> String.valueOf(jdbc.sql("select count(*) from workplace_learning_session where learning_id = :id")
                .param("id", plan)
                .query(Long.class)
                .single());
    }

    /** The plan's sign-off day (or none), its learner's skill records and the events of it in the outbox. */
    private Supplier<String> signOffOf(UUID plan) {
        return () -> jdbc.sql("select coalesce(cast(signed_off_on as varchar), 'none') from workplace_learning"
                                + " where id = :id")
                        .param("id", plan)
                        .query(String.class)
                        .single()
                + " " + recordsOf(apprentice).get() + " " + outboxedUnder(plan);
    }

    private long outboxedUnder(UUID aggregate) {
        return jdbc.sql("select count(*) from outbox_event where aggregate_id = :id")
                .param("id", aggregate.toString())
                .query(Long.class)
                .single();
    }

    private Curriculum.CourseBuilder course1() {
        return curriculum
                .course(alliance1)
                .with("providerId", provider1)
                .with("skills", List.of(Map.of("skillId", skill, "targetLevel", 2)));
    }

    private Curriculum.CohortBuilder cohort1(UUID course) {
        return curriculum.cohort(course).with("organiserId", association1);
    }

    private UUID enrol(UUID cohort, MemberEvents.Employer employer, UUID staff) {
        Api.Response response = api.post("/api/enrolments", Curriculum.enrolment(cohort, employer.id(), staff));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    /** A history import of one past cohort of tenant 1's published course, under a fresh import key. */
    private Map<String, Object> pastCohort() {
        if (historyStaff == null) {
            historyStaff = freshStaff.next();
        }
        return pastCohort(historyStaff, LocalDate.now().minusYears(1));
    }

    /** A history import of a two-day past cohort from {@code start} in which the staff member of employer 1 completed. */
    private Map<String, Object> pastCohort(UUID staff, LocalDate start) {
        Map<String, Object> seat = Map.of(
                "staffId",
                staff,
                "employerId",
                employer1.id(),
                "enrolledOn",
                start.toString(),
                "outcome",
                "COMPLETED",
                "attendedHours",
                16,
                "preScore",
                30,
                "postScore",
                70);
        Map<String, Object> cohort = Map.of(
                "importKey",
                UUID.randomUUID().toString(),
                "courseId",
                published,
                "startDate",
                start.toString(),
                "endDate",
                start.plusDays(1).toString(),
                "capacity",
                10,
                "cost",
                Map.of("pricing", "PER_SEAT", "amountMinor", 45_000, "currency", "EUR"),
                "seats",
                List.of(seat));
        return Map.of("allianceId", alliance1, "organiserId", association1, "cohorts", List.of(cohort));
    }

    private Map<String, Object> outcome() {
        return Map.of(
                "providerId",
                provider1,
                "outcome",
                "COMPLETED",
                "attendedHours",
                16,
                "preScore",
                30,
                "postScore",
                70,
                "credentialAwarded",
                true,
                "completedOn",
                LocalDate.now().toString());
    }

    /** A session of today in the sessions' cohort, in a slot of its own (3 minutes, so that many fit the course). */
    private UUID session() {
        return created(api.post("/api/cohorts/" + sessionCohort + "/sessions", sessionBody("Hall 1")));
    }

    private Map<String, Object> sessionBody(String place) {
        java.time.LocalTime start = java.time.LocalTime.of(7, 0).plusMinutes(6L * sessionSlot.getAndIncrement());
        return Map.of(
                "date",
                LocalDate.now().toString(),
                "startTime",
                start.toString(),
                "endTime",
                start.plusMinutes(3).toString(),
                "place",
                place);
    }

    private Call cohortStep(UUID cohort, String step) {
        return new Call("POST", "/api/cohorts/" + cohort + "/" + step, null, row("cohort", cohort, "status"));
    }

    private String code(UUID course) {
        return jdbc.sql("select code from course where id = :id")
                .param("id", course)
                .query(String.class)
                .single();
    }

    /** How many credentials of the source are revoked. */
    private Supplier<String> revocationsOf(UUID source) {
        return () -> String.valueOf(
                jdbc.sql("select count(*) from issued_credential where source_id = :source and revoked_at is not null")
                        .param("source", source)
                        .query(Long.class)
                        .single());
    }

    private SignedCredential workplaceCredential(UUID learning, UUID alliance, UUID employer, UUID staff) {
        return issuing.issue(CredentialIssuing.workplaceLearningClaim(
                learning,
                alliance,
                employer,
                new CredentialIssuing.SkillReached(skill, "LOCAL-WELD-1", "welding", 2),
                staff,
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                LocalDate.now(),
                new java.math.BigDecimal("12.5")));
    }

    private static String statusListOf(SignedCredential credential) {
        return String.valueOf(((Map<?, ?>) credential.document().get("credentialStatus")).get("statusListCredential"));
    }

    private Supplier<String> count(String table) {
        return () -> String.valueOf(
                jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }

    private Supplier<String> row(String table, UUID id, String column) {
        return () -> jdbc.sql("select " + column + " from " + table + " where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private Supplier<String> recordsOf(UUID staff) {
        return () -> String.valueOf(jdbc.sql("select count(*) from skill_record where staff_id = :staff")
                .param("staff", staff)
                .query(Long.class)
                .single());
    }

    private Map<String, Object> objective() {
        return Map.of(
                "allianceId",
                alliance1,
                "kind",
                "STAFF_AT_LEVEL",
                "skillId",
                skill,
                "minimumLevel",
                3,
                "targetCount",
                10,
                "targetDate",
                LocalDate.now().plusDays(90).toString());
    }

    private static UUID created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    private Supplier<String> enrolmentsOf(UUID staff) {
        return () -> String.valueOf(jdbc.sql("select count(*) from enrolment where staff_id = :staff")
                .param("staff", staff)
                .query(Long.class)
                .single());
    }

    private static List<String> ids(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static ApiClient.Response upload(ApiClient client, String csv) {
        return client.upload("/api/enrolments/imports", "file", "staff.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
