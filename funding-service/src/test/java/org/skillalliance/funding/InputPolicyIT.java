package org.skillalliance.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.funding.FundingFixtures.programme;

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
 * web-support's input policy (docs/api.md, "Input policy") through the real funding-service. Before it, a NUL in a
 * programme's name reached PostgreSQL (500), {@code ?type=%00} on the ledger was read as no filter at all (200 with
 * every entry), and budgets, base fees and wage subsidies had no upper bound.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputPolicyIT {

    private static final String MONEY = "must be a whole number of minor units from 0 to 10000000000000 (10^13)";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = Callers.asAdmin(port);
    }

    @Test
    void aNulInAProgrammeIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = count("programme");
        Map<String, Object> body = programme(UUID.randomUUID(), 1_000);
        body.put("name", "Digital\u0000skills");

        ApiClient.Response refused = api.post("/api/programmes", body);

        assertRefused(refused, "name", "contains a control character (U+0000)");
        body.put("name", "Digital skills");
        body.put("eligibleRegions", List.of("DE21", "DE\u000022"));
        assertRefused(api.post("/api/programmes", body), "eligibleRegions[1]", "contains a control character (U+0000)");
        assertThat(count("programme")).isEqualTo(before);
    }

    @Test
    void aControlCharacterAsTheLedgerTypeIsRefusedNotReadAsNoFilter() {
        assertRefused(api.get("/api/ledger?type=%00"), "type", "contains a control character (U+0000)");
        assertRefused(api.get("/api/ledger?type=GRANT_COMMITTED%1F"), "type", "contains a control character (U+001F)");
        assertThat(api.get("/api/ledger?type=GRANT_COMMITTED").status()).isEqualTo(200);
    }

    @Test
    void moneyAboveTenToTheThirteenthMinorUnitsIsRefusedBeforeAnythingIsStored() {
        long before = count("programme");
        Map<String, Object> budget = programme(UUID.randomUUID(), Long.MAX_VALUE);
        assertRefused(api.post("/api/programmes", budget), "budgetMinor", MONEY);

        Map<String, Object> cap = programme(UUID.randomUUID(), 1_000);
        cap.put("capPerEmployerMinor", 10_000_000_000_001L);
        assertRefused(api.post("/api/programmes", cap), "capPerEmployerMinor", MONEY);

        Map<String, Object> wage = programme(UUID.randomUUID(), 1_000);
        wage.put("bandRules", List.of(FundingFixtures.band("SMALL", "0.5", 1_000_000_001, "0.1")));
        assertRefused(
                api.post("/api/programmes", wage),
                "bandRules[0].wageSubsidyPerHourMinor",
                "must be at most 1000000000 minor units an hour");
        assertThat(count("programme")).isEqualTo(before);

        ApiClient.Response baseFee = api.put(
                "/api/cost-shares/" + UUID.randomUUID() + "/rule",
                Map.of(
                        "coordinatorId",
                        UUID.randomUUID(),
                        "rule",
                        "BASE_PLUS_PER_SEAT",
                        "baseFeeMinor",
                        Long.MAX_VALUE));
        assertRefused(baseFee, "baseFeeMinor", MONEY);
        ApiClient.Response requested = api.post(
                "/api/applications",
                Map.of(
                        "programmeId",
                        UUID.randomUUID(),
                        "applicantId",
                        UUID.randomUUID(),
                        "applicantKind",
                        "EMPLOYER",
                        "requestedMinor",
                        Long.MAX_VALUE,
                        "currency",
                        "EUR"));
        assertRefused(requested, "requestedMinor", MONEY);
    }

    @Test
    void aBudgetGivenAsTextIsNotCoerced() {
        Map<String, Object> body = programme(UUID.randomUUID(), 1_000);
        body.put("budgetMinor", "1000");
        ApiClient.Response refused = api.post("/api/programmes", body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.fieldErrors()).containsEntry("budgetMinor", "'1000' is not a whole number");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static void assertRefused(ApiClient.Response response, String field, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("https://skillalliance.org/problems/validation");
        assertThat(response.fieldErrors()).as(response.toString()).containsEntry(field, reason);
    }
}
