package org.skillalliance.member.alliance;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/alliances}: create, read, list. */
@RestController
@RequestMapping("/api/alliances")
class AllianceController {

    private final AllianceManagement management;

    AllianceController(AllianceManagement management) {
        this.management = management;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an alliance")
    ResponseEntity<AllianceResponse> create(@Valid @RequestBody AllianceRequest request) {
        Alliance alliance = management.create(Caller.current(), request);
        return ResponseEntity.created(URI.create("/api/alliances/" + alliance.id()))
                .body(AllianceResponse.of(alliance));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One alliance")
    AllianceResponse get(@PathVariable UUID id) {
        return AllianceResponse.of(management.get(id));
    }

    @GetMapping
    @Operation(summary = "Alliances, optionally of one kind")
    PageResponse<AllianceResponse> list(
            @RequestParam(required = false) AllianceKind kind,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return management.list(kind, PageQuery.of(page, size)).map(AllianceResponse::of);
    }
}
