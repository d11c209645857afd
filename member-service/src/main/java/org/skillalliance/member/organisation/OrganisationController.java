package org.skillalliance.member.organisation;

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

/** {@code /api/organisations}: register, read, list with filters, update. */
@RestController
@RequestMapping("/api/organisations")
class OrganisationController {

    private final OrganisationManagement management;

    OrganisationController(OrganisationManagement management) {
        this.management = management;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an organisation")
    ResponseEntity<OrganisationResponse> register(@Valid @RequestBody OrganisationRequest request) {
        Organisation organisation = management.register(Caller.current(), request);
        return ResponseEntity.created(URI.create("/api/organisations/" + organisation.id()))
                .body(OrganisationResponse.of(organisation));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    OrganisationResponse get(@PathVariable UUID id) {
        return OrganisationResponse.of(management.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an organisation's details")
    OrganisationResponse update(@PathVariable UUID id, @Valid @RequestBody OrganisationUpdateRequest request) {
        return OrganisationResponse.of(management.update(Caller.current(), id, request));
    }

    @GetMapping
    @Operation(summary = "Organisations, optionally of one type, sector or size band")
    PageResponse<OrganisationResponse> list(
            @RequestParam(required = false) OrganisationType type,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) SizeBand sizeBand,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) UUID allianceId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return management
                .list(new OrganisationFilter(type, sector, sizeBand, country, allianceId), PageQuery.of(page, size))
                .map(OrganisationResponse::of);
    }
}
