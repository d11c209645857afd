package org.skillalliance.funding.programme;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.FundingFixtures;
import org.skillalliance.security.RealmRolesConverter;
import org.skillalliance.security.SecuritySupportAutoConfiguration;
import org.skillalliance.web.ErrorResponsesAutoConfiguration;
import org.skillalliance.web.ProblemDetailsHandler;
import org.skillalliance.web.WebSupportAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The input rules of {@code /api/programmes} in a web slice: {@link ProgrammeController} behind web-support's real
 * input policy (strict JSON, no control characters, unknown query parameters refused), its problem+json handler and
 * security-support's real filter chain, without a server, a database, Kafka or Keycloak. Each refusal must happen
 * before the use case: {@link ProgrammeManagement} is a Mockito bean that every test asserts was never called (the
 * only mock; it stands for the door the refusal must not reach, not for a repository).
 *
 * <p>The token comes from spring-security-test's {@code jwt()} post-processor, turned into roles by security-support's
 * real {@link RealmRolesConverter}: acceptable here only because this class checks input rules. What a real token must
 * be (signature, issuer, expiry, audience) is checked by the ITs against the real Keycloak.
 *
 * <p>The same rules end-to-end, through a real server, PostgreSQL, Kafka and Keycloak: {@code InputPolicyIT} (a NUL in
 * a name, money above 10^13 minor units, a budget given as text) and {@code ProgrammeApiIT} (an unknown field).
 * Measured in one {@code -Donly=funding} run on the 2-core machine at load average 20 to 25 (2026-12-07): this class
 * 10.7 s, its own context included (its five tests 0.03 to 0.75 s each); {@code InputPolicyIT} 0.7 s, but only
 * because it shares the context that the first IT class started (102.8 s with Keycloak's start), which alone it cannot
 * do without.
 */
@WebMvcTest(controllers = ProgrammeController.class)
@ImportAutoConfiguration({
    WebSupportAutoConfiguration.class,
    ErrorResponsesAutoConfiguration.class,
    SecuritySupportAutoConfiguration.class
})
class ProgrammeInputWebMvcTest {

    private static final String VALIDATION = ProblemDetailsHandler.PROBLEM_BASE + "validation";

    /** What Jackson refuses before validation runs: a value of the wrong JSON type, a field the request lacks. */
    private static final String MALFORMED_BODY = ProblemDetailsHandler.PROBLEM_BASE + "malformed-body";

    private static final String MONEY = "must be a whole number of minor units from 0 to 10000000000000 (10^13)";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @MockitoBean
    ProgrammeManagement management;

    @AfterEach
    void theUseCaseWasNeverReached() {
        verifyNoInteractions(management);
    }

    @Test
    void aNulInTheNameIsRefusedNamingTheField() throws Exception {
        Map<String, Object> body = FundingFixtures.programme(UUID.randomUUID(), 1_000);
        body.put("name", "Digital\u0000skills");

        assertRefused(draft(body), "name", "contains a control character (U+0000)");
    }

    @Test
    void aNulInOneRegionIsRefusedNamingItsIndex() throws Exception {
        Map<String, Object> body = FundingFixtures.programme(UUID.randomUUID(), 1_000);
        body.put("eligibleRegions", List.of("DE21", "DE\u000022"));

        assertRefused(draft(body), "eligibleRegions[1]", "contains a control character (U+0000)");
    }

    @Test
    void moneyAboveTenToTheThirteenthIsRefusedNamingTheField() throws Exception {
        assertRefused(draft(FundingFixtures.programme(UUID.randomUUID(), Long.MAX_VALUE)), "budgetMinor", MONEY);

        Map<String, Object> wage = FundingFixtures.programme(UUID.randomUUID(), 1_000);
        wage.put("bandRules", List.of(FundingFixtures.band("SMALL", "0.5", 1_000_000_001, "0.1")));
        assertRefused(
                draft(wage), "bandRules[0].wageSubsidyPerHourMinor", "must be at most 1000000000 minor units an hour");
    }

    @Test
    void aBudgetGivenAsTextOrAnUnknownFieldIsNotAccepted() throws Exception {
        Map<String, Object> text = FundingFixtures.programme(UUID.randomUUID(), 1_000);
        text.put("budgetMinor", "1000");
        assertRefused(draft(text), MALFORMED_BODY, "budgetMinor", "'1000' is not a whole number");

        Map<String, Object> unknown = FundingFixtures.programme(UUID.randomUUID(), 1_000);
        unknown.put("budget", 5);
        assertRefused(draft(unknown), MALFORMED_BODY, "budget", "is not a known field");
    }

    @Test
    void anUnknownQueryParameterIsRefusedNamingItAndWhatTheListTakes() throws Exception {
        assertRefused(
                mvc.perform(get("/api/programmes").queryParam("staus", "OPEN").with(funder())),
                "staus",
                "is not a parameter of this request, which takes funderId, status, allianceId, page, size");
    }

    private ResultActions draft(Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/programmes")
                .with(funder())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    /** A funder's token as security-support reads it: realm roles through the real converter. */
    private static JwtRequestPostProcessor funder() {
        return jwt().jwt(token -> token.claim("realm_access", Map.of("roles", List.of("funder")))
                        .claim("org_id", UUID.randomUUID().toString()))
                .authorities(new RealmRolesConverter());
    }

    private static void assertRefused(ResultActions response, String field, String reason) throws Exception {
        assertRefused(response, VALIDATION, field, reason);
    }

    private static void assertRefused(ResultActions response, String problemType, String field, String reason)
            throws Exception {
        response.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(problemType))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].reason")
                        .value(reason));
    }
}
