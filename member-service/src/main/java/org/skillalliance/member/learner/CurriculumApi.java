package org.skillalliance.member.learner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The part of curriculum-service's public API a learner's export reads, each call with the learner's own bearer
 * token: curriculum-service scopes the answers to the token's {@code staff_id} by its own rules.
 */
@HttpExchange
interface CurriculumApi {

    /** One page of curriculum's list answers; the items are passed on as curriculum shows them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Map<String, Object>> items, int page, int size, long totalItems, int totalPages) {}

    @GetExchange("/api/enrolments")
    Page enrolments(
            @RequestHeader("Authorization") String authorization, @RequestParam int page, @RequestParam int size);

    @GetExchange("/api/enrolments/{id}/credential")
    Map<String, Object> credential(@RequestHeader("Authorization") String authorization, @PathVariable UUID id);

    @GetExchange("/api/skills/records")
    Page skillRecords(
            @RequestHeader("Authorization") String authorization, @RequestParam int page, @RequestParam int size);
}
