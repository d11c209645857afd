package org.skillalliance.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Strict requests: a query parameter an endpoint does not take is a 400 problem+json naming it, never silently
 * ignored (a misspelt {@code ?staus=LEFT} used to list every staff member, as if all of them had left). Filter values
 * were already checked: an unknown enum value, sector or country is a 400 naming the parameter.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StrictQueryIT {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = Callers.asAdmin(port);
    }

    @Test
    void everyGetWithQueryParametersRefusesOneItDoesNotTake() {
        UUID id = UUID.randomUUID();
        for (String get : List.of(
                "/api/alliances?kind=REGIONAL",
                "/api/organisations?type=EMPLOYER",
                "/api/memberships?status=ACTIVE",
                "/api/staff?employerId=" + id)) {
            ApiClient.Response response = api.get(get + "&staus=LEFT");
            assertThat(response.status()).as(get + ": " + response).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.fieldErrors()).containsOnlyKeys("staus");
            assertThat(response.fieldErrors().get("staus"))
                    .startsWith("is not a parameter of this request, which takes");
        }
        // the reason lists what the request does take
        assertThat(api.get("/api/staff?employer=" + id).fieldErrors().get("employer"))
                .isEqualTo("is not a parameter of this request, which takes employerId, status, q, page, size");
        // a read by id takes none
        for (String get : List.of("/api/alliances/", "/api/organisations/", "/api/memberships/", "/api/staff/")) {
            ApiClient.Response response = api.get(get + id + "?fields=name");
            assertThat(response.status()).as(get + ": " + response).isEqualTo(400);
            assertThat(response.fieldErrors())
                    .containsEntry("fields", "is not a parameter of this request, which takes none");
        }
    }

    @Test
    void theParametersAnEndpointTakesStillWorkAndTheirValuesAreChecked() {
        assertThat(api.get("/api/organisations?type=EMPLOYER&sizeBand=MICRO&sector=C25&country=DE&page=0&size=5")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/memberships?status=ACTIVE&role=MEMBER_EMPLOYER")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/organisations?sizeBand=HUGE").fieldErrors()).containsKey("sizeBand");
        assertThat(api.get("/api/organisations?sector=ZZ99").fieldErrors()).containsKey("sector");
        assertThat(api.get("/api/organisations?country=XX").fieldErrors()).containsKey("country");
        assertThat(api.get("/api/staff?status=GONE").fieldErrors()).containsKey("status");
    }
}
