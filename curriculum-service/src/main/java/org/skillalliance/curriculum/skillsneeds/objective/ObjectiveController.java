package org.skillalliance.curriculum.skillsneeds.objective;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
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
@RequestMapping("/api/skills/objectives")
@Tag(
        name = "objectives",
        description = "Alliance objectives (SMART targets) with progress, the trajectory needed and"
                + " whether the alliance is on track")
class ObjectiveController {

    private final ObjectiveManagement objectives;

    ObjectiveController(ObjectiveManagement objectives) {
        this.objectives = objectives;
    }

    record ObjectiveRequest(
            @NotNull UUID allianceId,
            @NotNull ObjectiveKind kind,
            @Size(max = 200) String title,
            UUID skillId,
            @Min(1) @Max(5) Integer minimumLevel,
            @Min(1) @Max(1_000_000) Integer targetCount,
            UUID courseId,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            BigDecimal targetRate,

            LocalDate periodStart,
            @NotNull LocalDate targetDate) {}

    record ObjectiveResponse(
            UUID id,
            UUID allianceId,
            ObjectiveKind kind,
            String title,
            UUID skillId,
            String skillCode,
            Integer minimumLevel,
            Integer targetCount,
            UUID courseId,
            String courseCode,
            BigDecimal targetRate,
            LocalDate periodStart,
            LocalDate targetDate,
            LocalDate createdOn,
            Integer baseline,
            ObjectiveProgress progress) {
        static ObjectiveResponse of(ObjectiveManagement.Followed f) {
            Objective o = f.objective();
            boolean staff = o.kind() == ObjectiveKind.STAFF_AT_LEVEL;
            return new ObjectiveResponse(
                    o.id(),
                    o.allianceId(),
                    o.kind(),
                    o.title(),
                    o.skillId(),
                    staff ? f.subjectCode() : null,
                    o.minimumLevel(),
                    o.targetCount(),
                    o.courseId(),
                    staff ? null : f.subjectCode(),
                    o.targetRate(),
                    o.periodStart(),
                    o.targetDate(),
                    o.createdOn(),
                    o.baseline(),
                    f.progress());
        }
    }

    @PostMapping
    @Operation(
            summary = "Set an alliance objective: STAFF_AT_LEVEL (skillId, minimumLevel, targetCount) or"
                    + " COMPLETION_RATE (courseId, targetRate, periodStart), with a target date after today")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ObjectiveResponse> create(@Valid @RequestBody ObjectiveRequest r) {
        ObjectiveResponse body = ObjectiveResponse.of(objectives.create(
                Caller.current(),
                new ObjectiveManagement.Draft(
                        r.allianceId(),
                        r.kind(),
                        r.title(),
                        r.skillId(),
                        r.minimumLevel(),
                        r.targetCount(),
                        r.courseId(),
                        r.targetRate(),
                        r.periodStart(),
                        r.targetDate())));
        return ResponseEntity.created(URI.create("/api/skills/objectives/" + body.id()))
                .body(body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One objective with its progress, the trajectory needed and whether it is on track")
    ObjectiveResponse get(@PathVariable UUID id) {
        return ObjectiveResponse.of(objectives.get(Caller.current(), id));
    }

    @GetMapping
    @Operation(summary = "Objectives of the alliances the caller coordinates, with progress, by target date")
    PageResponse<ObjectiveResponse> list(
            @RequestParam(required = false) UUID allianceId,
            @RequestParam(required = false) ObjectiveKind kind,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return objectives
                .list(Caller.current(), allianceId, kind, PageQuery.of(page, size))
                .map(ObjectiveResponse::of);
    }
}
