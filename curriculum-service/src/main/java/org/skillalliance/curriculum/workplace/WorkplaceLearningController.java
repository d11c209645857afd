package org.skillalliance.curriculum.workplace;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workplace-learning")
@Tag(
        name = "workplace learning",
        description = "On-the-job training plans and mentoring relations: sessions logged by HR or the mentor, and the"
                + " sign-off of the level reached, which raises the staff member's skill record")
class WorkplaceLearningController {

    private final WorkplaceLearningManagement learning;

    WorkplaceLearningController(WorkplaceLearningManagement learning) {
        this.learning = learning;
    }

    record PlanBody(
            @NotNull @Schema(description = "ON_THE_JOB or MENTORING")
            LearningKind kind,

            @NotNull UUID allianceId,
            @NotNull UUID staffId,
            @NotNull UUID skillId,
            @NotNull Integer targetLevel,
            @NotNull UUID mentorStaffId,

            @NotNull @Schema(description = "more than 0, at most 2000, at most 2 decimals")
            BigDecimal plannedHours,

            @NotNull LocalDate startsOn,

            @NotNull @Schema(description = "not before startsOn, at most 2 years after it")
            LocalDate endsOn) {}

    record SessionBody(
            @NotNull @Schema(description = "inside the plan's period and not after today")
            LocalDate date,

            @NotNull @Schema(description = "more than 0, at most 12, at most 2 decimals")
            BigDecimal hours,

            @NotNull @Schema(description = "what was practised, 1-1000 characters after trimming")
            String practised) {}

    record SignOffBody(
            @NotNull Integer levelReached,

            @NotNull @Schema(description = "1-2000 characters after trimming")
            String evidence) {}

    record WorkplaceLearningResponse(
            UUID id,
            LearningKind kind,
            UUID allianceId,
            UUID employerId,
            UUID staffId,
            UUID skillId,
            String skillCode,
            String skillName,
            int targetLevel,
            UUID mentorStaffId,
            BigDecimal plannedHours,

            @Schema(description = "the sum of the logged sessions' hours")
            BigDecimal loggedHours,

            @Schema(description = "the number of logged sessions")
            int sessions,

            LocalDate startsOn,
            LocalDate endsOn,
            LearningStatus status,
            @Schema(description = "null until signed off") Integer levelReached,
            @Schema(description = "null until signed off") String evidence,
            @Schema(description = "null until signed off") LocalDate signedOffOn,

            @Schema(description = "HR or MENTOR; null until signed off")
            LearningRole signedOffBy,

            @Schema(description = "true once signed off") boolean credentialAvailable) {

        static WorkplaceLearningResponse of(WorkplaceLearningManagement.WorkplaceLearningView view) {
            WorkplaceLearning w = view.learning();
            WorkplaceLearning.SignOff s = w.signOff();
            return new WorkplaceLearningResponse(
                    w.id(),
                    w.kind(),
                    w.allianceId(),
                    w.employerId(),
                    w.staffId(),
                    w.skillId(),
                    view.skill().referenceCode(),
                    view.skill().name(),
                    w.targetLevel(),
                    w.mentorStaffId(),
                    w.plannedHours(),
                    view.loggedHours(),
                    view.sessions(),
                    w.startsOn(),
                    w.endsOn(),
                    view.status(),
                    s == null ? null : s.levelReached(),
                    s == null ? null : s.evidence(),
                    s == null ? null : s.signedOffOn(),
                    s == null ? null : s.signedOffBy(),
                    s != null);
        }
    }

    record SessionResponse(
            UUID id, LocalDate date, BigDecimal hours, String practised, LearningRole loggedBy, Instant loggedAt) {
        static SessionResponse of(LearningSession s) {
            return new SessionResponse(s.id(), s.date(), s.hours(), s.practised(), s.loggedBy(), s.loggedAt());
        }
    }

    @PostMapping
    @Operation(summary = "Plan on-the-job training or a mentoring relation for a staff member of the caller's employer")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<WorkplaceLearningResponse> plan(@Valid @RequestBody PlanBody b) {
        WorkplaceLearningResponse body = WorkplaceLearningResponse.of(learning.plan(
                Caller.current(),
                new WorkplaceLearningManagement.PlanRequest(
                        b.kind(),
                        b.allianceId(),
                        b.staffId(),
                        b.skillId(),
                        b.targetLevel(),
                        b.mentorStaffId(),
                        b.plannedHours(),
                        b.startsOn(),
                        b.endsOn())));
        return ResponseEntity.created(URI.create("/api/workplace-learning/" + body.id()))
                .body(body);
    }

    @GetMapping
    @Operation(
            summary = "The plans the caller sees (HR: its employer's; a learner: those they learn in or mentor),"
                    + " ordered by startsOn descending, then id")
    PageResponse<WorkplaceLearningResponse> list(
            @RequestParam(required = false) LearningKind kind,
            @RequestParam(required = false) LearningStatus status,
            @RequestParam(required = false) UUID staffId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return learning.list(
                        Caller.current(), new WorkplaceLearningFilter(kind, status, staffId), PageQuery.of(page, size))
                .map(WorkplaceLearningResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One plan")
    WorkplaceLearningResponse get(@PathVariable UUID id) {
        return WorkplaceLearningResponse.of(learning.get(Caller.current(), id));
    }

    @PostMapping("/{id}/sessions")
    @Operation(summary = "Log a session of the plan, as the employer's HR or the plan's mentor")
    @ResponseStatus(HttpStatus.CREATED)
    SessionResponse logSession(@PathVariable UUID id, @Valid @RequestBody SessionBody b) {
        return SessionResponse.of(learning.logSession(Caller.current(), id, b.date(), b.hours(), b.practised()));
    }

    @GetMapping("/{id}/sessions")
    @Operation(summary = "The plan's sessions, by date then by when they were logged")
    List<SessionResponse> sessions(@PathVariable UUID id) {
        return learning.sessions(Caller.current(), id).stream()
                .map(SessionResponse::of)
                .toList();
    }

    @PostMapping("/{id}/sign-off")
    @Operation(
            summary = "Sign the plan off at the level reached, as HR or the mentor: final; raises the staff member's"
                    + " skill record (source ON_THE_JOB) and announces WorkplaceLearningSignedOff")
    WorkplaceLearningResponse signOff(@PathVariable UUID id, @Valid @RequestBody SignOffBody b) {
        return WorkplaceLearningResponse.of(learning.signOff(Caller.current(), id, b.levelReached(), b.evidence()));
    }
}
