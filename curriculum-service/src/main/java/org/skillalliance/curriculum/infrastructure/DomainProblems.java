package org.skillalliance.curriculum.infrastructure;

import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.ProblemDetailsHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the domain's refusals ({@link RuleBroken}, plain Java so that the domain stays free of the web layer) with the
 * same problem+json as web-support's {@link ApiException} kinds: invalid input 400 ({@code validation}), a business
 * rule 422 ({@code rule-violation}), each naming the field and the reason. Illegal lifecycle steps
 * ({@code TransitionRefused}) are web-support's {@code IllegalTransitionException} and need nothing here.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DomainProblems {

    @ExceptionHandler(RuleBroken.class)
    ResponseEntity<Object> ruleBroken(RuleBroken e) {
        return ProblemDetailsHandler.response(toApiException(e));
    }

    static ApiException toApiException(RuleBroken e) {
        return switch (e.kind()) {
            case INVALID_INPUT -> new ApiException.InvalidInput(e.field() == null ? "body" : e.field(), e.reason());
            case RULE -> new ApiException.RuleViolation(e.field(), e.reason());
        };
    }
}
