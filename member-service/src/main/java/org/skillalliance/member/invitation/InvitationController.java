package org.skillalliance.member.invitation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/organisations/{organisationId}/invitations}: gives a person a login acting for the organisation;
 * Keycloak emails them the link to set their password. The answer names a person, so it is never cached. There is no
 * resource to read back (the login lives in Keycloak), hence no {@code Location}.
 */
@RestController
class InvitationController {

    private final InvitationManagement management;
    private final KeycloakAdminCalls keycloak;

    InvitationController(InvitationManagement management, KeycloakAdminCalls keycloak) {
        this.management = management;
        this.keycloak = keycloak;
    }

    @PostMapping(path = "/api/organisations/{organisationId}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(
            responseCode = "201",
            useReturnTypeSchema = true,
            description = "Invited: the user is created in"
                    + " Keycloak with the role and no password, and Keycloak has emailed the set-password link (good until"
                    + " expiresAt); no Location, as the user is read in Keycloak, not here")
    @ApiResponse(
            responseCode = "503",
            description = "Keycloak cannot create the user or send its email now"
                    + " (with Retry-After when trying again later may help); nothing was left behind",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(summary = "Invite a person of the organisation: a Keycloak user with one role")
    ResponseEntity<InvitationResponse> invite(
            @PathVariable UUID organisationId, @Valid @RequestBody InvitationRequest request) {
        InvitationManagement.Invited invited = management.invite(
                Caller.current(),
                organisationId,
                request.username(),
                request.email(),
                request.firstName(),
                request.lastName(),
                request.role(),
                request.staffId());
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(InvitationResponse.of(invited));
    }

    /** The 503 problem, with {@code Retry-After} when trying again later may help. */
    @ExceptionHandler(KeycloakUnavailable.class)
    ResponseEntity<Object> unavailable(KeycloakUnavailable e) {
        return keycloak.problem(e);
    }
}
