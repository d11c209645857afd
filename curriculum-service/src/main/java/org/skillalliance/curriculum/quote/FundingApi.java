package org.skillalliance.curriculum.quote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The part of funding-service's API a cohort quote asks: the expected grant offset of one seat. Its HTTP client is the
 * {@code funding} group under {@code spring.http.serviceclient} (base address and each attempt's timeout).
 */
@HttpExchange
interface FundingApi {

    /** Funding's quote as it answers it; fields it adds later are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FundingAnswer(
            UUID cohortId,
            UUID employerId,
            String currency,
            long expectedOffsetMinor,
            BigDecimal seatCostMinor,
            boolean sharesFixed,
            BigDecimal plannedHours,
            UUID awardId,
            UUID programmeId,
            String reason) {}

    /** With the caller's {@code Authorization} header as it came (null sends none). */
    @GetExchange("/api/quotes")
    FundingAnswer quote(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestParam UUID cohortId,
            @RequestParam UUID employerId);
}
