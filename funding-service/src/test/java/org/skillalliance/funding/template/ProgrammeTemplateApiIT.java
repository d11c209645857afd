package org.skillalliance.funding.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.funding.FundingFixtures.created;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The templates through the API on real infrastructure: listed with their sources, a programme drafted from each with
 * exactly the template's band and scheme rules, then adjusted by its funder while a draft; the refusals.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeTemplateApiIT {

    @LocalServerPort
    int port;

    UUID funder;
    ApiClient asFunder;

    @BeforeEach
    void setUp() {
        funder = UUID.randomUUID();
        asFunder = ApiClient.onPort(port).withToken(Callers.tokenFor("funder", funder));
    }

    @Test
    void anyAuthenticatedCallerListsTheTemplatesWithTheirSources() {
        ApiClient member = ApiClient.onPort(port).withToken(Callers.tokenFor("member-admin", UUID.randomUUID()));

        ApiClient.Response list = member.get("/api/programme-templates");

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        list.json().forEach(template -> {
            keys.add(template.path("key").asString());
            assertThat(template.path("name").asString()).isNotBlank();
            assertThat(template.path("sources")).isNotEmpty();
            template.path("sources").forEach(source -> {
                assertThat(source.path("url").asString()).startsWith("http");
                assertThat(source.path("readOn").asString()).isEqualTo("2026-12-07");
            });
        });
        assertThat(keys)
                .containsExactly(
                        "de-qualifizierungschancengesetz", "jp-hrd-support-subsidy-sme", "uk-skills-bootcamps");
        assertThat(list.json().get(1).path("country").asString()).isEqualTo("JP");

        ApiClient.Response one = member.get("/api/programme-templates/uk-skills-bootcamps");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("notes")).isNotEmpty();
        assertThat(one.json().path("programme").path("currency").asString()).isEqualTo("GBP");
        assertThat(member.get("/api/programme-templates/no-such-scheme").status())
                .isEqualTo(404);
    }

    @Test
    void theJapaneseSubsidyForSmesGivesItsRatesPlanLeadAttendanceAndClaimWindow() {
        JsonNode programme = draftFromTemplate("jp-hrd-support-subsidy-sme", 50_000_000);

        assertThat(programme.path("name").asString())
                .isEqualTo("Human Resources Development Support Subsidy, Human Resource Development course (SMEs)");
        assertThat(programme.path("currency").asString()).isEqualTo("JPY");
        assertThat(programme.path("budgetMinor").asLong()).isEqualTo(50_000_000);
        assertThat(programme.path("status").asString()).isEqualTo("DRAFT");
        assertThat(programme.path("eligibleSizeBands")).isEmpty();
        assertBand(programme, 0, "MICRO", "0.45", 800, "0");
        assertBand(programme, 1, "SMALL", "0.45", 800, "0");
        assertBand(programme, 2, "MEDIUM", "0.45", 800, "0");
        assertBand(programme, 3, "LARGE", "0.3", 400, "0");
        assertThat(programme.path("capPerEmployerMinor").asLong()).isEqualTo(10_000_000);
        assertThat(programme.path("capPerParticipantMinor").isNull()).isTrue();
        JsonNode rules = programme.path("schemeRules");
        assertThat(rules.path("trainingPlanLeadDays").asInt()).isEqualTo(31);
        assertThat(decimal(rules.path("minimumAttendedHours"))).isEqualByComparingTo("10");
        assertThat(decimal(rules.path("attendanceThreshold"))).isEqualByComparingTo("0.8");
        assertThat(rules.path("claimWindowDays").asInt()).isEqualTo(59);
        assertThat(rules.path("milestones")).isEmpty();
        assertThat(rules.path("payments")).hasSize(1);
        assertThat(rules.path("payments").get(0).path("milestone").asString()).isEqualTo("COMPLETION");
        assertThat(rules.path("requirements")).isEmpty();
    }

    @Test
    void skillsBootcampsPayInThreeMilestonesWithAnOutcomeReportAndLeaveLargeEmployersOut() {
        JsonNode programme = draftFromTemplate("uk-skills-bootcamps", 5_000_000);

        assertThat(programme.path("currency").asString()).isEqualTo("GBP");
        assertThat(programme.path("eligibleSizeBands").toString()).isEqualTo("[\"MICRO\",\"SMALL\",\"MEDIUM\"]");
        assertBand(programme, 0, "MICRO", "0.9", 0, "0.1");
        assertBand(programme, 1, "SMALL", "0.9", 0, "0.1");
        assertBand(programme, 2, "MEDIUM", "0.9", 0, "0.1");
        // a band that is not eligible is stored as paying nothing
        assertBand(programme, 3, "LARGE", "0", 0, "1");
        JsonNode rules = programme.path("schemeRules");
        assertThat(rules.path("trainingPlanLeadDays").isNull()).isTrue();
        assertThat(rules.path("claimWindowDays").isNull()).isTrue();
        JsonNode milestones = rules.path("milestones");
        assertThat(milestones).hasSize(3);
        assertThat(milestones.get(0).path("milestone").asString()).isEqualTo("START");
        assertThat(decimal(milestones.get(0).path("share"))).isEqualByComparingTo("0.45");
        assertThat(milestones.get(1).path("milestone").asString()).isEqualTo("COMPLETION");
        assertThat(decimal(milestones.get(1).path("share"))).isEqualByComparingTo("0.35");
        assertThat(milestones.get(2).path("milestone").asString()).isEqualTo("OUTCOME");
        assertThat(decimal(milestones.get(2).path("share"))).isEqualByComparingTo("0.2");
        assertThat(rules.path("payments")).isEqualTo(milestones);
        JsonNode requirement = rules.path("requirements").get(0);
        assertThat(rules.path("requirements")).hasSize(1);
        assertThat(requirement.path("key").asString()).isEqualTo("positive-outcome");
        assertThat(requirement.path("kind").asString()).isEqualTo("OUTCOME_REPORT");
        assertThat(requirement.path("beforeMilestone").asString()).isEqualTo("OUTCOME");
    }

    @Test
    void theGermanSupportSharesTheCourseFeesBySizeAndAFunderAdjustsTheDraft() {
        JsonNode programme = draftFromTemplate("de-qualifizierungschancengesetz", 2_000_000);

        assertThat(programme.path("currency").asString()).isEqualTo("EUR");
        assertBand(programme, 0, "MICRO", "1", 0, "0");
        assertBand(programme, 1, "SMALL", "1", 0, "0");
        assertBand(programme, 2, "MEDIUM", "0.5", 0, "0.5");
        assertBand(programme, 3, "LARGE", "0.25", 0, "0.75");
        assertThat(decimal(programme.path("schemeRules").path("minimumAttendedHours")))
                .isEqualByComparingTo("121");
        assertThat(programme.path("schemeRules").path("attendanceThreshold").isNull())
                .isTrue();

        // the funder's large employers all have fewer than 500 staff: the law's 50% share applies to them
        String id = programme.path("id").asString();
        Map<String, Object> revised = asRequest(programme);
        revised.put("name", "Weiterbildung Beschäftigter 2027, Betriebe unter 500");
        List<Map<String, Object>> bands = bandRules(programme);
        bands.get(3).put("costRate", new BigDecimal("0.5"));
        bands.get(3).put("minimumEmployerShare", new BigDecimal("0.5"));
        revised.put("bandRules", bands);
        ApiClient.Response put = asFunder.put("/api/programmes/" + id, revised);

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        JsonNode adjusted = asFunder.get("/api/programmes/" + id).json();
        assertThat(adjusted.path("name").asString()).isEqualTo("Weiterbildung Beschäftigter 2027, Betriebe unter 500");
        assertBand(adjusted, 3, "LARGE", "0.5", 0, "0.5");
        assertBand(adjusted, 2, "MEDIUM", "0.5", 0, "0.5");
        assertThat(decimal(adjusted.path("schemeRules").path("minimumAttendedHours")))
                .isEqualByComparingTo("121");
    }

    @Test
    void refusals() {
        Map<String, Object> body = fromTemplate("uk-skills-bootcamps", 1_000);

        Map<String, Object> unknown = new HashMap<>(body);
        unknown.put("templateKey", "no-such-scheme");
        ApiClient.Response notFound = asFunder.post("/api/programmes/from-template", unknown);
        assertThat(notFound.status()).as(notFound.toString()).isEqualTo(404);

        Map<String, Object> euros = new HashMap<>(body);
        euros.put("currency", "EUR");
        ApiClient.Response otherCurrency = asFunder.post("/api/programmes/from-template", euros);
        assertThat(otherCurrency.status()).as(otherCurrency.toString()).isEqualTo(422);
        assertThat(otherCurrency.fieldErrors().get("currency")).contains("is not the template's currency GBP");
        Map<String, Object> pounds = new HashMap<>(body);
        pounds.put("currency", "GBP");
        assertThat(asFunder.post("/api/programmes/from-template", pounds).status())
                .isEqualTo(201);

        Map<String, Object> backwards = new HashMap<>(body);
        backwards.put("periodEnd", "2026-12-31");
        ApiClient.Response period = asFunder.post("/api/programmes/from-template", backwards);
        assertThat(period.status()).as(period.toString()).isEqualTo(400);
        assertThat(period.fieldErrors()).containsKey("periodEnd");

        Map<String, Object> blank = new HashMap<>(body);
        blank.put("name", "   ");
        ApiClient.Response blankName = asFunder.post("/api/programmes/from-template", blank);
        assertThat(blankName.status()).as(blankName.toString()).isEqualTo(400);
        assertThat(blankName.fieldErrors()).containsKey("name");

        Map<String, Object> noBudget = new HashMap<>(body);
        noBudget.remove("budgetMinor");
        assertThat(asFunder.post("/api/programmes/from-template", noBudget).fieldErrors())
                .containsKey("budgetMinor");

        ApiClient member = ApiClient.onPort(port).withToken(Callers.tokenFor("member-admin", funder));
        assertThat(member.post("/api/programmes/from-template", body).status()).isEqualTo(403);
        ApiClient otherFunder = ApiClient.onPort(port).withToken(Callers.tokenFor("funder", UUID.randomUUID()));
        assertThat(otherFunder.post("/api/programmes/from-template", body).status())
                .isEqualTo(403);

        assertThat(asFunder.get("/api/programmes?funderId=" + funder)
                        .json()
                        .path("totalItems")
                        .asLong())
                .as("only the programme in pounds was drafted")
                .isEqualTo(1);
    }

    private JsonNode draftFromTemplate(String key, long budgetMinor) {
        ApiClient.Response response = asFunder.post("/api/programmes/from-template", fromTemplate(key, budgetMinor));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        UUID id = created(response);
        assertThat(response.header("Location")).isEqualTo("/api/programmes/" + id);
        JsonNode read = asFunder.get("/api/programmes/" + id).json();
        assertThat(read.path("funderId").asString()).isEqualTo(funder.toString());
        assertThat(read.path("periodStart").asString()).isEqualTo("2027-04-01");
        assertThat(read.path("periodEnd").asString()).isEqualTo("2028-03-31");
        return read;
    }

    private Map<String, Object> fromTemplate(String key, long budgetMinor) {
        Map<String, Object> body = new HashMap<>();
        body.put("templateKey", key);
        body.put("funderId", funder);
        body.put("budgetMinor", budgetMinor);
        body.put("periodStart", "2027-04-01");
        body.put("periodEnd", "2028-03-31");
        return body;
    }

    private static void assertBand(
            JsonNode programme, int index, String band, String costRate, long wage, String minimumShare) {
        JsonNode rule = programme.path("bandRules").get(index);
        assertThat(rule.path("sizeBand").asString()).isEqualTo(band);
        assertThat(decimal(rule.path("costRate"))).as(band + " costRate").isEqualByComparingTo(costRate);
        assertThat(rule.path("wageSubsidyPerHourMinor").asLong())
                .as(band + " wage")
                .isEqualTo(wage);
        assertThat(decimal(rule.path("minimumEmployerShare")))
                .as(band + " minimumEmployerShare")
                .isEqualByComparingTo(minimumShare);
    }

    private static BigDecimal decimal(JsonNode node) {
        return new BigDecimal(node.asString());
    }

    /** The programme as a request body, as a funder would send it back with its changes. */
    private static Map<String, Object> asRequest(JsonNode programme) {
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("funderId", "name", "currency", "periodStart", "periodEnd")) {
            body.put(field, programme.path(field).asString());
        }
        body.put("budgetMinor", programme.path("budgetMinor").asLong());
        body.put("eligibleSizeBands", strings(programme.path("eligibleSizeBands")));
        body.put("bandRules", bandRules(programme));
        body.put(
                "capPerEmployerMinor",
                programme.path("capPerEmployerMinor").isNull()
                        ? null
                        : programme.path("capPerEmployerMinor").asLong());
        body.put("suppressionK", programme.path("suppressionK").asInt());
        JsonNode rules = programme.path("schemeRules");
        Map<String, Object> schemeRules = new HashMap<>();
        schemeRules.put("minimumAttendedHours", decimal(rules.path("minimumAttendedHours")));
        body.put("schemeRules", schemeRules);
        return body;
    }

    private static List<Map<String, Object>> bandRules(JsonNode programme) {
        List<Map<String, Object>> rules = new ArrayList<>();
        programme.path("bandRules").forEach(rule -> {
            Map<String, Object> band = new HashMap<>();
            band.put("sizeBand", rule.path("sizeBand").asString());
            band.put("costRate", decimal(rule.path("costRate")));
            band.put(
                    "wageSubsidyPerHourMinor",
                    rule.path("wageSubsidyPerHourMinor").asLong());
            band.put("minimumEmployerShare", decimal(rule.path("minimumEmployerShare")));
            rules.add(band);
        });
        return rules;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
