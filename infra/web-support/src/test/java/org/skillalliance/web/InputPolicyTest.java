package org.skillalliance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The input policy end to end through Spring MVC: strict JSON, checked text, money bounds, checked query values. */
class InputPolicyTest {

    record Member(String name, List<String> tags) {}

    record Body(
            String lastName,
            @Size(max = 20_000) String description,
            Integer headcount,
            Boolean consent,
            BigDecimal hours,
            LocalDate startDate,
            UUID courseId,
            Kind kind,
            List<@Valid Member> members,
            @MinorUnits Long amountMinor) {}

    enum Kind {
        EMPLOYER,
        FUNDER
    }

    @RestController
    static class Handlers {
        @PostMapping("/bodies")
        Body accept(@Valid @RequestBody Body body) {
            return body;
        }

        @GetMapping("/search")
        String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type) {
            return "found " + q;
        }

        @GetMapping("/things/{code}")
        String thing(@PathVariable String code) {
            return code;
        }
    }

    private final JsonMapper mapper = StrictJson.apply(JsonMapper.builder())
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Handlers())
            .setControllerAdvice(new ProblemDetailsHandler())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(mapper))
            .addInterceptors(new StrictQueryText())
            .build();

    @Test
    void bodyTextMayHoldTabsAndLineBreaksButNoOtherControlCharacter() {
        assertThat(InputPolicy.refusalOfBodyText("Müller\tline\r\nnext 😀", 10_000))
                .isEmpty();
        assertThat(InputPolicy.refusalOfBodyText("a\u0000b", 10_000)).hasValue("contains a control character (U+0000)");
        assertThat(InputPolicy.refusalOfBodyText("\u001b[31m", 10_000))
                .hasValue("contains a control character (U+001B)");
        assertThat(InputPolicy.refusalOfBodyText("del\u007f", 10_000))
                .hasValue("contains a control character (U+007F)");
        assertThat(InputPolicy.refusalOfBodyText("csi\u009b2J", 10_000))
                .hasValue("contains a control character (U+009B)");
        assertThat(InputPolicy.refusalOfQueryValue("DE\u008571")).hasValue("contains a control character (U+0085)");
        assertThat(InputPolicy.refusalOfBodyText("Gr\u00fc\u00dfe \u00a0", 10_000))
                .isEmpty();
        assertThat(InputPolicy.refusalOfBodyText("half \ud83d", 10_000))
                .hasValue("contains a lone surrogate (U+D83D), which is no character");
        assertThat(InputPolicy.refusalOfBodyText("\ude00 first", 10_000))
                .hasValue("contains a lone surrogate (U+DE00), which is no character");
        assertThat(InputPolicy.refusalOfBodyText("x".repeat(10_001), 10_000))
                .hasValue("is longer than 10000 characters (10001)");
    }

    @Test
    void queryValuesMayHoldNoControlCharacterAtAll() {
        assertThat(InputPolicy.refusalOfQueryValue("Müller & Söhne")).isEmpty();
        assertThat(InputPolicy.refusalOfQueryValue("a\tb")).hasValue("contains a control character (U+0009)");
        assertThat(InputPolicy.refusalOfQueryValue("\n")).hasValue("contains a control character (U+000A)");
    }

    @Test
    void aGoodBodyIsReadAsItIs() throws Exception {
        mvc.perform(post("/bodies").contentType(MediaType.APPLICATION_JSON).content("""
                        {"lastName":"O'Brien\\tJr.","headcount":7,"consent":true,"hours":40,"startDate":"2026-01-05",
                         "kind":"EMPLOYER","members":[{"name":"a","tags":["x","y"]}],"amountMinor":10000000000000,
                         "description":"%s"}""".formatted("d".repeat(15_000))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastName").value("O'Brien\tJr."))
                .andExpect(jsonPath("$.hours").value(40))
                .andExpect(jsonPath("$.amountMinor").value(10_000_000_000_000L));
    }

    @Test
    void controlCharactersAreRefusedWithThePathToTheField() throws Exception {
        refused("{\"lastName\":\"a\\u0000b\"}", "validation", "lastName", "contains a control character (U+0000)");
        refused(
                "{\"members\":[{\"name\":\"ok\"},{\"name\":\"ok\"},{\"name\":\"\\u0007\"}]}", "validation",
                "members[2].name", "contains a control character (U+0007)");
        refused(
                "{\"members\":[{\"name\":\"ok\",\"tags\":[\"x\",\"\\u0000\"]}]}", "validation",
                "members[0].tags[1]", "contains a control character (U+0000)");
        refused(
                "{\"lastName\":\"\\ud800\"}",
                "validation",
                "lastName",
                "contains a lone surrogate (U+D800), which is no character");
    }

    @Test
    void aStringAboveTheDefaultOrItsOwnLimitIsRefused() throws Exception {
        refused(
                "{\"lastName\":\"" + "x".repeat(100_000) + "\"}",
                "validation",
                "lastName",
                "is longer than 10000 characters (100000)");
        refused(
                "{\"description\":\"" + "x".repeat(20_001) + "\"}",
                "validation",
                "description",
                "is longer than 20000 characters (20001)");
    }

    @Test
    void valuesOfTheWrongTypeAreNotCoerced() throws Exception {
        refused("{\"headcount\":5.9}", "malformed-body", "headcount", null);
        refused("{\"headcount\":5.0}", "malformed-body", "headcount", null);
        refused("{\"headcount\":\"7\"}", "malformed-body", "headcount", "'7' is not a whole number");
        refused("{\"headcount\":true}", "malformed-body", "headcount", null);
        refused("{\"consent\":\"true\"}", "malformed-body", "consent", null);
        refused("{\"consent\":1}", "malformed-body", "consent", null);
        refused("{\"hours\":\"7.5\"}", "malformed-body", "hours", null);
        refused("{\"lastName\":5}", "malformed-body", "lastName", "'5' is not a string");
        refused("{\"lastName\":true}", "malformed-body", "lastName", "'true' is not a string");
        refused("{\"lastName\":{\"a\":1}}", "malformed-body", "lastName", "must be a string");
        refused("{\"kind\":0}", "malformed-body", "kind", null);
        refused("{\"startDate\":\"\"}", "malformed-body", "startDate", null);
        refused("{\"courseId\":\"\"}", "malformed-body", "courseId", null);
        refused("{\"members\":\"\"}", "malformed-body", "members", null);
        refused("{\"members\":{\"name\":\"a\"}}", "malformed-body", "members", null);
        refused("{\"headcount\":99999999999}", "malformed-body", "headcount", "is out of range for a whole number");
    }

    @Test
    void unknownRepeatedAndTrailingContentIsRefused() throws Exception {
        refused("{\"lastNmae\":\"x\"}", "malformed-body", "lastNmae", "is not a known field");
        refused("{\"lastName\":\"x\",\"lastName\":\"y\"}", "malformed-body", null, null);
        refused("{\"lastName\":\"x\"} {}", "malformed-body", null, null);
    }

    /** Jackson's own message for content after the value named the Java type the body is bound to. */
    @Test
    void aMalformedBodysDetailNamesNoJavaType() throws Exception {
        for (String json : List.of(
                "{\"lastName\":\"x\"} {}", "{\"lastName\":\"x\",\"lastName\":\"y\"}", "{\"lastName\":", "[1]")) {
            mvc.perform(post("/bodies").contentType(MediaType.APPLICATION_JSON).content(json))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail")
                            .value(org.hamcrest.Matchers.not(
                                    org.hamcrest.Matchers.containsString("org.skillalliance"))))
                    .andExpect(jsonPath("$.detail")
                            .value(org.hamcrest.Matchers.not(
                                    org.hamcrest.Matchers.containsString("DeserializationFeature"))));
        }
    }

    @Test
    void moneyAboveTenToTheThirteenthOrBelowZeroIsRefused() throws Exception {
        String reason = "must be a whole number of minor units from 0 to 10000000000000 (10^13)";
        refused("{\"amountMinor\":9223372036854775807}", "validation", "amountMinor", reason);
        refused("{\"amountMinor\":10000000000001}", "validation", "amountMinor", reason);
        refused("{\"amountMinor\":-1}", "validation", "amountMinor", reason);
    }

    @Test
    void queryValuesAndPathVariablesWithControlCharactersAreRefused() throws Exception {
        mvc.perform(get(URI.create("/search?q=a%00b")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(ProblemDetailsHandler.PROBLEM_BASE + "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].reason").value("contains a control character (U+0000)"));
        mvc.perform(get(URI.create("/search?type=%09")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].reason").value("contains a control character (U+0009)"));
        mvc.perform(get(URI.create("/search?q%00=1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("qU+0000"));
        mvc.perform(get(URI.create("/things/a%01b")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].reason").value("contains a control character (U+0001)"));
        mvc.perform(get(URI.create("/search?q=M%C3%BCller+%26+S%C3%B6hne"))).andExpect(status().isOk());
    }

    private void refused(String json, String type, String field, String reason) throws Exception {
        ResultActions result = mvc.perform(
                        post("/bodies").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(ProblemDetailsHandler.PROBLEM_BASE + type));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[0].field").value(field));
        }
        if (reason != null) {
            result.andExpect(jsonPath("$.errors[0].reason").value(reason));
        }
    }
}
