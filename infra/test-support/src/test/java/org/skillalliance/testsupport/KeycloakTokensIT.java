package org.skillalliance.testsupport;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(claims.path("realm_access").path("roles").toString()).contains("member-admin")
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
    void aWrongPasswordGetsNoToken() {
        TestKeycloak keycloak = TestKeycloak.instance();
        TestKeycloak.Person person = keycloak.createPerson("coordinator", UUID.randomUUID());
        TestKeycloak.Person impostor = new TestKeycloak.Person(person.id(), person.username(), "guess", person.role(),
                person.organisationId());
        assertThatThrownBy(() -> keycloak.token(impostor)).hasMessageContaining("invalid_grant");
    }
}
