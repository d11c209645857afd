package org.skillalliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A service's domain refusals answered by the one advice exactly as web-support's own {@link ApiException} kinds. */
class RuleRefusalTest {

    static final class Refused extends RuleRefusal {
        Refused(Kind kind, String field, String reason) {
            super(kind, field, reason);
        }

        Refused(List<FieldViolation> violations) {
            super(violations);
        }
    }

    @Test
    void aBrokenRuleIs422RuleViolationNamingTheField() {
        ProblemDetail problem = answer(new Refused(RuleRefusal.Kind.RULE, "amountMinor", "exceeds the budget"));
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType().toString()).isEqualTo(ProblemDetailsHandler.PROBLEM_BASE + "rule-violation");
        assertThat(problem.getTitle()).isEqualTo("Refused by a business rule");
        assertThat(problem.getDetail()).isEqualTo("amountMinor: exceeds the budget");
        assertThat(problem.getProperties())
                .containsEntry("errors", List.of(Map.of("field", "amountMinor", "reason", "exceeds the budget")));
    }

    @Test
    void aRuleNoSingleFieldBreaksHasNoErrors() {
        ProblemDetail problem = answer(new Refused(RuleRefusal.Kind.RULE, null, "the window is full"));
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getDetail()).isEqualTo("the window is full");
        assertThat(problem.getProperties()).isNull();
    }

    @Test
    void invalidInputIs400ValidationAndBlamesTheBodyWhenNoFieldIsNamed() {
        ProblemDetail problem = answer(new Refused(RuleRefusal.Kind.INVALID_INPUT, null, "is empty"));
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType().toString()).isEqualTo(ProblemDetailsHandler.PROBLEM_BASE + "validation");
        assertThat(problem.getTitle()).isEqualTo("Invalid request");
        assertThat(problem.getDetail()).isEqualTo("body: is empty");
        assertThat(problem.getProperties())
                .containsEntry("errors", List.of(Map.of("field", "body", "reason", "is empty")));
    }

    @Test
    void severalInvalidInputsAreAllNamed() {
        ProblemDetail problem = answer(new Refused(List.of(
                new FieldViolation("currency", "is not ISO 4217"),
                new FieldViolation("periodEnd", "is before periodStart"))));
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("currency: is not ISO 4217; periodEnd: is before periodStart");
        assertThat(problem.getProperties())
                .containsEntry(
                        "errors",
                        List.of(
                                Map.of("field", "currency", "reason", "is not ISO 4217"),
                                Map.of("field", "periodEnd", "reason", "is before periodStart")));
    }

    private static ProblemDetail answer(RuleRefusal refusal) {
        ResponseEntity<Object> response = new ProblemDetailsHandler().handleRuleRefusal(refusal);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        return (ProblemDetail) response.getBody();
    }
}
