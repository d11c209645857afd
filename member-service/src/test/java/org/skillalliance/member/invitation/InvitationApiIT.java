package org.skillalliance.member.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.member.MemberFixtures.created;
import static org.skillalliance.member.MemberFixtures.invitation;
import static org.skillalliance.member.MemberFixtures.uniqueUsername;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.KeycloakEmailLink;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKeycloak;
import org.skillalliance.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Invitations against the test JVM's real Keycloak and a real SMTP server (GreenMail, {@link TestMail}): the invited
 * person receives Keycloak's email, follows its link as a browser would, sets a password on Keycloak's form, logs in
 * and acts for its organisation only; refusals (400, 403, 404, 409, 422) name the field and leave nothing behind in
 * Keycloak; an email that cannot be sent is a 503 and removes the user again.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class InvitationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;
    MemberFixtures fixtures;
    final TestKeycloak keycloak = TestKeycloak.instance();

    @BeforeEach
    void setUp() {
        admin = Callers.asAdmin(port);
        fixtures = new MemberFixtures(admin);
    }

    @Test
    void anInvitedMemberAdminGetsKeycloaksEmailSetsAPasswordThroughItsLinkAndHandlesOnlyItsOwnEmployersStaff(
            CapturedOutput output) {
        UUID employerA = fixtures.registerEmployer(40);
        UUID employerB = fixtures.registerEmployer(40);
        UUID staffOfB = fixtures.registerStaff(employerB, "someone@employer-b.example");
        String staffOfBBefore = admin.get("/api/staff/" + staffOfB).text();
        String username = uniqueUsername("HR.Lead");
        String email = ("Hr.Lead+" + username + "@Employer-A.example");
        Map<String, Object> body = invitation(username, "member-admin");
        body.put("email", email);

        Instant before = Instant.now();
        ApiClient.Response invited = admin.post(invitations(employerA), body);

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.header("Cache-Control")).contains("no-store");
        JsonNode answer = invited.json();
        assertThat(fieldNames(answer))
                .as("no user id, no password")
                .containsExactly("email", "expiresAt", "organisationId", "role", "staffId", "username");
        assertThat(answer.path("username").asString()).isEqualTo(username.toLowerCase());
        assertThat(answer.path("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(answer.path("role").asString()).isEqualTo("member-admin");
        assertThat(answer.path("organisationId").asString()).isEqualTo(employerA.toString());
        assertThat(Instant.parse(answer.path("expiresAt").asString()))
                .as("72 hours, the default lifespan")
                .isBetween(before.plus(Duration.ofHours(72)), Instant.now().plus(Duration.ofHours(72)));

        JsonNode user = keycloak.findUser(username.toLowerCase()).orElseThrow();
        String userId = user.path("id").asString();
        assertThat(user.path("enabled").asBoolean()).isTrue();
        assertThat(user.path("emailVerified").asBoolean())
                .as("the inviter's word verifies no address")
                .isFalse();
        assertThat(user.path("requiredActions").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");
        assertThat(keycloak.credentialsOf(userId))
                .as("nobody but the person will know a password")
                .isEmpty();
        assertThat(user.path("attributes").path("org_id").get(0).asString()).isEqualTo(employerA.toString());
        assertThat(keycloak.realmRolesOf(userId)).contains("member-admin").doesNotContain("alliance-admin", "learner");

        // Keycloak's own email, through the real SMTP server, with the link to set the password
        List<TestMail.Mail> mails = TestMail.instance().awaitFor(email, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().from()).contains(TestKeycloak.MAIL_FROM);
        URI link = KeycloakEmailLink.findIn(mails.getFirst().body())
                .orElseThrow(() -> new AssertionError("no link in " + mails.getFirst()));

        // followed as a browser would: the realm's password policy holds on Keycloak's form, then a good one is taken
        KeycloakEmailLink browser = new KeycloakEmailLink();
        KeycloakEmailLink.Page form = browser.open(link);
        assertThat(form.hasPasswordForm()).as(form.text()).isTrue();
        KeycloakEmailLink.Page refused =
                browser.submit(form, Map.of("password-new", "qwerty123456", "password-confirm", "qwerty123456"));
        assertThat(refused.hasPasswordForm())
                .as("a common password is refused: " + refused.text())
                .isTrue();
        String password = "a long passphrase of " + UUID.randomUUID();
        KeycloakEmailLink.Page done =
                browser.submit(refused, Map.of("password-new", password, "password-confirm", password));
        assertThat(done.text()).as(done.text()).containsIgnoringCase("account has been updated");

        JsonNode afterwards = keycloak.findUser(username.toLowerCase()).orElseThrow();
        assertThat(afterwards.path("emailVerified").asBoolean())
                .as("following the emailed link proves the address")
                .isTrue();
        assertThat(afterwards.path("requiredActions").toString()).isEqualTo("[]");
        String token = keycloak.token(username, password);
        JsonNode claims = TestKeycloak.claims(token);
        assertThat(claims.path("org_id").asString()).isEqualTo(employerA.toString());
        assertThat(claims.path("realm_access").path("roles").toString()).contains("member-admin");

        // the link served once: opened again, it sets nothing
        KeycloakEmailLink.Page again = new KeycloakEmailLink().open(link);
        assertThat(again.hasPasswordForm()).as(again.text()).isFalse();

        ApiClient hrLead = ApiClient.onPort(port).withToken(token);
        UUID ownStaff =
                created(hrLead.post("/api/staff", MemberFixtures.staff(employerA, "new.hire@employer-a.example")));
        assertThat(hrLead.get("/api/staff/" + ownStaff).status()).isEqualTo(200);
        assertThat(hrLead.get("/api/staff?size=200")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(item -> item.path("employerId").asString()))
                .containsOnly(employerA.toString());

        Map<String, Object> update = MemberFixtures.staff(employerB, "changed@employer-b.example");
        update.remove("employerId");
        assertThat(hrLead.get("/api/staff/" + staffOfB).status()).isEqualTo(404);
        assertThat(hrLead.put("/api/staff/" + staffOfB, update).status()).isEqualTo(404);
        assertThat(hrLead.post("/api/staff/" + staffOfB + "/leave", Map.of("employmentEnd", "2025-06-30"))
                        .status())
                .isEqualTo(404);
        assertThat(hrLead.delete("/api/staff/" + staffOfB).status()).isEqualTo(404);
        assertThat(hrLead.post("/api/staff", MemberFixtures.staff(employerB, "intruder@employer-b.example"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/api/staff/" + staffOfB).text()).isEqualTo(staffOfBBefore);

        assertNeitherStoredNorLogged(link.getRawQuery(), output);
    }

    @Test
    void anInvitedLearnersLoginIsLinkedToTheStaffRecordOnceThePasswordIsSet() {
        UUID employer = fixtures.registerEmployer(12);
        UUID staffMember = fixtures.registerStaff(employer, uniqueUsername("own") + "@employer.example");
        String username = uniqueUsername("learner");

        ApiClient.Response invited = admin.post(invitations(employer), learner(username, staffMember));

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.json().path("staffId").asString()).isEqualTo(staffMember.toString());
        assertThat(keycloak.findUser(username)
                        .orElseThrow()
                        .path("attributes")
                        .path("staff_id")
                        .get(0)
                        .asString())
                .isEqualTo(staffMember.toString());
        TestKeycloak.Answer noPasswordYet = keycloak.passwordGrant(username, "anything at all 123");
        assertThat(noPasswordYet.status()).as(noPasswordYet.body()).isIn(400, 401);
        assertThat(noPasswordYet.body()).contains("invalid_grant");
        String password =
                setPasswordThroughTheEmail(invited.json().path("email").asString());
        JsonNode claims = TestKeycloak.claims(keycloak.token(username, password));
        assertThat(claims.path("org_id").asString()).isEqualTo(employer.toString());
        assertThat(claims.path("realm_access").path("roles").toString())
                .contains("learner")
                .doesNotContain("member-admin");
        assertThat(claims.path("staff_id").asString())
                .as("the login is linked to the staff record")
                .isEqualTo(staffMember.toString());
    }

    @Test
    void whenTheEmailCannotBeSentTheInvitationIs503AndNoUserStaysBehind() {
        UUID employer = fixtures.registerEmployer(12);
        String username = uniqueUsername("unmailed");
        Runnable restore = keycloak.pointSmtpAt(closedPort());
        ApiClient.Response refused;
        try {
            refused = admin.post(invitations(employer), invitation(username, "member-admin"));
        } finally {
            restore.run();
        }

        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asString())
                .contains("could not send the invitation email")
                .contains("SMTP");
        assertThat(keycloak.findUser(username))
                .as("the user made before the email failed is removed")
                .isEmpty();
        assertThat(TestMail.instance().receivedFor(username + "@invited.example"))
                .isEmpty();

        // with the mail server back, the same invitation goes through
        ApiClient.Response again = admin.post(invitations(employer), invitation(username, "member-admin"));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(TestMail.instance().awaitFor(username + "@invited.example", 1))
                .hasSize(1);
    }

    /** A port nobody listens on: a mail server that cannot be reached. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows the one invitation email's link as a browser would and sets a new password: the password. */
    private static String setPasswordThroughTheEmail(String email) {
        List<TestMail.Mail> mails = TestMail.instance().awaitFor(email, 1);
        assertThat(mails).hasSize(1);
        URI link = KeycloakEmailLink.findIn(mails.getFirst().body()).orElseThrow();
        String password = "a long passphrase of " + UUID.randomUUID();
        KeycloakEmailLink.Page done = new KeycloakEmailLink().setPassword(link, password);
        assertThat(done.text()).as(done.text()).containsIgnoringCase("account has been updated");
        return password;
    }

    @Test
    void aTakenUsernameOrEmailIsAConflictNamingTheFieldAndAddsNoUser() {
        UUID employer = fixtures.registerEmployer(12);
        String username = uniqueUsername("taken");
        assertThat(admin.post(invitations(employer), invitation(username, "member-admin"))
                        .status())
                .isEqualTo(201);

        Map<String, Object> sameUsername = invitation(username.toUpperCase(), "member-admin");
        sameUsername.put("email", "other-" + username + "@invited.example");
        ApiClient.Response usernameTaken = admin.post(invitations(employer), sameUsername);
        assertThat(usernameTaken.status()).as(usernameTaken.toString()).isEqualTo(409);
        assertThat(usernameTaken.header("Content-Type")).startsWith("application/problem+json");
        assertThat(usernameTaken.fieldErrors()).containsOnlyKeys("username");
        assertThat(keycloak.findUsersByEmail("other-" + username + "@invited.example"))
                .isEmpty();

        String otherUsername = uniqueUsername("other");
        Map<String, Object> sameEmail = invitation(otherUsername, "member-admin");
        sameEmail.put("email", (username + "@invited.example").toUpperCase());
        ApiClient.Response emailTaken = admin.post(invitations(employer), sameEmail);
        assertThat(emailTaken.status()).as(emailTaken.toString()).isEqualTo(409);
        assertThat(emailTaken.fieldErrors()).containsOnlyKeys("email");
        assertThat(keycloak.findUser(otherUsername)).isEmpty();
    }

    @Test
    void aUsernameOrEmailOfAnotherOrganisationsPersonAnswersAsANewOneWouldAndCreatesNothing() {
        UUID ownEmployer = fixtures.registerEmployer(12);
        UUID otherEmployer = fixtures.registerEmployer(12);
        String taken = uniqueUsername("elsewhere");
        assertThat(admin.post(invitations(otherEmployer), invitation(taken, "member-admin"))
                        .status())
                .isEqualTo(201);
        JsonNode holder = keycloak.findUser(taken).orElseThrow();
        ApiClient memberAdmin = ApiClient.onPort(port).withToken(Callers.tokenFor("member-admin", ownEmployer));

        String fresh = uniqueUsername("fresh");
        ApiClient.Response newPerson = memberAdmin.post(invitations(ownEmployer), invitation(fresh, "member-admin"));
        Map<String, Object> sameUsername = invitation(taken, "member-admin");
        sameUsername.put("email", "someone-new-" + taken + "@invited.example");
        ApiClient.Response usernameElsewhere = memberAdmin.post(invitations(ownEmployer), sameUsername);
        String otherUsername = uniqueUsername("newname");
        Map<String, Object> sameEmail = invitation(otherUsername, "member-admin");
        sameEmail.put("email", taken + "@invited.example");
        ApiClient.Response emailElsewhere = memberAdmin.post(invitations(ownEmployer), sameEmail);

        for (ApiClient.Response answer : List.of(newPerson, usernameElsewhere, emailElsewhere)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(answer.header("Cache-Control")).contains("no-store");
            assertThat(fieldNames(answer.json())).containsExactlyElementsOf(fieldNames(newPerson.json()));
            assertThat(answer.json().path("expiresAt").asString()).isNotBlank();
            assertThat(answer.json().path("organisationId").asString()).isEqualTo(ownEmployer.toString());
        }
        assertThat(keycloak.findUser(fresh)).isPresent();
        assertThat(keycloak.findUser(otherUsername))
                .as("nothing created for a taken email")
                .isEmpty();
        assertThat(keycloak.findUsersByEmail("someone-new-" + taken + "@invited.example"))
                .isEmpty();
        JsonNode holderAfter = keycloak.findUser(taken).orElseThrow();
        assertThat(holderAfter.path("id").asString())
                .isEqualTo(holder.path("id").asString());
        assertThat(holderAfter.path("email").asString())
                .isEqualTo(holder.path("email").asString());
        assertThat(holderAfter.path("attributes").path("org_id").get(0).asString())
                .isEqualTo(otherEmployer.toString());
        // and nothing was sent where nobody was invited: the holder got its own invitation only
        assertThat(TestMail.instance().awaitFor(taken + "@invited.example", 1)).hasSize(1);
        assertThat(TestMail.instance().receivedFor("someone-new-" + taken + "@invited.example"))
                .isEmpty();
    }

    private static List<String> fieldNames(JsonNode json) {
        return json.propertyNames().stream().sorted().toList();
    }

    @Test
    void badInputIs400NamingEveryFieldAndCreatesNothing() {
        UUID employer = fixtures.registerEmployer(12);

        Map<String, Object> allWrong = invitation("", "alliance-admin");
        allWrong.put("email", "not-an-email");
        allWrong.put("firstName", " ");
        ApiClient.Response refused = admin.post(invitations(employer), allWrong);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.fieldErrors()).containsKeys("username", "email", "firstName", "role");

        for (Map.Entry<String, Object> wrong : Map.<String, Object>of(
                        "email",
                        "no-at-sign.example",
                        "role",
                        "chief-executive",
                        "username",
                        "has spaces",
                        "lastName",
                        "")
                .entrySet()) {
            String username = uniqueUsername("refused");
            Map<String, Object> body = invitation(username, "member-admin");
            body.put(wrong.getKey(), wrong.getValue());
            ApiClient.Response answer = admin.post(invitations(employer), body);
            assertThat(answer.status()).as(wrong + ": " + answer).isEqualTo(400);
            assertThat(answer.fieldErrors()).as(wrong.toString()).containsOnlyKeys(wrong.getKey());
            assertThat(keycloak.findUser(username)).as(wrong.toString()).isEmpty();
        }

        // what only Keycloak's user profile rules refuse comes back the same way, naming the field
        String scripted = uniqueUsername("refused");
        Map<String, Object> badName = invitation(scripted, "member-admin");
        badName.put("firstName", "Robert<script>");
        ApiClient.Response keycloakRefused = admin.post(invitations(employer), badName);
        assertThat(keycloakRefused.status()).as(keycloakRefused.toString()).isEqualTo(400);
        assertThat(keycloakRefused.fieldErrors()).containsOnlyKeys("firstName");
        assertThat(keycloak.findUser(scripted)).isEmpty();

        // nobody hands passwords around: an invitation naming one is refused as any unknown field is
        String withPassword = uniqueUsername("refused");
        Map<String, Object> passwordGiven = invitation(withPassword, "member-admin");
        passwordGiven.put("password", "a long passphrase chosen by the inviter");
        ApiClient.Response passwordRefused = admin.post(invitations(employer), passwordGiven);
        assertThat(passwordRefused.status()).as(passwordRefused.toString()).isEqualTo(400);
        assertThat(passwordRefused.fieldErrors()).containsOnlyKeys("password");
        assertThat(keycloak.findUser(withPassword)).isEmpty();

        String alsoRefused = uniqueUsername("refused");
        Map<String, Object> missingRole = invitation(alsoRefused, "member-admin");
        missingRole.remove("role");
        assertThat(admin.post(invitations(employer), missingRole).fieldErrors()).containsOnlyKeys("role");
        Map<String, Object> unknownField = invitation(alsoRefused, "member-admin");
        unknownField.put("temporary", true);
        ApiClient.Response unknown = admin.post(invitations(employer), unknownField);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.fieldErrors()).containsOnlyKeys("temporary");
        assertThat(admin.post("/api/organisations/not-a-uuid/invitations", invitation(alsoRefused, "member-admin"))
                        .status())
                .isEqualTo(400);
        assertThat(keycloak.findUser(alsoRefused)).isEmpty();
    }

    @Test
    void aLearnerIsLinkedToAnActiveStaffMemberOfTheOrganisationAndNoOtherRoleIs() {
        UUID employer = fixtures.registerEmployer(12);
        UUID otherEmployer = fixtures.registerEmployer(12);
        UUID own = fixtures.registerStaff(employer, uniqueUsername("own") + "@employer.example");
        UUID left = fixtures.registerStaff(employer, uniqueUsername("left") + "@employer.example");
        assertThat(admin.post("/api/staff/" + left + "/leave", Map.of("employmentEnd", "2025-06-30"))
                        .status())
                .isEqualTo(200);
        UUID erased = fixtures.registerStaff(employer, uniqueUsername("erased") + "@employer.example");
        assertThat(admin.delete("/api/staff/" + erased).status()).isEqualTo(204);
        UUID elsewhere = fixtures.registerStaff(otherEmployer, uniqueUsername("else") + "@other.example");
        ApiClient memberAdmin = as("member-admin", employer);

        assertLinkRefused(memberAdmin, employer, learner(uniqueUsername("nolink"), null), "name a staff member");
        String unknownReason = "does not exist at organisation " + employer;
        assertLinkRefused(memberAdmin, employer, learner(uniqueUsername("unknown"), UUID.randomUUID()), unknownReason);
        assertLinkRefused(memberAdmin, employer, learner(uniqueUsername("elsewhere"), elsewhere), unknownReason);
        assertLinkRefused(memberAdmin, employer, learner(uniqueUsername("left"), left), "is LEFT");
        assertLinkRefused(memberAdmin, employer, learner(uniqueUsername("erased"), erased), "is ERASED");
        Map<String, Object> hrLead = invitation(uniqueUsername("hr"), "member-admin");
        hrLead.put("staffId", own);
        assertLinkRefused(memberAdmin, employer, hrLead, "only a learner's login is linked");
        Map<String, Object> notAnId = learner(uniqueUsername("notanid"), own);
        notAnId.put("staffId", "someone");
        assertThat(memberAdmin.post(invitations(employer), notAnId).fieldErrors())
                .containsOnlyKeys("staffId");

        String username = uniqueUsername("learner");
        ApiClient.Response linked = memberAdmin.post(invitations(employer), learner(username, own));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        JsonNode user = keycloak.findUser(username).orElseThrow();
        assertThat(user.path("attributes").path("staff_id").get(0).asString()).isEqualTo(own.toString());
        assertThat(user.path("attributes").path("org_id").get(0).asString()).isEqualTo(employer.toString());
    }

    private void assertLinkRefused(ApiClient caller, UUID organisation, Map<String, Object> body, String reasonPart) {
        ApiClient.Response refused = caller.post(invitations(organisation), body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.fieldErrors()).as(refused.toString()).containsOnlyKeys("staffId");
        assertThat(refused.text()).contains(reasonPart);
        assertThat(keycloak.findUser((String) body.get("username")))
                .as("refused: nobody created")
                .isEmpty();
    }

    private static Map<String, Object> learner(String username, UUID staffId) {
        Map<String, Object> body = invitation(username, "learner");
        if (staffId != null) {
            body.put("staffId", staffId.toString());
        }
        return body;
    }

    @Test
    void aRoleThatDoesNotFitTheOrganisationIs422AndAnUnknownOrganisationIs404() {
        UUID employer = fixtures.registerEmployer(12);
        UUID association = fixtures.register("ASSOCIATION");
        for (Map.Entry<UUID, String> misfit :
                Map.of(employer, "coordinator", association, "member-admin").entrySet()) {
            String username = uniqueUsername("misfit");
            ApiClient.Response refused =
                    admin.post(invitations(misfit.getKey()), invitation(username, misfit.getValue()));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.fieldErrors()).containsOnlyKeys("role");
            assertThat(keycloak.findUser(username)).isEmpty();
        }
        for (String type : List.of("TRAINING_PROVIDER", "FUNDER")) {
            UUID organisation = fixtures.register(type);
            String role = type.equals("FUNDER") ? "funder" : "provider";
            assertThat(admin.post(invitations(organisation), invitation(uniqueUsername(role), role))
                            .status())
                    .isEqualTo(201);
        }

        String username = uniqueUsername("nowhere");
        ApiClient.Response unknown = admin.post(invitations(UUID.randomUUID()), invitation(username, "member-admin"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(keycloak.findUser(username)).isEmpty();
    }

    @Test
    void coordinatorsInviteForTheirAssociationAndActiveMembersMemberAdminsForTheirOwnOrganisation() {
        UUID association = fixtures.register("ASSOCIATION");
        UUID otherAssociation = fixtures.register("ASSOCIATION");
        UUID alliance = fixtures.createAlliance(association);
        UUID member = fixtures.registerEmployer(30);
        UUID applicant = fixtures.registerEmployer(30);
        UUID stranger = fixtures.registerEmployer(30);
        UUID provider = fixtures.register("TRAINING_PROVIDER");
        activate(fixtures.apply(alliance, member, "MEMBER_EMPLOYER"));
        activate(fixtures.apply(alliance, provider, "PROVIDER"));
        fixtures.apply(alliance, applicant, "MEMBER_EMPLOYER");

        ApiClient coordinator = as("coordinator", association);
        assertInvites(coordinator, association, "coordinator", 201);
        assertInvites(coordinator, member, "member-admin", 201);
        assertInvites(coordinator, provider, "provider", 201);
        assertInvites(coordinator, applicant, "member-admin", 404);
        assertInvites(coordinator, stranger, "member-admin", 404);
        assertInvites(as("coordinator", otherAssociation), member, "learner", 404);

        ApiClient memberAdmin = as("member-admin", member);
        assertInvites(memberAdmin, member, "learner", 201);
        assertInvites(memberAdmin, member, "member-admin", 201);
        assertInvites(memberAdmin, member, "coordinator", 403);
        assertInvites(memberAdmin, stranger, "learner", 404);
        assertInvites(as("member-admin", null), member, "learner", 404);

        assertInvites(as("provider", provider), provider, "provider", 403);
        assertInvites(as("funder", fixtures.register("FUNDER")), member, "learner", 403);
        assertInvites(as("learner", member), member, "learner", 403);
        assertThat(ApiClient.onPort(port)
                        .post(invitations(member), invitation(uniqueUsername("anon"), "learner"))
                        .status())
                .isEqualTo(401);
    }

    private void assertInvites(ApiClient caller, UUID organisation, String role, int expected) {
        String username = uniqueUsername("by-" + role);
        Map<String, Object> body = invitation(username, role);
        if (role.equals("learner") && expected == 201) {
            body.put(
                    "staffId",
                    fixtures.registerStaff(organisation, username + "@staff.example")
                            .toString());
        }
        ApiClient.Response answer = caller.post(invitations(organisation), body);
        assertThat(answer.status())
                .as(role + " for " + organisation + ": " + answer)
                .isEqualTo(expected);
        if (expected == 201) {
            assertThat(keycloak.realmRolesOf(
                            keycloak.findUser(username).orElseThrow().path("id").asString()))
                    .contains(role);
        } else {
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(keycloak.findUser(username))
                    .as("refused: nobody created")
                    .isEmpty();
        }
    }

    private void activate(UUID membership) {
        assertThat(admin.post("/api/memberships/" + membership + "/activate").status())
                .isEqualTo(200);
    }

    private ApiClient as(String role, UUID organisation) {
        return ApiClient.onPort(port).withToken(Callers.tokenFor(role, organisation));
    }

    /** Not in any table of the service's database, not in its log (the emailed link's token: only the person has it). */
    private void assertNeitherStoredNorLogged(String secret, CapturedOutput output) {
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
                .query(String.class)
                .list();
        assertThat(tables).contains("organisation", "staff", "outbox_event");
        for (String table : tables) {
            String everything = String.join(
                    "\n",
                    jdbc.sql("select t::text from \"" + table + "\" t")
                            .query(String.class)
                            .list());
            assertThat(everything).as("table %s", table).doesNotContain(secret);
        }
        assertThat(output.getAll()).as("the log").doesNotContain(secret).contains("Invited Keycloak user");
    }

    private static String invitations(UUID organisation) {
        return "/api/organisations/" + organisation + "/invitations";
    }
}
