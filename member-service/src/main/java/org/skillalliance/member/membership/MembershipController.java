package org.skillalliance.member.membership;

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

/**
 * {@code /api/memberships}: apply, read, list, and the transitions {@code activate} (admit or reinstate),
 * {@code reject}, {@code suspend}, {@code withdraw}.
 */
@RestController
@RequestMapping("/api/memberships")
class MembershipController {

    private final MembershipManagement management;

    MembershipController(MembershipManagement management) {
        this.management = management;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply for an organisation's membership of an alliance")
    ResponseEntity<MembershipResponse> apply(@Valid @RequestBody MembershipRequest request) {
        Membership membership = management.apply(Caller.current(), request);
        return ResponseEntity.created(URI.create("/api/memberships/" + membership.id()))
                .body(MembershipResponse.of(membership));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One membership")
    MembershipResponse get(@PathVariable UUID id) {
        return MembershipResponse.of(management.get(Caller.current(), id));
    }

    @GetMapping
    @Operation(summary = "Memberships, optionally of one alliance, organisation or status")
    PageResponse<MembershipResponse> list(
            @RequestParam(required = false) UUID allianceId,
            @RequestParam(required = false) UUID organisationId,
            @RequestParam(required = false) MembershipStatus status,
            @RequestParam(required = false) MembershipRole role,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return management
                .list(
                        Caller.current(),
                        new MembershipFilter(allianceId, organisationId, status, role),
                        PageQuery.of(page, size))
                .map(MembershipResponse::of);
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "Activate a pending or suspended membership")
    MembershipResponse activate(@PathVariable UUID id) {
        return MembershipResponse.of(management.activate(Caller.current(), id));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a pending membership")
    MembershipResponse reject(@PathVariable UUID id) {
        return MembershipResponse.of(management.reject(Caller.current(), id));
    }

    @PostMapping("/{id}/suspend")
    @Operation(summary = "Suspend an active membership")
    MembershipResponse suspend(@PathVariable UUID id) {
        return MembershipResponse.of(management.suspend(Caller.current(), id));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a membership")
    MembershipResponse withdraw(@PathVariable UUID id) {
        return MembershipResponse.of(management.withdraw(Caller.current(), id));
    }
}
