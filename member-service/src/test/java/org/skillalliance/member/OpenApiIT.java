package org.skillalliance.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiIT {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDescriptionListsEveryResource() {
        ApiClient.Response docs = ApiClient.onPort(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").propertyNames())
                .contains(
                        "/api/alliances",
                        "/api/alliances/{id}",
                        "/api/organisations",
                        "/api/organisations/{id}",
                        "/api/memberships",
                        "/api/memberships/{id}/activate",
                        "/api/memberships/{id}/suspend",
                        "/api/memberships/{id}/withdraw",
                        "/api/memberships/{id}/reject",
                        "/api/staff",
                        "/api/staff/{id}",
                        "/api/staff/{id}/leave",
                        "/api/staff/import",
                        "/api/organisations/{organisationId}/invitations",
                        "/api/me/consents",
                        "/api/me/export");
    }
}
