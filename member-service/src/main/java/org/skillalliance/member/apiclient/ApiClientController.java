package org.skillalliance.member.apiclient;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.skillalliance.member.invitation.KeycloakAdminCalls;
import org.skillalliance.member.invitation.KeycloakUnavailable;
import org.skillalliance.security.Caller;
import org.skillalliance.web.ApiException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation's machine clients under {@code /api/organisations/{orgId}}: register, list, rotate a secret,
 * revoke, and the audit log. Answers that carry a secret are never cached. Only people manage machine clients: a
 * machine client's own token (a service account's, which carries {@code client_id}) gets 403, so a leaked secret cannot
 * mint clients that outlive its revocation.
 */
@RestController
class ApiClientController {

    private final ApiClientManagement management;
    private final KeycloakAdminCalls keycloak;

    ApiClientController(ApiClientManagement management, KeycloakAdminCalls keycloak) {
        this.management = management;
        this.keycloak = keycloak;
    }

    @PostMapping(path = "/api/organisations/{orgId}/api-clients", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(
            responseCode = "201",
            useReturnTypeSchema = true,
            description = "Registered: a confidential Keycloak client with the organisation's role and org_id; the"
                    + " secret is shown this once")
    @ApiResponse(
            responseCode = "503",
            description = "Keycloak cannot create the client now; nothing was registered",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(summary = "Register a machine client of the organisation (client credentials)")
    ResponseEntity<RegisteredApiClientResponse> register(
            @PathVariable UUID orgId, @Valid @RequestBody ApiClientRequest request) {
        ApiClientManagement.WithSecret registered = management.register(person(), orgId, request.name());
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(RegisteredApiClientResponse.of(registered));
    }

    @GetMapping("/api/organisations/{orgId}/api-clients")
    @Operation(summary = "The organisation's machine clients, revoked ones included, oldest first")
    List<ApiClientResponse> list(@PathVariable UUID orgId) {
        return management.list(person(), orgId).stream()
                .map(ApiClientResponse::of)
                .toList();
    }

    @PostMapping(path = "/api/organisations/{orgId}/api-clients/{id}/rotate-secret")
    @ApiResponse(
            responseCode = "200",
            useReturnTypeSchema = true,
            description = "A new secret, shown this once; the old one works until previousSecretValidUntil")
    @Operation(summary = "Rotate a machine client's secret, the old one valid for a grace period")
    ResponseEntity<RotatedSecretResponse> rotate(
            @PathVariable UUID orgId,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) SecretRotationRequest request) {
        int grace = request == null ? SecretRotationRequest.DEFAULT_GRACE_SECONDS : request.graceOrDefault();
        ApiClientManagement.WithSecret rotated = management.rotate(person(), orgId, id, Duration.ofSeconds(grace));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(RotatedSecretResponse.of(rotated));
    }

    @DeleteMapping("/api/organisations/{orgId}/api-clients/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary =
                    "Revoke a machine client: Keycloak issues it no token any more, and every service refuses those it was issued")
    void revoke(@PathVariable UUID orgId, @PathVariable UUID id) {
        management.revoke(person(), orgId, id);
    }

    @GetMapping("/api/organisations/{orgId}/api-client-audit")
    @Operation(summary = "Every registration, rotation and revocation of the organisation's machine clients")
    List<ApiClientAuditResponse> audit(@PathVariable UUID orgId) {
        return management.audit(person(), orgId).stream()
                .map(ApiClientAuditResponse::of)
                .toList();
    }

    /** The 503 problem, with {@code Retry-After} when trying again later may help. */
    @ExceptionHandler(KeycloakUnavailable.class)
    ResponseEntity<Object> unavailable(KeycloakUnavailable e) {
        return keycloak.problem(e);
    }

    /** The caller, when a person: a service account's token (it carries {@code client_id}) is refused with 403. */
    private static Caller person() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                && token.getToken().hasClaim("client_id")) {
            throw new ApiException.Forbidden(
                    "a machine client cannot manage machine clients; a person of the" + " organisation does");
        }
        return Caller.current();
    }
}
