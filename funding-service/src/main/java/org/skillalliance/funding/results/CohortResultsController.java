package org.skillalliance.funding.results;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/cohort-results}: the caller's employer's business results for the cohorts its staff attended (measures
 * and hourly wage cost, Kirkpatrick level 4), and their change log.
 */
@RestController
@RequestMapping("/api/cohort-results")
class CohortResultsController {

    private final CohortResultsManagement management;

    CohortResultsController(CohortResultsManagement management) {
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "The employer's results, one per cohort its staff attended or it reported for")
    PageResponse<CohortResultsSummary> list(
            @RequestParam(required = false) UUID cohortId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return management
                .list(Caller.current(), new CohortResultsFilter(cohortId), PageQuery.of(page, size))
                .map(CohortResultsSummary::of);
    }

    @GetMapping("/{cohortId}")
    @Operation(summary = "The employer's results for one cohort (revision 0 when nothing is reported yet)")
    CohortResultsResponse get(@PathVariable UUID cohortId) {
        return CohortResultsResponse.of(management.read(Caller.current(), cohortId));
    }

    @PutMapping("/{cohortId}/wage-cost")
    @Operation(summary = "Set the hourly wage cost of the employer's participants in the cohort")
    CohortResultsResponse setWageCost(@PathVariable UUID cohortId, @Valid @RequestBody WageCostRequest request) {
        return CohortResultsResponse.of(
                management.setWageCost(Caller.current(), cohortId, request).view());
    }

    @PostMapping("/{cohortId}/measures")
    @Operation(summary = "Report a business measure: 201 with the results, Location naming the measure")
    ResponseEntity<CohortResultsResponse> addMeasure(
            @PathVariable UUID cohortId, @Valid @RequestBody MeasureRequest request) {
        CohortResultsManagement.Changed added = management.addMeasure(Caller.current(), cohortId, request);
        return ResponseEntity.created(URI.create("/api/cohort-results/" + cohortId + "/measures/" + added.measureId()))
                .body(CohortResultsResponse.of(added.view()));
    }

    @PutMapping("/{cohortId}/measures/{measureId}")
    @Operation(summary = "Correct a business measure")
    CohortResultsResponse correctMeasure(
            @PathVariable UUID cohortId, @PathVariable UUID measureId, @Valid @RequestBody MeasureRequest request) {
        return CohortResultsResponse.of(management
                .correctMeasure(Caller.current(), cohortId, measureId, request)
                .view());
    }

    @DeleteMapping("/{cohortId}/measures/{measureId}")
    @Operation(summary = "Withdraw a business measure (the change log keeps what it said)")
    CohortResultsResponse withdrawMeasure(@PathVariable UUID cohortId, @PathVariable UUID measureId) {
        return CohortResultsResponse.of(management
                .withdrawMeasure(Caller.current(), cohortId, measureId)
                .view());
    }

    @GetMapping("/{cohortId}/changes")
    @Operation(summary = "The change log of the employer's results for the cohort, oldest first")
    PageResponse<CohortResultsChange> changes(
            @PathVariable UUID cohortId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return management.changes(Caller.current(), cohortId, PageQuery.of(page, size));
    }
}
