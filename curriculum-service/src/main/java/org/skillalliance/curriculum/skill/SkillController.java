package org.skillalliance.curriculum.skill;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/skills")
@Tag(name = "skills", description = "The skill catalogue (ESCO skills or local codes)")
class SkillController {

    private final SkillCatalogue catalogue;

    SkillController(SkillCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    record SkillRequest(
            @NotBlank @Size(max = 100) String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull SkillCategory category,
            @Size(max = 500) String escoUri) {}

    /** A skill; {@code description} is ESCO's for an imported skill, else null. */
    record SkillResponse(
            UUID id, String code, String name, SkillCategory category, String escoUri, String description) {
        static SkillResponse of(Skill skill) {
            return new SkillResponse(
                    skill.id(), skill.code(), skill.name(), skill.category(), skill.escoUri(), skill.description());
        }
    }

    @PostMapping
    @Operation(summary = "Add a skill to the catalogue")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SkillResponse> add(@Valid @RequestBody SkillRequest request) {
        Skill skill = catalogue.add(
                Caller.current(),
                request.code().trim(),
                request.name(),
                request.category(),
                request.escoUri() == null || request.escoUri().isBlank()
                        ? null
                        : request.escoUri().trim());
        return ResponseEntity.created(URI.create("/api/skills/" + skill.id())).body(SkillResponse.of(skill));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One skill")
    SkillResponse get(@PathVariable UUID id) {
        return SkillResponse.of(catalogue.get(id));
    }

    @GetMapping
    @Operation(summary = "Skills, optionally of one category or containing a text in code or name")
    PageResponse<SkillResponse> list(
            @RequestParam(required = false) SkillCategory category,
            @Parameter(description = "A text that the skill's code or name contains: " + SearchText.RULES)
                    @RequestParam(required = false)
                    String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return catalogue
                .list(category, SearchText.of(q), PageQuery.of(page, size))
                .map(SkillResponse::of);
    }
}
