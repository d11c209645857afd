package org.skillalliance.funding.claim;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/claims}: read and list the claims that outcomes created, the employer's {@code submit} (of a
 * draft, within the claim window), and the funder's {@code approve}, {@code reject} and {@code pay}.
 */
@RestController
@RequestMapping("/api/claims")
class ClaimController {

    private final ClaimManagement management;
    private final ClaimReports reports;

    ClaimController(ClaimManagement management, ClaimReports reports) {
        this.management = management;
        this.reports = reports;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One claim")
    ClaimResponse get(@PathVariable UUID id) {
        return response(management.read(Caller.current(), id));
    }

    @GetMapping
    @Operation(summary = "Claims, optionally of one programme, award, employer or status")
    PageResponse<ClaimResponse> list(
            @RequestParam(required = false) UUID programmeId,
            @RequestParam(required = false) UUID awardId,
            @RequestParam(required = false) UUID employerId,
            @RequestParam(required = false) UUID cohortId,
            @RequestParam(required = false) ClaimStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageResponse<Claim> claims = management.list(
                Caller.current(),
                new ClaimFilter(programmeId, awardId, employerId, cohortId, status),
                PageQuery.of(page, size));
        Map<UUID, List<String>> blocked = reports.blockedToday(claims.items());
        return claims.map(claim -> ClaimResponse.of(claim, blocked.get(claim.id())));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft claim within its claim window (the employer)")
    ClaimResponse submit(@PathVariable UUID id, @Valid @RequestBody ClaimSubmission submission) {
        return response(management.submit(Caller.current(), id, submission));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a submitted claim")
    ClaimResponse approve(@PathVariable UUID id, @Valid @RequestBody ClaimDecision decision) {
        return response(management.approve(Caller.current(), id, decision));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a submitted claim")
    ClaimResponse reject(@PathVariable UUID id, @Valid @RequestBody ClaimDecision decision) {
        return response(management.reject(Caller.current(), id, decision));
    }

    @PostMapping("/{id}/pay")
    @Operation(summary = "Pay the next milestone payment of an approved claim: the disbursement enters the ledger")
    ClaimResponse pay(@PathVariable UUID id, @Valid @RequestBody ClaimDecision decision) {
        return response(management.pay(Caller.current(), id, decision));
    }

    /** The claim with what blocks its next payment today. */
    private ClaimResponse response(Claim claim) {
        return ClaimResponse.of(claim, reports.blockedToday(List.of(claim)).get(claim.id()));
    }
}
