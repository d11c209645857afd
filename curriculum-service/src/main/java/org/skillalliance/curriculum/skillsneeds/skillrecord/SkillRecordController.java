package org.skillalliance.curriculum.skillsneeds.skillrecord;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/skills/records")
@Tag(
        name = "skill records",
        description =
                "Staff skill levels with source and date: completed courses, manager" + " ratings, self-assessments")
class SkillRecordController {

    private final SkillRecordManagement records;

    SkillRecordController(SkillRecordManagement records) {
        this.records = records;
    }

    record RecordRequest(
            @NotNull UUID staffId,
            @NotNull UUID skillId,
            @NotNull @Min(1) @Max(5) Integer level,
            @NotNull SkillSource source,
            LocalDate assessedOn) {}

    record RecordResponse(
            UUID id,
            UUID staffId,
            UUID employerId,
            UUID skillId,
            int level,
            SkillSource source,
            LocalDate assessedOn,
            Instant recordedAt,
            UUID enrolmentId,
            UUID courseId,
            boolean counts) {
        static RecordResponse of(SkillRecordManagement.RecordView view) {
            SkillRecord r = view.record();
            return new RecordResponse(
                    r.id(),
                    r.staffId(),
                    r.employerId(),
                    r.skillId(),
                    r.level(),
                    r.source(),
                    r.assessedOn(),
                    r.recordedAt(),
                    r.enrolmentId(),
                    r.courseId(),
                    view.counts());
        }
    }

    @PostMapping
    @Operation(
            summary = "Record a manager's rating (MANAGER) or a staff member's self-assessment (SELF) of a level 1-5")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RecordResponse> record(@Valid @RequestBody RecordRequest r) {
        RecordResponse body = RecordResponse.of(
                records.record(Caller.current(), r.staffId(), r.skillId(), r.level(), r.source(), r.assessedOn()));
        return ResponseEntity.created(URI.create("/api/skills/records?staffId=" + body.staffId()))
                .body(body);
    }

    @GetMapping
    @Operation(
            summary = "Skill records of the caller's staff, newest first per staff member and skill; counts says"
                    + " which record decides the level")
    PageResponse<RecordResponse> list(
            @RequestParam(required = false) UUID staffId,
            @RequestParam(required = false) UUID employerId,
            @RequestParam(required = false) UUID skillId,
            @RequestParam(required = false) SkillSource source,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return records.list(Caller.current(), staffId, employerId, skillId, source, PageQuery.of(page, size))
                .map(RecordResponse::of);
    }
}
