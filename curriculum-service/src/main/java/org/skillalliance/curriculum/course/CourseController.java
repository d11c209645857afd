package org.skillalliance.curriculum.course;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.skillalliance.web.SearchText;
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
@RequestMapping("/api/courses")
@Tag(name = "courses", description = "Courses of an alliance's shared curriculum: draft -> published -> retired")
class CourseController {

    private final CourseManagement courses;

    CourseController(CourseManagement courses) {
        this.courses = courses;
    }

    record SkillTargetRequest(
            @NotNull UUID skillId, @NotNull @Min(1) @Max(5) Integer targetLevel) {}

    record CourseRequest(
            @NotNull UUID allianceId,
            @NotBlank @Size(max = 40) String code,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 10000) String description,
            @NotNull UUID providerId,
            @NotNull DeliveryMode deliveryMode,

            @NotNull @DecimalMin(value = "0", inclusive = false)
            BigDecimal hours,

            @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull SkillTargetRequest> skills,
            @Size(max = 20) List<String> priorityTags,
            @Size(max = 200) String credentialOffered,

            @Schema(
                    description =
                            "language of instruction: ISO 639-1 code such as de or en, optionally with a region (de-CH)",
                    example = "de")
            @Size(max = 5)
            String language,

            @Schema(description = "what a participant should know or bring; free text")
            @Size(max = Course.MAX_PREREQUISITES)
            String prerequisites) {

        CourseManagement.Draft draft() {
            return new CourseManagement.Draft(
                    code.trim(),
                    title.trim(),
                    description,
                    providerId,
                    deliveryMode,
                    hours,
                    skills.stream()
                            .map(s -> new CourseManagement.SkillRef(s.skillId(), s.targetLevel()))
                            .toList(),
                    priorityTags,
                    credentialOffered == null || credentialOffered.isBlank() ? null : credentialOffered.trim(),
                    language,
                    prerequisites == null || prerequisites.isBlank() ? null : prerequisites.strip());
        }
    }

    record SkillTargetResponse(
            UUID skillId,
            String skillCode,
            String skillName,
            org.skillalliance.curriculum.skill.SkillCategory category,
            int targetLevel) {}

    record CourseResponse(
            UUID id,
            UUID allianceId,
            String code,
            String title,
            String description,
            UUID providerId,
            DeliveryMode deliveryMode,
            BigDecimal hours,
            List<SkillTargetResponse> skills,
            List<String> priorityTags,
            String credentialOffered,
            String language,
            String prerequisites,
            CourseStatus status) {
        static CourseResponse of(Course course) {
            CourseDefinition d = course.definition();
            return new CourseResponse(
                    course.id(),
                    course.allianceId(),
                    d.code(),
                    d.title(),
                    d.description(),
                    d.providerId(),
                    d.deliveryMode(),
                    d.hours(),
                    d.skills().stream()
                            .map(s -> new SkillTargetResponse(
                                    s.skillId(), s.skillCode(), s.skillName(), s.category(), s.targetLevel()))
                            .toList(),
                    d.priorityTags(),
                    d.credentialOffered(),
                    d.language(),
                    d.prerequisites(),
                    course.status());
        }
    }

    @PostMapping
    @Operation(summary = "Draft a course in an alliance's curriculum")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CourseResponse> draft(@Valid @RequestBody CourseRequest request) {
        Course course = courses.draft(Caller.current(), request.allianceId(), request.draft());
        return ResponseEntity.created(URI.create("/api/courses/" + course.id())).body(CourseResponse.of(course));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a draft course (the alliance cannot change)")
    CourseResponse revise(@PathVariable UUID id, @Valid @RequestBody CourseRequest request) {
        return CourseResponse.of(courses.revise(Caller.current(), id, request.allianceId(), request.draft()));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft course; cohorts can then be scheduled")
    CourseResponse publish(@PathVariable UUID id) {
        return CourseResponse.of(courses.publish(Caller.current(), id));
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Retire a published course: no new cohorts or enrolments")
    CourseResponse retire(@PathVariable UUID id) {
        return CourseResponse.of(courses.retire(Caller.current(), id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One course")
    CourseResponse get(@PathVariable UUID id) {
        return CourseResponse.of(courses.get(Caller.current(), id));
    }

    @GetMapping
    @Operation(
            summary = "Courses, filtered by alliance, status, provider, priority tag, skill or a text in code or title")
    PageResponse<CourseResponse> list(
            @RequestParam(required = false) UUID allianceId,
            @RequestParam(required = false) CourseStatus status,
            @RequestParam(required = false) UUID providerId,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) UUID skillId,
            @Parameter(description = "A text that the course's code or title contains: " + SearchText.RULES)
                    @RequestParam(required = false)
                    String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return courses.list(
                        Caller.current(),
                        allianceId,
                        status,
                        providerId,
                        tag,
                        skillId,
                        SearchText.of(q),
                        PageQuery.of(page, size))
                .map(CourseResponse::of);
    }
}
