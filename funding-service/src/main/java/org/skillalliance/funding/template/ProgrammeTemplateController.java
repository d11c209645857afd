package org.skillalliance.funding.template;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.skillalliance.funding.programme.GrantProgramme;
import org.skillalliance.funding.programme.ProgrammeManagement;
import org.skillalliance.funding.programme.ProgrammeResponse;
import org.skillalliance.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/programme-templates} (read by any authenticated caller) and {@code POST /api/programmes/from-template}
 * (a funder drafts a programme from one).
 */
@RestController
class ProgrammeTemplateController {

    private final ProgrammeTemplates templates;
    private final ProgrammeManagement programmes;

    ProgrammeTemplateController(ProgrammeTemplates templates, ProgrammeManagement programmes) {
        this.templates = templates;
        this.programmes = programmes;
    }

    @GetMapping("/api/programme-templates")
    @Operation(summary = "Programme templates of real funding schemes, with their sources")
    List<ProgrammeTemplateSummary> list() {
        return templates.list().stream().map(ProgrammeTemplateSummary::of).toList();
    }

    @GetMapping("/api/programme-templates/{key}")
    @Operation(summary = "One programme template: its terms, sources and how the scheme was mapped")
    ProgrammeTemplate get(@PathVariable String key) {
        return templates.get(key);
    }

    @PostMapping("/api/programmes/from-template")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a grant programme with a template's terms")
    ResponseEntity<ProgrammeResponse> draft(@Valid @RequestBody DraftFromTemplateRequest request) {
        GrantProgramme programme = templates.draft(Caller.current(), request);
        return ResponseEntity.created(URI.create("/api/programmes/" + programme.id()))
                .body(ProgrammeResponse.of(programme, programmes.budget(programme)));
    }
}
