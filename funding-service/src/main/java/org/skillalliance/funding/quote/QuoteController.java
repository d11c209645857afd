package org.skillalliance.funding.quote;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/quotes?cohortId=&employerId=}: the expected grant offset for one seat (contract in docs/funding.md). */
@RestController
@RequestMapping("/api/quotes")
class QuoteController {

    private final QuoteService quotes;

    QuoteController(QuoteService quotes) {
        this.quotes = quotes;
    }

    @GetMapping
    @Operation(summary = "The grant offset of an employer's seat in a cohort")
    Quote quote(@RequestParam UUID cohortId, @RequestParam UUID employerId) {
        return quotes.quote(Caller.current(), cohortId, employerId);
    }
}
