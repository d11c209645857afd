package org.skillalliance.funding.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.programme.Milestone;
import org.skillalliance.funding.programme.ProgrammeRequest.BandRuleRequest;
import org.skillalliance.funding.programme.SchemeRulesRequest.MilestoneRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every shipped template parses strictly and passes the validation of a programme request; a template with a fault
 * stops the loading, naming the file and the field.
 */
class ProgrammeTemplatesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static jakarta.validation.ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void everyShippedTemplateParsesAndPassesTheProgrammeValidation() {
        Map<String, ProgrammeTemplate> templates = ProgrammeTemplates.load(JSON, validator);

        assertThat(templates)
                .containsOnlyKeys(
                        "de-qualifizierungschancengesetz", "jp-hrd-support-subsidy-sme", "uk-skills-bootcamps");
        assertThat(templates.values()).allSatisfy(template -> {
            assertThat(template.sources())
                    .allSatisfy(source -> assertThat(source.readOn())
                            .as("%s: %s", template.key(), source.url())
                            .isEqualTo("2026-12-07"));
            assertThat(template.notes()).isNotEmpty();
            assertThat(template.programme().bandRules())
                    .extracting(BandRuleRequest::sizeBand)
                    .extracting(Enum::name)
                    .containsExactly("MICRO", "SMALL", "MEDIUM", "LARGE");
        });
    }

    @Test
    void theBootcampsMilestonesSumToTheWhole() {
        ProgrammeTemplate bootcamps = ProgrammeTemplates.load(JSON, validator).get("uk-skills-bootcamps");

        assertThat(bootcamps.programme().schemeRules().milestones())
                .extracting(MilestoneRequest::milestone, m -> m.share().stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Milestone.START, new BigDecimal("0.45")),
                        org.assertj.core.groups.Tuple.tuple(Milestone.COMPLETION, new BigDecimal("0.35")),
                        org.assertj.core.groups.Tuple.tuple(Milestone.OUTCOME, new BigDecimal("0.2")));
    }

    @Test
    void milestoneSharesThatDoNotSumToOneStopTheLoading() {
        String bad = shipped("uk-skills-bootcamps.json").replace("\"share\": 0.20", "\"share\": 0.10");

        assertThatThrownBy(() -> read("uk-skills-bootcamps.json", bad))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("uk-skills-bootcamps.json")
                .hasMessageContaining("programme.schemeRules.milestones")
                .hasMessageContaining("the shares sum to 0.9");
    }

    @Test
    void anEligibleBandWithoutTermsStopsTheLoading() {
        String bad = shipped("uk-skills-bootcamps.json")
                .replace("\"eligibleSizeBands\": [\"MICRO\", \"SMALL\", \"MEDIUM\"]", "\"eligibleSizeBands\": []");

        assertThatThrownBy(() -> read("uk-skills-bootcamps.json", bad))
                .hasMessageContaining("programme.bandRules[3].costRate")
                .hasMessageContaining("is required");
    }

    @Test
    void aRateAboveOneIsRefusedByTheRequestsAnnotations() {
        String bad = shipped("de-qualifizierungschancengesetz.json")
                .replace("\"sizeBand\": \"MICRO\", \"costRate\": 1,", "\"sizeBand\": \"MICRO\", \"costRate\": 1.5,");

        assertThatThrownBy(() -> read("de-qualifizierungschancengesetz.json", bad))
                .hasMessageContaining("programme.bandRules[0].costRate")
                .hasMessageContaining("must be at most 1");
    }

    @Test
    void anUnknownFieldAKeyOtherThanTheFileNameAndAMissingSourceAreRefused() {
        String template = shipped("jp-hrd-support-subsidy-sme.json");

        assertThatThrownBy(() ->
                        read("jp.json", template.replace("\"country\": \"JP\"", "\"country\": \"JP\", \"rate\": 1")))
                .hasMessageContaining("jp.json does not parse")
                .hasMessageContaining("rate");
        assertThatThrownBy(() -> read("jp.json", template))
                .hasMessageContaining("key: 'jp-hrd-support-subsidy-sme' is not the file's name");
        assertThatThrownBy(() -> read(
                        "jp-hrd-support-subsidy-sme.json",
                        template.replace("\"readOn\": \"2026-12-07\"", "\"readOn\": null")))
                .hasMessageContaining("readOn");
    }

    private static ProgrammeTemplate read(String fileName, String content) {
        return ProgrammeTemplates.read(
                fileName, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), JSON, validator);
    }

    private static String shipped(String fileName) {
        try (InputStream in = ProgrammeTemplatesTest.class.getResourceAsStream("/programme-templates/" + fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
