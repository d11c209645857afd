package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Holds the production realm export to the identity policy of docs/security.md ("Identity"), so that a later edit
 * (or a re-export from an admin console) cannot drop a part of it silently. What the policy does is checked against a
 * real Keycloak elsewhere (test-support's {@code IdentityPolicyIT}, gateway's {@code BrowserSessionIT}).
 */
class RealmExportPolicyTest {

    /** The roles that move money or administer, which must sign in with a second factor. */
    static final Set<String> SECOND_FACTOR_ROLES = Set.of("alliance-admin", "coordinator", "funder");

    @Test
    void the_password_policy_asks_for_length_and_refuses_names_common_passwords_and_the_last_five(@TempDir Path work) {
        JsonNode realm = production(work);
        List<String> rules = List.of(realm.path("passwordPolicy").asString().split(" and "));
        assertThat(rules)
                .contains(
                        "length(12)",
                        "notUsername",
                        "notEmail",
                        "passwordBlacklist(common-passwords.txt)",
                        "passwordHistory(5)");
        // NIST SP 800-63B: no composition rules
        assertThat(rules)
                .noneMatch(rule -> rule.startsWith("upperCase")
                        || rule.startsWith("lowerCase")
                        || rule.startsWith("digits")
                        || rule.startsWith("specialChars")
                        || rule.startsWith("forceExpiredPasswordChange"));
    }

    @Test
    void the_deny_list_the_policy_names_is_shipped_beside_the_export(@TempDir Path work) throws IOException {
        Path list = PlatformSettings.forTests(work)
                .realmExport()
                .resolveSibling("password-blacklists")
                .resolve("common-passwords.txt");
        List<String> passwords = Files.readAllLines(list);
        assertThat(passwords).hasSizeGreaterThanOrEqualTo(30_000).contains("password", "qwerty123456", "password1234");
    }

    @Test
    void the_people_client_returns_only_to_the_configured_public_address_never_to_localhost(@TempDir Path work) {
        JsonNode realm = production(work);
        for (JsonNode client : realm.path("clients")) {
            List<String> addresses = new ArrayList<>();
            client.path("redirectUris").forEach(uri -> addresses.add(uri.asString()));
            client.path("webOrigins").forEach(origin -> addresses.add(origin.asString()));
            String afterSignOut =
                    client.path("attributes").path("post.logout.redirect.uris").asString("");
            if (!afterSignOut.isEmpty()) {
                addresses.addAll(List.of(afterSignOut.split("##")));
            }
            assertThat(addresses)
                    .as(client.path("clientId").asString())
                    .allSatisfy(address -> assertThat(address)
                            .doesNotContain("localhost")
                            .doesNotContain("127.0.0.1")
                            .doesNotContain("*")
                            .isNotEqualTo("+"));
        }
        JsonNode people = client(realm, SampleCall.CLIENT);
        assertThat(texts(people.path("redirectUris")))
                .containsExactly("${GATEWAY_PUBLIC_URL}/login/oauth2/code/keycloak");
        assertThat(people.path("attributes").path("post.logout.redirect.uris").asString())
                .isEqualTo("${GATEWAY_PUBLIC_URL}/");
    }

    @Test
    void the_realm_sends_mail_through_the_deployments_smtp_server_named_only_by_placeholders(@TempDir Path work) {
        JsonNode smtp = production(work).path("smtpServer");
        // every setting comes from Keycloak's environment at import (docs/deployment.md, "Email"): no host, sender
        // or login is written into the export, and TLS and a login are what a deployment gets unless it says otherwise
        assertThat(smtp.path("host").asString()).isEqualTo("${SMTP_HOST}");
        assertThat(smtp.path("from").asString()).isEqualTo("${SMTP_FROM}");
        assertThat(smtp.path("port").asString()).isEqualTo("${SMTP_PORT:587}");
        assertThat(smtp.path("starttls").asString()).isEqualTo("${SMTP_STARTTLS:true}");
        assertThat(smtp.path("auth").asString()).isEqualTo("${SMTP_AUTH:true}");
        assertThat(smtp.path("user").asString()).isEqualTo("${SMTP_USER:}");
        assertThat(smtp.path("password").asString()).isEqualTo("${SMTP_PASSWORD:}");
        // Keycloak's page after the invitation's password links back to the web app, at the same public address
        assertThat(client(production(work), SampleCall.CLIENT).path("baseUrl").asString())
                .isEqualTo("${GATEWAY_PUBLIC_URL}/");
    }

