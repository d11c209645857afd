package org.skillalliance.funding.allocation;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/cost-shares}: each cohort's cost sharing (provisional or fixed shares), listed with filters, and
 * {@code PUT /{cohortId}/rule} for the coordinator's choice of rule.
 */
@RestController
@RequestMapping("/api/cost-shares")
class CostShareController {

    private final CostShareManagement management;

    CostShareController(CostShareManagement management) {
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "Cohort cost shares, optionally of one alliance, employer or status")
    PageResponse<CostShareResponse> list(
            @RequestParam(required = false) UUID allianceId,
            @RequestParam(required = false) UUID employerId,
            @RequestParam(required = false) CohortCostSharing.Status status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return management
                .list(Caller.current(), new CostShareFilter(allianceId, employerId, status), PageQuery.of(page, size))
                .map(CostShareResponse::of);
    }

    @GetMapping("/{cohortId}")
    @Operation(summary = "The cost share of one cohort: its rule and each employer's share")
    CostShareResponse get(@PathVariable UUID cohortId) {
        return CostShareResponse.of(management.read(Caller.current(), cohortId));
    }

    @PutMapping("/{cohortId}/rule")
    @Operation(summary = "Choose or change the cost-sharing rule of a cohort")
    CostShareResponse choose(@PathVariable UUID cohortId, @Valid @RequestBody RuleRequest request) {
        return CostShareResponse.of(management.choose(Caller.current(), cohortId, request));
    }
}
