package org.skillalliance.member.learner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.skillalliance.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/me}: a learner's own consent ({@code GET/POST /api/me/consents}) and the download of everything held
 * about them ({@code GET /api/me/export}). No endpoint takes a person's id: the token's {@code staff_id} says whose.
 */
@RestController
@RequestMapping("/api/me")
@Tag(
        name = "learner self-service",
        description = "A learner's own consent and the export of everything held about"
                + " them (a login linked to a staff record)")
class LearnerController {

    private final LearnerConsents consents;
    private final LearnerExport export;

    LearnerController(LearnerConsents consents, LearnerExport export) {
        this.consents = consents;
        this.export = export;
    }

    @GetMapping("/consents")
    @Operation(summary = "The caller's consents: where each stands, its current text and version, and its history")
    List<ConsentView> consents() {
        return consents.consents(Caller.current());
    }

    @PostMapping(path = "/consents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give or withdraw consent (giving names the version of the text shown)")
    ConsentView record(@RequestBody ConsentRequest request) {
        return consents.record(Caller.current(), request);
    }

    @GetMapping("/export")
    @ApiResponse(
            responseCode = "200",
            useReturnTypeSchema = true,
            description =
                    "Everything held about the caller, as" + " a JSON file to save (Content-Disposition: attachment)")
    @ApiResponse(
            responseCode = "410",
            description = "The caller's staff record was erased: nothing personal is held",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "503",
            description = "curriculum-service cannot give the enrolments, credentials and"
                    + " skill records now: no export rather than a part of one",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(summary = "Download everything held about the caller (JSON)")
    ResponseEntity<LearnerExport.Document> export(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        LearnerExport.Document document = export.export(Caller.current(), token.getTokenValue());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("skill-alliance-my-data.json")
                                .build()
                                .toString())
                .body(document);
    }
}