    @Test
    void the_roles_that_move_money_or_administer_sign_in_with_a_second_factor(@TempDir Path work) {
        JsonNode realm = production(work);
        String flowAlias = realm.path("browserFlow").asString();
        // somewhere below the browser flow: a role condition on the marker role, then the one-time password form
        JsonNode condition = allExecutions(realm, flowAlias).stream()
                .filter(execution -> execution.path("authenticator").asString().equals("conditional-user-role"))
                .filter(execution -> !config(realm, execution)
                        .path("negate")
                        .asString("false")
                        .equals("true"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no role condition under " + flowAlias));
        String marker = config(realm, condition).path("condUserRole").asString();
        assertThat(condition.path("requirement").asString()).isEqualTo("REQUIRED");
        JsonNode conditionalFlow = parentOf(realm, condition);
        // the step that holds the condition runs it: CONDITIONAL, not DISABLED
        JsonNode step = allExecutions(realm, flowAlias).stream()
                .filter(execution -> execution
                        .path("flowAlias")
                        .asString()
                        .equals(conditionalFlow.path("alias").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(step.path("requirement").asString()).isEqualTo("CONDITIONAL");
        assertThat(StreamSupport.stream(
                                conditionalFlow.path("authenticationExecutions").spliterator(), false)
                        .filter(execution ->
                                execution.path("authenticator").asString().equals("auth-otp-form"))
                        .map(execution -> execution.path("requirement").asString()))
                .containsExactly("REQUIRED");
        // the set-up page is Keycloak's required action CONFIGURE_TOTP: the export either leaves Keycloak's default
        // actions (where it is on) or lists it, switched on
        JsonNode actions = realm.path("requiredActions");
        if (!actions.isMissingNode()) {
            assertThat(StreamSupport.stream(actions.spliterator(), false)
                            .filter(action -> action.path("alias").asString().equals("CONFIGURE_TOTP"))
                            .map(action -> action.path("enabled").asBoolean()))
                    .containsExactly(true);
        }
        // the marker is part of exactly the three roles, and of no other
        for (JsonNode role : realm.path("roles").path("realm")) {
            boolean marked = texts(role.path("composites").path("realm")).contains(marker);
            assertThat(marked)
                    .as(role.path("name").asString())
                    .isEqualTo(SECOND_FACTOR_ROLES.contains(role.path("name").asString()));
        }
        // no way round the browser flow: no client takes a password alone (Keycloak's admin-cli, which it would
        // make with the grant on, is named to switch it off), and no password reset by email, which signs in
        assertThat(client(realm, "admin-cli").path("directAccessGrantsEnabled").isBoolean())
                .isTrue();
        assertThat(realm.path("clients"))
                .allSatisfy(client -> assertThat(
                                client.path("directAccessGrantsEnabled").asBoolean())
                        .as(client.path("clientId").asString())
                        .isFalse());
        assertThat(realm.path("resetPasswordAllowed").asBoolean(true)).isFalse();
        assertThat(realm.path("registrationAllowed").asBoolean(true)).isFalse();
        assertThat(realm.path("identityProviders").isEmpty()).isTrue();
    }

    @Test
    void refresh_tokens_rotate_sessions_end_and_logins_are_recorded(@TempDir Path work) {
        JsonNode realm = production(work);
        assertThat(realm.path("revokeRefreshToken").asBoolean()).isTrue();
        assertThat(realm.path("refreshTokenMaxReuse").asInt()).isZero();
        assertThat(realm.path("ssoSessionIdleTimeout").asInt()).isEqualTo(1800);
        assertThat(realm.path("ssoSessionMaxLifespan").asInt()).isEqualTo(36_000);
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
        assertThat(realm.path("eventsEnabled").asBoolean()).isTrue();
        assertThat(texts(realm.path("enabledEventTypes")))
                .contains(
                        "LOGIN",
                        "LOGIN_ERROR",
                        "REFRESH_TOKEN_ERROR",
                        "UPDATE_PASSWORD",
                        "UPDATE_CREDENTIAL",
                        "REMOVE_CREDENTIAL",
                        "USER_DISABLED_BY_TEMPORARY_LOCKOUT");
        assertThat(realm.path("eventsExpiration").asLong()).isEqualTo(90L * 24 * 3600);
        assertThat(realm.path("adminEventsEnabled").asBoolean()).isTrue();
        assertThat(realm.path("attributes").path("adminEventsExpiration").asString())
                .isEqualTo(Long.toString(90L * 24 * 3600));
    }

    @Test
    void the_demo_overlay_relaxes_the_second_factor_and_the_addresses_for_the_local_platform_only(@TempDir Path work) {
        PlatformSettings settings = PlatformSettings.forTests(work);
        JsonNode demo = RealmOverlay.parse(RealmOverlay.demoRealm(settings));
        assertThat(demo.path("browserFlow").asString()).isEqualTo("browser");
        assertThat(flow(demo, "browser").isMissingNode())
                .as("the plain flow is in the export")
                .isFalse();
        assertThat(texts(client(demo, SampleCall.CLIENT).path("redirectUris"))).contains("http://localhost:*");
        assertThat(production(work).path("browserFlow").asString()).isNotEqualTo("browser");
    }

    private static JsonNode production(Path work) {
        return RealmOverlay.read(PlatformSettings.forTests(work).realmExport());
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(client -> client.path("clientId").asString().equals(clientId))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode flow(JsonNode realm, String alias) {
        return StreamSupport.stream(realm.path("authenticationFlows").spliterator(), false)
                .filter(flow -> flow.path("alias").asString().equals(alias))
                .findFirst()
                .orElse(tools.jackson.databind.node.MissingNode.getInstance());
    }

    private static List<JsonNode> allExecutions(JsonNode realm, String alias) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode execution : flow(realm, alias).path("authenticationExecutions")) {
            all.add(execution);
            if (execution.path("authenticatorFlow").asBoolean()) {
                all.addAll(allExecutions(realm, execution.path("flowAlias").asString()));
            }
        }
        return all;
    }

    private static JsonNode parentOf(JsonNode realm, JsonNode execution) {
        return StreamSupport.stream(realm.path("authenticationFlows").spliterator(), false)
                .filter(flow -> StreamSupport.stream(
                                flow.path("authenticationExecutions").spliterator(), false)
                        .anyMatch(candidate -> candidate == execution || candidate.equals(execution)))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode config(JsonNode realm, JsonNode execution) {
        String alias = execution.path("authenticatorConfig").asString("");
        return StreamSupport.stream(realm.path("authenticatorConfig").spliterator(), false)
                .filter(config -> config.path("alias").asString().equals(alias))
                .findFirst()
                .map(config -> config.path("config"))
                .orElse(tools.jackson.databind.node.MissingNode.getInstance());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }
}
