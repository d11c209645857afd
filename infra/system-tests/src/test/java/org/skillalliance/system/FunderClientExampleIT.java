package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillalliance.client.example.ImpactReportExample;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.PlatformEndpoints;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.DemoSeed;
import org.skillalliance.platform.demo.DemoSummary;
import org.skillalliance.platform.demo.Session;
import tools.jackson.databind.JsonNode;

/**
 * Issue 25's acceptance for the typed Java client: the demo funder registers a system client through member-service's
 * API, and the generated client's example program (infra/funder-client), given only the gateway, the token endpoint,
 * that client's id and secret and the programme, gets a token with client credentials and prints the programme's
 * headline figures, which must be the report's own as the funder reads it through the gateway.
 *
 * <p>After {@link EndToEndJourneysIT}, whose demo seed made the funder and its programme; run alone, it seeds them.
 */
@ExtendWith(SharedPlatform.class)
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunderClientExampleIT {

    private PlatformEndpoints endpoints;
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    void onTheSharedPlatform(LocalPlatform sharedPlatform) {
        endpoints = sharedPlatform.endpoints();
    }

    @Test
    void theExamplePrintsTheFundersImpactReportFetchedWithItsOwnClientCredentials() {
        DemoSummary demo = DemoSeed.run(endpoints, System.out);
        DemoSummary.DemoUser demoFunder = demo.users().stream()
                .filter(user -> user.role().equals("funder"))
                .findFirst()
                .orElseThrow();
        Session funder = new AllianceApi(endpoints).login(demoFunder.username(), demoFunder.password());
        UUID programme = demo.programmeId();
        String funderOrg = funder.programme(programme).path("funderId").asString();

        JsonNode registered = Session.expect(
                        funder.post(
                                "/api/organisations/" + funderOrg + "/api-clients",
                                Map.of("name", "Impact dashboard " + run)),
                        201)
                .json();
        String[] arguments = {
            endpoints.gateway().toString(),
            endpoints.tokenEndpoint().toString(),
            registered.path("clientId").asString(),
            registered.path("secret").asString(),
            programme.toString()
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImpactReportExample.run(
                arguments,
                Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Map<String, String> printed = new LinkedHashMap<>();
        out.toString(StandardCharsets.UTF_8).lines().forEach(line -> {
            String[] nameAndValue = line.split(": ", 2);
            printed.put(nameAndValue[0], nameAndValue[1]);
        });
        JsonNode report = funder.impactReport(programme);
        assertThat(printed)
                .containsOnlyKeys("programmeName", "participants", "completionRate", "grantDisbursedMinor", "currency");
        assertThat(printed.get("programmeName"))
                .isEqualTo(report.path("programmeName").asString())
                .isEqualTo(demo.programmeName());
        assertThat(Long.parseLong(printed.get("participants")))
                .isEqualTo(report.path("participants").asLong())
                .isPositive();
        assertThat(printed.get("completionRate")).isNotEqualTo("none");
        assertThat(report.path("completionRate").decimalValue()).isEqualByComparingTo(printed.get("completionRate"));
        assertThat(Long.parseLong(printed.get("grantDisbursedMinor")))
                .isEqualTo(report.path("grantDisbursedMinor").asLong())
                .isPositive();
        assertThat(printed.get("currency")).isEqualTo(report.path("currency").asString());
    }
}
