package org.skillalliance.curriculum.quote;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cohorts/{id}/quote?employerId=}: price, share, expected grant and net for one seat. */
@RestController
class CohortQuoteController {

    private final CohortQuotes quotes;

    CohortQuoteController(CohortQuotes quotes) {
        this.quotes = quotes;
    }

    @GetMapping("/api/cohorts/{cohortId}/quote")
    @Operation(summary = "An employer's quote for a seat in a cohort: the price, its cost share and the grant offset")
    CohortQuote quote(
            @PathVariable UUID cohortId,
            @RequestParam UUID employerId,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        return quotes.quote(Caller.current(), token.getTokenValue(), cohortId, employerId);
    }
}
