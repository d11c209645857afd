package org.skillalliance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The realm export's identity policy (docs/security.md, "Identity"), against the real Keycloak that imported it: the
 * password policy at set-password, refresh tokens that are good for one use, and failed logins recorded where the
 * alliance admin can read them. The second factor at sign-in is driven through the gateway as a browser does
 * (gateway's {@code BrowserSessionIT}); the export itself is held to the policy by {@code RealmExportPolicyTest}
 * (infra/platform).
 */
class IdentityPolicyIT {

    static final TestKeycloak KEYCLOAK = TestKeycloak.instance();

    @Test
    void shortCommonAndOwnNamePasswordsAreRefusedAtSetPasswordAndALongOneOfAnyCompositionIsTaken() {
        TestKeycloak.Person person = KEYCLOAK.createPerson("member-admin", UUID.randomUUID());

        assertRefused(KEYCLOAK.setPassword(person.id(), "eleven-char"), "invalidPasswordMinLengthMessage");
        // on the deny-list (infra/keycloak/password-blacklists), whatever the case
        assertRefused(KEYCLOAK.setPassword(person.id(), "qwerty123456"), "invalidPasswordBlacklistedMessage");
        assertRefused(KEYCLOAK.setPassword(person.id(), "Password1234"), "invalidPasswordBlacklistedMessage");
        assertRefused(KEYCLOAK.setPassword(person.id(), person.username()), "invalidPasswordNotUsernameMessage");
        assertRefused(
                KEYCLOAK.setPassword(person.id(), person.username() + "@example.org"),
                "invalidPasswordNotEmailMessage");
        // the current password is one of the last five
        assertRefused(KEYCLOAK.setPassword(person.id(), person.password()), "invalidPasswordHistoryMessage");

        // no composition rules: twelve lower-case letters and spaces are a good password
        String passphrase =
                "plum river " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "k");
        assertThat(KEYCLOAK.setPassword(person.id(), passphrase).status()).isEqualTo(204);
        assertThat(KEYCLOAK.passwordGrant(person.username(), passphrase).status())
                .isEqualTo(200);
        TestKeycloak.Answer oldPassword = KEYCLOAK.passwordGrant(person.username(), person.password());
        assertThat(oldPassword.status()).isEqualTo(400);
        assertThat(oldPassword.json().path("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void aRefreshTokenIsGoodForOneUseAndItsReuseEndsTheLoginsSession() {
        TestKeycloak.Person person = KEYCLOAK.createPerson("funder", UUID.randomUUID());
        TestKeycloak.Answer login = KEYCLOAK.passwordGrant(person.username(), person.password());
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String first = login.json().path("refresh_token").asString();

        TestKeycloak.Answer renewed = KEYCLOAK.refresh(first);
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        String second = renewed.json().path("refresh_token").asString();
        assertThat(second).isNotEqualTo(first);

        // the first one again, as a thief who copied it would: refused, and the login's session with the client is over
        assertThat(KEYCLOAK.sessionsOf(person.id()))
                .singleElement()
                .satisfies(session ->
                        assertThat(session.path("clients").toString()).contains(TestKeycloak.PEOPLE_CLIENT));
        TestKeycloak.Answer replayed = KEYCLOAK.refresh(first);
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(400);
        assertThat(replayed.json().path("error").asString()).isEqualTo("invalid_grant");
        TestKeycloak.Answer afterReplay = KEYCLOAK.refresh(second);
        assertThat(afterReplay.status())
                .as("the legitimate holder's newer token dies with it: " + afterReplay.body())
                .isEqualTo(400);
        assertThat(afterReplay.json().path("error").asString()).isEqualTo("invalid_grant");
        // Keycloak keeps the person's single sign-on session (the browser's cookie), without the client's
        assertThat(KEYCLOAK.sessionsOf(person.id()))
                .singleElement()
                .satisfies(session ->
                        assertThat(session.path("clients").toString()).doesNotContain(TestKeycloak.PEOPLE_CLIENT));
        // and the theft shows in the events
        assertThat(KEYCLOAK.events("REFRESH_TOKEN_ERROR", null))
                .filteredOn(event -> event.path("details")
                        .path("refresh_token_sub")
                        .asString()
                        .equals(person.id()))
                .extracting(event -> event.path("details").path("reason").asString())
                .containsExactlyInAnyOrder(
                        "Maximum allowed refresh token reuse exceeded", "Session doesn't have required client");
    }

    @Test
    void noClientOfTheRealmTakesAPasswordAlone() {
        // the test realm switches the password grant on for the people client (tests only); Keycloak's own
        // command-line client, which every realm gets with the grant on, has it off in the export
        TestKeycloak.Person funder = KEYCLOAK.createPerson("funder", UUID.randomUUID());
        TestKeycloak.Answer viaAdminCli = KEYCLOAK.passwordGrant("admin-cli", funder.username(), funder.password());
        assertThat(viaAdminCli.status()).as(viaAdminCli.body()).isIn(400, 401);
        assertThat(viaAdminCli.json().path("error").asString()).isEqualTo("unauthorized_client");
    }

    @Test
    void aFailedLoginIsRecordedAndTheAllianceAdminReadsItWithTheirOwnToken() {
        TestKeycloak.Person person = KEYCLOAK.createPerson("member-admin", UUID.randomUUID());
        TestKeycloak.Answer failed = KEYCLOAK.passwordGrant(person.username(), "not the password at all");
        assertThat(failed.status()).as(failed.body()).isEqualTo(400);
        assertThat(failed.json().path("error").asString()).isEqualTo("invalid_grant");

        List<JsonNode> failures = KEYCLOAK.events("LOGIN_ERROR", person.id());
        assertThat(failures).hasSize(1);
        assertThat(failures.getFirst().path("error").asString()).isEqualTo("invalid_user_credentials");
        assertThat(failures.getFirst().path("clientId").asString()).isEqualTo(TestKeycloak.PEOPLE_CLIENT);

        // the alliance admin may read the realm's login events (the admin console's Events page calls the same)
        String admin = KEYCLOAK.token(KEYCLOAK.createPerson("alliance-admin", null));
        TestKeycloak.Answer asAdmin = KEYCLOAK.adminApiAs(admin, "/events?type=LOGIN_ERROR&user=" + person.id());
        assertThat(asAdmin.status()).as(asAdmin.body()).isEqualTo(200);
        assertThat(asAdmin.json().size()).isEqualTo(1);
        assertThat(asAdmin.json().get(0).path("error").asString()).isEqualTo("invalid_user_credentials");
        // and nothing else of the realm's administration
        assertThat(KEYCLOAK.adminApiAs(admin, "/users?max=1").status()).isEqualTo(403);
        // nobody else may read them
        String memberAdmin = KEYCLOAK.token(KEYCLOAK.createPerson("member-admin", UUID.randomUUID()));
        assertThat(KEYCLOAK.adminApiAs(memberAdmin, "/events?type=LOGIN_ERROR").status())
                .isEqualTo(403);
    }

    private static void assertRefused(TestKeycloak.Answer answer, String policyMessage) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains(policyMessage);
    }
}
