package org.skillalliance.funding.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

/** {@code /api/training-plans}: file (or replace) an employer's plan for a cohort, read and list plans. */
@RestController
@RequestMapping("/api/training-plans")
class TrainingPlanController {

    private final TrainingPlanManagement management;

    TrainingPlanController(TrainingPlanManagement management) {
        this.management = management;
    }

    @PostMapping
    @Operation(summary = "File a training plan for a cohort: 201 filed; 200 when it replaces the plan filed before")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(
            responseCode = "200",
            useReturnTypeSchema = true,
            description = "The employer's plan for the cohort under the programme, replaced by this filing")
    ResponseEntity<TrainingPlanResponse> file(@Valid @RequestBody TrainingPlanRequest request) {
        TrainingPlanManagement.Filed filed = management.file(Caller.current(), request);
        TrainingPlanResponse body = TrainingPlanResponse.of(filed.plan());
        URI location = URI.create("/api/training-plans/" + body.id());
        return filed.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One training plan")
    TrainingPlanResponse get(@PathVariable UUID id) {
        return TrainingPlanResponse.of(management.read(Caller.current(), id));
    }

    @GetMapping
    @Operation(summary = "Training plans, optionally of one programme, employer or cohort")
    PageResponse<TrainingPlanResponse> list(
            @RequestParam(required = false) UUID programmeId,
            @RequestParam(required = false) UUID employerId,
            @RequestParam(required = false) UUID cohortId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return management
                .list(
                        Caller.current(),
                        new TrainingPlanFilter(programmeId, employerId, cohortId),
                        PageQuery.of(page, size))
                .map(TrainingPlanResponse::of);
    }
}
