package org.skillalliance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The realm of infra/keycloak, imported into a real Keycloak, hands out the tokens the services expect. */
class KeycloakTokensIT {

    @Test
    void aPersonOfAnOrganisationGetsATokenWithItsRoleOrganisationAndTheApiAudience() {
        TestKeycloak keycloak = TestKeycloak.instance();
        UUID employer = UUID.randomUUID();
        TestKeycloak.Person hrLead = keycloak.createPerson("member-admin", employer);

        JsonNode claims = TestKeycloak.claims(keycloak.token(hrLead));

        assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuer());
        assertThat(claims.path("aud").toString()).contains(TestKeycloak.AUDIENCE);
        assertThat(claims.path("org_id").asString()).isEqualTo(employer.toString());
        assertThat(claims.path("realm_access").path("roles").toString())
                .contains("member-admin")
                .doesNotContain("funder");
        assertThat(claims.path("preferred_username").asString()).isEqualTo(hrLead.username());
    }

    @Test
    void aFunderSystemGetsAClientCredentialsTokenWithTheFunderRoleAndItsOrganisation() {
        TestKeycloak keycloak = TestKeycloak.instance();
        UUID funder = UUID.randomUUID();

        JsonNode claims = TestKeycloak.claims(keycloak.token(keycloak.createFunderSystem(funder)));

        assertThat(claims.path("org_id").asString()).isEqualTo(funder.toString());
        assertThat(claims.path("realm_access").path("roles").toString()).contains("funder");
        assertThat(claims.path("aud").toString()).contains(TestKeycloak.AUDIENCE);
    }

    @Test
    void theMemberServiceClientHasTheSecretFromKeycloaksEnvironmentAndMayOnlyManageUsersAndClients() {
        TestKeycloak keycloak = TestKeycloak.instance();

        JsonNode claims = TestKeycloak.claims(
                keycloak.clientToken(TestKeycloak.MEMBER_SERVICE_CLIENT, keycloak.memberServiceClientSecret()));

        assertThat(claims.path("resource_access")
                        .path("realm-management")
                        .path("roles")
                        .toString())
                // manage-clients and view-clients for the organisations' machine clients (docs/security.md)
                .contains("manage-users", "view-users", "query-users", "view-realm", "manage-clients", "view-clients")
                .doesNotContain("realm-admin", "manage-realm");
        // not a token for the platform's API: no audience, no platform role, no organisation
        assertThat(claims.path("aud").toString()).doesNotContain(TestKeycloak.AUDIENCE);
        assertThat(claims.path("realm_access").path("roles").toString()).doesNotContain("alliance-admin");
        assertThat(claims.has("org_id")).isFalse();
        // the placeholder of the realm export was filled in at import, not kept as the secret
        assertThat(keycloak.memberServiceClientSecret()).doesNotContain("${");
        assertThatThrownBy(() ->
                        keycloak.clientToken(TestKeycloak.MEMBER_SERVICE_CLIENT, "${MEMBER_SERVICE_CLIENT_SECRET}"))
                .hasMessageContaining("unauthorized_client");
    }

    @Test
    void aPersonLogsInWithUsernameAndPassword() {
        TestKeycloak keycloak = TestKeycloak.instance();
        TestKeycloak.Person person = keycloak.createPerson("learner", UUID.randomUUID());

        JsonNode claims = TestKeycloak.claims(keycloak.token(person.username(), person.password()));

        assertThat(claims.path("preferred_username").asString()).isEqualTo(person.username());
        assertThat(keycloak.findUser(person.username()))
                .hasValueSatisfying(user -> assertThat(
                                user.path("attributes").path("org_id").get(0).asString())
                        .isEqualTo(person.organisationId().toString()));
        assertThat(keycloak.realmRolesOf(person.id())).contains("learner");
        assertThat(keycloak.findUser("nobody-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        TestKeycloak keycloak = TestKeycloak.instance();
        TestKeycloak.Person person = keycloak.createPerson("coordinator", UUID.randomUUID());
        TestKeycloak.Person impostor = new TestKeycloak.Person(
                person.id(), person.username(), "guess", person.role(), person.organisationId());
        assertThatThrownBy(() -> keycloak.token(impostor)).hasMessageContaining("invalid_grant");
    }
}
