package org.skillalliance.funding.programme;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/programmes}: draft, revise (while draft), read, list, {@code open}, {@code close}. */
@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private final ProgrammeManagement management;

    ProgrammeController(ProgrammeManagement management) {
        this.management = management;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a grant programme")
    ResponseEntity<ProgrammeResponse> draft(@Valid @RequestBody ProgrammeRequest request) {
        GrantProgramme programme = management.draft(Caller.current(), request);
        return ResponseEntity.created(URI.create("/api/programmes/" + programme.id()))
                .body(respond(programme));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a draft programme")
    ProgrammeResponse revise(@PathVariable UUID id, @Valid @RequestBody ProgrammeRequest request) {
        return respond(management.revise(Caller.current(), id, request));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One grant programme")
    ProgrammeResponse get(@PathVariable UUID id) {
        return respond(management.read(Caller.current(), id));
    }

    @GetMapping
    @Operation(summary = "Grant programmes, optionally of one funder, status or alliance")
    PageResponse<ProgrammeResponse> list(
            @RequestParam(required = false) UUID funderId,
            @RequestParam(required = false) ProgrammeStatus status,
            @RequestParam(required = false) UUID allianceId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return management
                .list(Caller.current(), new ProgrammeFilter(funderId, status, allianceId), PageQuery.of(page, size))
                .map(this::respond);
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Open a programme to applications")
    ProgrammeResponse open(@PathVariable UUID id, @Valid @RequestBody FunderAction action) {
        return respond(management.open(Caller.current(), id, action));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a programme to applications")
    ProgrammeResponse close(@PathVariable UUID id, @Valid @RequestBody FunderAction action) {
        return respond(management.close(Caller.current(), id, action));
    }

    private ProgrammeResponse respond(GrantProgramme programme) {
        return ProgrammeResponse.of(programme, management.budget(programme));
    }
}
