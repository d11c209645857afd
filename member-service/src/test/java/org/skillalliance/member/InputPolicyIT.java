package org.skillalliance.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.member.MemberFixtures.employer;
import static org.skillalliance.member.MemberFixtures.staff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * web-support's input policy (docs/api.md, "Input policy") through the real member-service: control characters and
 * overlong text are a 400 naming the field, wrong JSON types are not coerced, numbers keep their bounds, and a refused
 * request writes nothing. Before the policy, a NUL in a name reached PostgreSQL (500) and 5.9 or "7" were stored as a
 * headcount of 5 or 7.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputPolicyIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    MemberFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = Callers.asAdmin(port);
        fixtures = new MemberFixtures(api);
    }

    @Test
    void aNulInAStaffNameIsRefusedNamingTheFieldAndNothingIsWritten() {
        UUID employer = fixtures.registerEmployer(12);
        long before = count("staff");

        Map<String, Object> body = staff(employer, "nul@example.org");
        body.put("lastName", "Love\u0000lace");
        ApiClient.Response refused = api.post("/api/staff", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).isEqualTo("https://skillalliance.org/problems/validation");
        assertThat(refused.fieldErrors()).containsEntry("lastName", "contains a control character (U+0000)");

        Map<String, Object> escape = staff(employer, "esc@example.org");
        escape.put("firstName", "\u001b[31mAda");
        assertThat(api.post("/api/staff", escape).fieldErrors())
                .containsEntry("firstName", "contains a control character (U+001B)");

        Map<String, Object> huge = staff(employer, "huge@example.org");
        huge.put("lastName", "x".repeat(100_000));
        ApiClient.Response tooLong = api.post("/api/staff", huge);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.fieldErrors()).containsEntry("lastName", "is longer than 10000 characters (100000)");

        assertThat(count("staff")).isEqualTo(before);
    }

    @Test
    void aNulInAnAllianceIsRefusedAndNothingIsWritten() {
        UUID coordinator = fixtures.register("ASSOCIATION");
        long before = count("alliance");
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Metalworking\u0000Alliance");
        body.put("kind", "SECTORAL");
        body.put("sectorCodes", List.of("C25", "C28"));
        body.put("currency", "EUR");
        body.put("coordinatorId", coordinator);

        ApiClient.Response refused = api.post("/api/alliances", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.fieldErrors()).containsEntry("name", "contains a control character (U+0000)");
        body.put("name", "Metalworking Alliance");
        body.put("sectorCodes", List.of("C25", "C2\u00008"));
        assertThat(api.post("/api/alliances", body).fieldErrors())
                .containsEntry("sectorCodes[1]", "contains a control character (U+0000)");
        assertThat(count("alliance")).isEqualTo(before);
    }

    @Test
    void aHeadcountOfTheWrongJsonTypeIsRefusedNotCoerced() {
        long before = count("organisation");

        ApiClient.Response fraction = api.post("/api/organisations", with(employer(5), "headcount", 5.9));
        assertThat(fraction.status()).as(fraction.toString()).isEqualTo(400);
        assertThat(fraction.json().path("type").asString())
                .isEqualTo("https://skillalliance.org/problems/malformed-body");
        assertThat(fraction.fieldErrors()).containsEntry("headcount", "'5.9' is not a whole number");

        ApiClient.Response text = api.post("/api/organisations", with(employer(5), "headcount", "7"));
        assertThat(text.status()).as(text.toString()).isEqualTo(400);
        assertThat(text.fieldErrors()).containsEntry("headcount", "'7' is not a whole number");

        ApiClient.Response huge = api.post("/api/organisations", with(employer(5), "headcount", 10_000_001));
        assertThat(huge.status()).as(huge.toString()).isEqualTo(400);
        assertThat(huge.fieldErrors()).containsKey("headcount");

        ApiClient.Response name = api.post("/api/organisations", with(employer(5), "legalName", 42));
        assertThat(name.status()).as(name.toString()).isEqualTo(400);
        assertThat(name.fieldErrors()).containsEntry("legalName", "'42' is not a string");

        assertThat(count("organisation")).isEqualTo(before);

        UUID id = fixtures.registerEmployer(12);
        ApiClient.Response update =
                api.put("/api/organisations/" + id, Map.of("legalName", "Müller GmbH", "headcount", "70"));
        assertThat(update.status()).as(update.toString()).isEqualTo(400);
        assertThat(api.get("/api/organisations/" + id).json().path("headcount").asInt())
                .isEqualTo(12);
    }

    /** The hostile-input test found a PUT without a region a 500: OrganisationUpdated's schema requires one. */
    @Test
    void anUpdateWithoutARegionIsRefusedNamingTheRegionNotAnswered500() {
        UUID id = fixtures.registerEmployer(12);
        for (Map<String, Object> update : List.<Map<String, Object>>of(
                Map.of("legalName", "Müller GmbH", "sectorCode", "C25", "headcount", 12),
                Map.of("legalName", "Müller GmbH", "region", "", "sectorCode", "C25", "headcount", 12))) {
            ApiClient.Response refused = api.put("/api/organisations/" + id, update);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.fieldErrors()).containsKey("region");
        }
        ApiClient.Response c1 = api.put(
                "/api/organisations/" + id,
                Map.of("legalName", "M\u009bller GmbH", "region", "DE21", "sectorCode", "C25", "headcount", 12));
        assertThat(c1.status()).as(c1.toString()).isEqualTo(400);
        assertThat(c1.fieldErrors()).containsEntry("legalName", "contains a control character (U+009B)");
        assertThat(api.get("/api/organisations/" + id).json().path("legalName").asString())
                .doesNotContain("\u009b");
    }

    @Test
    void aControlCharacterInAQueryValueIsRefusedNamingTheParameter() {
        ApiClient.Response refused = api.get("/api/organisations?country=D%00E");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.fieldErrors()).containsEntry("country", "contains a control character (U+0000)");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
