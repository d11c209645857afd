package org.skillalliance.funding.application;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/applications}: submit, read, list, and the transitions {@code review}, {@code reject} (funder) and
 * {@code withdraw} (applicant). Awarding is {@code POST /api/awards}.
 */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    private final ApplicationManagement management;

    ApplicationController(ApplicationManagement management) {
        this.management = management;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply to a grant programme")
    ResponseEntity<ApplicationResponse> submit(@Valid @RequestBody ApplicationRequest request) {
        GrantApplication application = management.submit(Caller.current(), request);
        return ResponseEntity.created(URI.create("/api/applications/" + application.id()))
                .body(ApplicationResponse.of(application));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application")
    ApplicationResponse get(@PathVariable UUID id) {
        return ApplicationResponse.of(management.read(Caller.current(), id));
    }

    @GetMapping
    @Operation(summary = "Applications, optionally of one programme, applicant, cohort or status")
    PageResponse<ApplicationResponse> list(
            @RequestParam(required = false) UUID programmeId,
            @RequestParam(required = false) UUID applicantId,
            @RequestParam(required = false) UUID cohortId,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return management
                .list(
                        Caller.current(),
                        new ApplicationFilter(programmeId, applicantId, cohortId, status),
                        PageQuery.of(page, size))
                .map(ApplicationResponse::of);
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Take a submitted application into review")
    ApplicationResponse review(@PathVariable UUID id, @Valid @RequestBody ApplicationDecision decision) {
        return ApplicationResponse.of(management.review(Caller.current(), id, decision));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject an application")
    ApplicationResponse reject(@PathVariable UUID id, @Valid @RequestBody ApplicationDecision decision) {
        return ApplicationResponse.of(management.reject(Caller.current(), id, decision));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw an application (the applicant)")
    ApplicationResponse withdraw(@PathVariable UUID id, @Valid @RequestBody ApplicationDecision decision) {
        return ApplicationResponse.of(management.withdraw(Caller.current(), id, decision));
    }
}
