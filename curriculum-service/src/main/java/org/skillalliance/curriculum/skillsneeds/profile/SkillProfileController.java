package org.skillalliance.curriculum.skillsneeds.profile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.skillalliance.curriculum.skill.SkillCategory;
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
@RequestMapping("/api/skills/profiles")
@Tag(
        name = "skill profiles",
        description = "Job-role skill profiles (ISCO-08): the alliance's standards and employers'"
                + " adoptions and adjustments")
class SkillProfileController {

    private final SkillProfileManagement profiles;

    SkillProfileController(SkillProfileManagement profiles) {
        this.profiles = profiles;
    }

    record SkillRequest(
            @NotNull UUID skillId, @NotNull @Min(1) @Max(5) Integer targetLevel) {}

    record ProfileRequest(
            @NotNull UUID allianceId,
            UUID employerId,
            @NotBlank String jobRoleIsco,
            @Size(max = 200) String name,
            UUID basedOn,
            @Size(max = SkillProfile.MAX_SKILLS) List<@Valid @NotNull SkillRequest> skills) {}

    record RevisionRequest(
            @Size(max = 200) String name,
            @Size(max = SkillProfile.MAX_SKILLS) List<@Valid @NotNull SkillRequest> skills) {}

    enum Scope {
        STANDARD,
        EMPLOYER
    }

    record ProfileSkillResponse(
            UUID skillId, String skillCode, String skillName, SkillCategory category, int targetLevel) {}

    record ProfileResponse(
            UUID id,
            UUID allianceId,
            Scope scope,
            UUID employerId,
            String jobRoleIsco,
            String jobRoleTitle,
            String name,
            UUID basedOn,
            boolean followsStandard,
            List<ProfileSkillResponse> skills) {
        static ProfileResponse of(ResolvedProfile resolved) {
            SkillProfile p = resolved.profile();
            return new ProfileResponse(
                    p.id(),
                    p.allianceId(),
                    p.isStandard() ? Scope.STANDARD : Scope.EMPLOYER,
                    p.employerId(),
                    p.jobRoleIsco(),
                    Isco08.title(p.jobRoleIsco()).orElse(null),
                    p.name(),
                    p.basedOn(),
                    p.followsStandard(),
                    resolved.requirements().stream()
                            .map(s -> new ProfileSkillResponse(
                                    s.skillId(), s.skillCode(), s.skillName(), s.category(), s.targetLevel()))
                            .toList());
        }
    }

    @PostMapping
    @Operation(
            summary = "Publish an alliance's standard profile for a job role (no employerId), or keep an employer's"
                    + " own: adopt a standard as is (basedOn, no skills) or adjust it (basedOn and skills)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProfileResponse> create(@Valid @RequestBody ProfileRequest r) {
        ResolvedProfile created = profiles.create(
                Caller.current(),
                new SkillProfileManagement.Draft(
                        r.allianceId(),
                        r.employerId(),
                        r.jobRoleIsco().trim(),
                        r.name(),
                        r.basedOn(),
                        refs(r.skills())));
        return ResponseEntity.created(
                        URI.create("/api/skills/profiles/" + created.profile().id()))
                .body(ProfileResponse.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a profile's name and skills (an adopted profile without skills follows its standard)")
    ProfileResponse revise(@PathVariable UUID id, @Valid @RequestBody RevisionRequest r) {
        return ProfileResponse.of(profiles.revise(Caller.current(), id, r.name(), refs(r.skills())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One profile with the skills that apply")
    ProfileResponse get(@PathVariable UUID id) {
        return ProfileResponse.of(profiles.get(Caller.current(), id));
    }

    @GetMapping
    @Operation(
            summary = "Profiles: the alliances' standards and the caller's employer's own, filtered by alliance,"
                    + " employer, job role or scope")
    PageResponse<ProfileResponse> list(
            @RequestParam(required = false) UUID allianceId,
            @RequestParam(required = false) UUID employerId,
            @RequestParam(required = false) String jobRoleIsco,
            @RequestParam(required = false) Scope scope,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return profiles.list(
                        Caller.current(),
                        allianceId,
                        employerId,
                        jobRoleIsco,
                        scope == null ? null : scope == Scope.STANDARD,
                        PageQuery.of(page, size))
                .map(ProfileResponse::of);
    }

    private static List<SkillProfileManagement.SkillRef> refs(List<SkillRequest> skills) {
        return skills == null
                ? null
                : skills.stream()
                        .map(s -> new SkillProfileManagement.SkillRef(s.skillId(), s.targetLevel()))
                        .toList();
    }
}
