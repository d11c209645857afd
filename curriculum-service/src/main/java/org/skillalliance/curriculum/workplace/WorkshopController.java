package org.skillalliance.curriculum.workplace;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workshops")
@Tag(
        name = "workshops",
        description = "In-house workshops an employer runs for its own staff, with each participant's outcome;"
                + " COMPLETED signs the participant off at the level reached")
class WorkshopController {

    private final WorkshopManagement workshops;

    WorkshopController(WorkshopManagement workshops) {
        this.workshops = workshops;
    }

    record WorkshopBody(
            @NotNull UUID allianceId,

            @NotNull @Schema(description = "1-200 characters after trimming")
            String title,

            @NotNull UUID skillId,
            @NotNull Integer targetLevel,
            @NotNull LocalDate heldOn,

            @NotNull @Schema(description = "more than 0, at most 40, at most 2 decimals")
            BigDecimal hours,

            @NotNull @Schema(description = "1-200 distinct active staff of the employer")
            List<UUID> participants) {}

    record OutcomeBody(
            @NotNull WorkshopOutcome outcome,

            @Schema(description = "0 to the workshop's hours, at most 2 decimals; 0 (or left out) for NO_SHOW")
            BigDecimal attendedHours,

            @Schema(description = "1-5, required with COMPLETED, left out otherwise")
            Integer levelReached) {}

    record ParticipantResponse(
            UUID staffId,
            @Schema(description = "null until recorded") WorkshopOutcome outcome,
            BigDecimal attendedHours,
            Integer levelReached,
            LocalDate recordedOn) {}

    record WorkshopResponse(
            UUID id,
            UUID allianceId,
            UUID employerId,
            String title,
            UUID skillId,
            String skillCode,
            String skillName,
            int targetLevel,
            LocalDate heldOn,
            BigDecimal hours,
            List<ParticipantResponse> participants) {

        static WorkshopResponse of(WorkshopManagement.WorkshopView view) {
            Workshop w = view.workshop();
            return new WorkshopResponse(
                    w.id(),
                    w.allianceId(),
                    w.employerId(),
                    w.title(),
                    w.skillId(),
                    view.skill().referenceCode(),
                    view.skill().name(),
                    w.targetLevel(),
                    w.heldOn(),
                    w.hours(),
                    w.participants().stream()
                            .map(p -> new ParticipantResponse(
                                    p.staffId(), p.outcome(), p.attendedHours(), p.levelReached(), p.recordedOn()))
                            .toList());
        }
    }

    @PostMapping
    @Operation(summary = "Plan an in-house workshop for staff of the caller's employer")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<WorkshopResponse> plan(@Valid @RequestBody WorkshopBody b) {
        WorkshopResponse body = WorkshopResponse.of(workshops.plan(
                Caller.current(),
                new WorkshopManagement.WorkshopRequest(
                        b.allianceId(),
                        b.title(),
                        b.skillId(),
                        b.targetLevel(),
                        b.heldOn(),
                        b.hours(),
                        b.participants())));
        return ResponseEntity.created(URI.create("/api/workshops/" + body.id())).body(body);
    }

    @GetMapping
    @Operation(summary = "The workshops of the caller's employer, newest day first, then by id")
    PageResponse<WorkshopResponse> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return workshops.list(Caller.current(), PageQuery.of(page, size)).map(WorkshopResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One workshop with its participants' outcomes")
    WorkshopResponse get(@PathVariable UUID id) {
        return WorkshopResponse.of(workshops.get(Caller.current(), id));
    }

    @PutMapping("/{id}/participants/{staffId}/outcome")
    @Operation(
            summary = "Record a participant's outcome, once, from the workshop's day on; COMPLETED raises the staff"
                    + " member's skill record (source ON_THE_JOB) and announces WorkplaceLearningSignedOff")
    WorkshopResponse recordOutcome(
            @PathVariable UUID id, @PathVariable UUID staffId, @Valid @RequestBody OutcomeBody b) {
        return WorkshopResponse.of(workshops.recordOutcome(
                Caller.current(), id, staffId, b.outcome(), b.attendedHours(), b.levelReached()));
    }
}
