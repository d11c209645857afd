package org.skillalliance.curriculum.credential;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.ApiException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "credentials", description = "Open Badges 3.0 credentials signed as VC-JWT, their verification and status")
class CredentialController {

    private final Credentials credentials;
    private final WorkplaceLearningCredentials workplaceCredentials;
    private final SigningKeys keys;
    private final CredentialVerification verification;
    private final StatusLists statusLists;
    private final CredentialRevocations revocations;

    CredentialController(
            Credentials credentials,
            WorkplaceLearningCredentials workplaceCredentials,
            SigningKeys keys,
            CredentialVerification verification,
            StatusLists statusLists,
            CredentialRevocations revocations) {
        this.credentials = credentials;
        this.workplaceCredentials = workplaceCredentials;
        this.keys = keys;
        this.verification = verification;
        this.statusLists = statusLists;
        this.revocations = revocations;
    }

    /** The body of a verification sent as JSON. */
    record VerificationRequest(String credential) {}

    /** Which credential to revoke (an enrolment's, a plan's, or a workshop participant's) and why. */
    record RevocationRequest(
            UUID enrolmentId,
            UUID workplaceLearningId,

            @Schema(
                    description = "with a workshop's workplaceLearningId: the participant whose credential to revoke"
                            + " (required for a workshop; for a plan, left out or the plan's learner)")
            UUID staffId,

            @Schema(description = "1-500 characters after trimming")
            String reason) {}

    @GetMapping(
            path = "/api/enrolments/{id}/credential",
            produces = {"application/json", "application/ld+json"})
    @Operation(
            summary = "The OpenBadgeCredential (Open Badges 3.0) of a completed enrolment with its credential awarded")
    Map<String, Object> credential(@PathVariable UUID id) {
        return credentials.openBadgeOf(Caller.current(), id).document();
    }

    @GetMapping(path = "/api/enrolments/{id}/credential", produces = "application/vc+jwt")
    @Operation(summary = "The same credential signed as a VC-JWT (compact JWS, RS256)")
    ResponseEntity<String> signedCredential(@PathVariable UUID id) {
        return vcJwt(credentials.openBadgeOf(Caller.current(), id).compactJws());
    }

    @GetMapping(
            path = "/api/workplace-learning/{id}/credential",
            produces = {"application/json", "application/ld+json"})
    @Operation(summary = "The OpenBadgeCredential of a signed-off plan (JSON, or signed as VC-JWT)")
    Map<String, Object> workplaceLearningCredential(@PathVariable UUID id) {
        return workplaceCredentials.ofPlan(Caller.current(), id).document();
    }

    @GetMapping(path = "/api/workplace-learning/{id}/credential", produces = "application/vc+jwt")
    @Operation(summary = "The OpenBadgeCredential of a signed-off plan (JSON, or signed as VC-JWT)")
    ResponseEntity<String> signedWorkplaceLearningCredential(@PathVariable UUID id) {
        return vcJwt(workplaceCredentials.ofPlan(Caller.current(), id).compactJws());
    }

    @GetMapping(
            path = "/api/workshops/{id}/participants/{staffId}/credential",
            produces = {"application/json", "application/ld+json"})
    @Operation(
            summary = "The OpenBadgeCredential of a workshop participant whose outcome is COMPLETED (JSON, or signed"
                    + " as VC-JWT)")
    Map<String, Object> workshopParticipantCredential(@PathVariable UUID id, @PathVariable UUID staffId) {
        return workplaceCredentials
                .ofWorkshopParticipant(Caller.current(), id, staffId)
                .document();
    }

    @GetMapping(path = "/api/workshops/{id}/participants/{staffId}/credential", produces = "application/vc+jwt")
    @Operation(
            summary = "The OpenBadgeCredential of a workshop participant whose outcome is COMPLETED (JSON, or signed"
                    + " as VC-JWT)")
    ResponseEntity<String> signedWorkshopParticipantCredential(@PathVariable UUID id, @PathVariable UUID staffId) {
        return vcJwt(workplaceCredentials
                .ofWorkshopParticipant(Caller.current(), id, staffId)
                .compactJws());
    }

    @GetMapping(path = "/api/credentials/issuer/jwks.json", produces = "application/json")
    @Operation(summary = "The issuer's public keys (JWK Set), each named by its kid (public, no token)")
    @SecurityRequirements
    Map<String, Object> keySet() {
        return keys.publicKeySetJson();
    }

    @PostMapping(
            path = "/api/credentials/verify",
            consumes = {"text/plain", "application/vc+jwt"},
            produces = "application/json")
    @Operation(summary = "Verifies a credential given as its compact JWS (public, no token)")
    @SecurityRequirements
    CredentialVerification.Result verify(@RequestBody(required = false) String compactJws) {
        return verification.verify(required(compactJws));
    }

    @PostMapping(path = "/api/credentials/verify", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Verifies a credential given as {credential: compact JWS} (public, no token)")
    @SecurityRequirements
    CredentialVerification.Result verifyJson(@RequestBody VerificationRequest request) {
        return verification.verify(required(request.credential()));
    }

    @GetMapping(path = "/api/credentials/status-lists/{listId}", produces = "application/vc+jwt")
    @Operation(summary = "A BitstringStatusListCredential (revocation) as VC-JWT (public, no token)")
    @SecurityRequirements
    ResponseEntity<String> statusList(@PathVariable int listId) {
        return vcJwt(statusLists.signed(listId));
    }

    @PostMapping(path = "/api/credentials/revocations", consumes = "application/json")
    @Operation(
            summary = "Revokes the credential of an enrolment, of a plan of learning at work, or of a workshop"
                    + " participant (workshop id and staffId): its status bit set")
    ResponseEntity<Void> revoke(@RequestBody RevocationRequest request) {
        revocations.revoke(
                Caller.current(),
                new CredentialRevocations.Revocation(
                        request.enrolmentId(), request.workplaceLearningId(), request.staffId(), request.reason()));
        return ResponseEntity.noContent().build();
    }

    private static String required(String compactJws) {
        if (compactJws == null || compactJws.isBlank()) {
            throw new ApiException.InvalidInput("credential", "the compact JWS to verify is required");
        }
        return compactJws;
    }

    private static ResponseEntity<String> vcJwt(String compactJws) {
        return ResponseEntity.ok()
                .contentType(VcJwt.MEDIA_TYPE)
                .cacheControl(CacheControl.noCache())
                .body(compactJws);
    }
}
