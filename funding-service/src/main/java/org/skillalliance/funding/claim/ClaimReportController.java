package org.skillalliance.funding.claim;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/claims/{id}/reports}: the reports a claim owes its programme's requirements; the employer submits them,
 * the funder accepts or rejects them.
 */
@RestController
@RequestMapping("/api/claims/{id}/reports")
class ClaimReportController {

    private final ClaimReports reports;

    ClaimReportController(ClaimReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Every requirement of the claim's programme and the state of the claim's report for it")
    ClaimReportsResponse list(@PathVariable UUID id) {
        return new ClaimReportsResponse(
                id,
                reports.list(Caller.current(), id).stream()
                        .map(ClaimReportResponse::of)
                        .toList());
    }

    @PostMapping
    @Operation(summary = "Submit the claim's report for a requirement (again, after a rejection or before a decision)")
    ClaimReportResponse submit(@PathVariable UUID id, @Valid @RequestBody ReportSubmission submission) {
        return ClaimReportResponse.of(reports.submit(Caller.current(), id, submission));
    }

    @PostMapping("/{requirementKey}/accept")
    @Operation(summary = "Accept a submitted report: it no longer blocks the payment it gates")
    ClaimReportResponse accept(
            @PathVariable UUID id,
            @PathVariable String requirementKey,
            @Valid @RequestBody ReportAcceptance acceptance) {
        return ClaimReportResponse.of(reports.accept(Caller.current(), id, requirementKey, acceptance));
    }

    @PostMapping("/{requirementKey}/reject")
    @Operation(summary = "Reject a submitted report with a note; the employer submits it again")
    ClaimReportResponse reject(
            @PathVariable UUID id, @PathVariable String requirementKey, @Valid @RequestBody ReportRejection rejection) {
        return ClaimReportResponse.of(reports.reject(Caller.current(), id, requirementKey, rejection));
    }
}
