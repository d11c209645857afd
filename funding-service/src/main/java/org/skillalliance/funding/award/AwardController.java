package org.skillalliance.funding.award;

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

/** {@code /api/awards}: award on an application under review, read (with balance), list. */
@RestController
@RequestMapping("/api/awards")
class AwardController {

    private final AwardManagement management;

    AwardController(AwardManagement management) {
        this.management = management;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Award a grant on an application under review")
    ResponseEntity<AwardResponse> award(@Valid @RequestBody AwardRequest request) {
        Award award = management.award(Caller.current(), request);
        return ResponseEntity.created(URI.create("/api/awards/" + award.id())).body(respond(award));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One award")
    AwardResponse get(@PathVariable UUID id) {
        return respond(management.read(Caller.current(), id));
    }

    @GetMapping
    @Operation(summary = "Awards, optionally of one programme, beneficiary or cohort")
    PageResponse<AwardResponse> list(
            @RequestParam(required = false) UUID programmeId,
            @RequestParam(required = false) UUID beneficiaryId,
            @RequestParam(required = false) UUID cohortId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return management
                .list(Caller.current(), new AwardFilter(programmeId, beneficiaryId, cohortId), PageQuery.of(page, size))
                .map(this::respond);
    }

    private AwardResponse respond(Award award) {
        return AwardResponse.of(award, management.balance(award));
    }
}
