package org.skillalliance.curriculum.enrolment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.skillalliance.web.RowResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/enrolments")
@Tag(name = "enrolments", description = "Enrolments of staff in cohorts, waitlists, bulk CSV enrolment and outcomes")
class EnrolmentController {

    private final EnrolmentManagement enrolments;
    private final EnrolmentImport imports;

    EnrolmentController(EnrolmentManagement enrolments, EnrolmentImport imports) {
        this.enrolments = enrolments;
        this.imports = imports;
    }

    record EnrolmentRequest(
            @NotNull UUID cohortId,
            @NotNull UUID employerId,
            @NotNull UUID staffId) {}

    record WithdrawalRequest(@NotNull UUID employerId) {}

    enum OutcomeKind {
        COMPLETED,
        NOT_COMPLETED,
        NO_SHOW
    }

    record OutcomeRequest(
            @NotNull UUID providerId,
            @NotNull OutcomeKind outcome,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "required where the cohort has no"
                            + " sessions; where it has, the hours come from attendance (the sessions attended) and"
                            + " may be left out, or must equal them")
            @DecimalMin("0")
            BigDecimal attendedHours,

            @Min(0) @Max(100) Integer preScore,
            @Min(0) @Max(100) Integer postScore,
            @Min(1) @Max(5) Integer satisfaction,
            Boolean credentialAwarded,
            LocalDate completedOn,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "the learner's reaction comment, at most 1000 characters after trimming. Left out"
                            + " (absent or null): the comment already stored with the seat's outcome is kept"
                            + " unchanged (none on a first outcome), since no answer ever shows it; an empty or blank"
                            + " string clears it; any other text replaces it. Shown only, without names, as the"
                            + " cohort's feedback to its provider and coordinator, never in an enrolment's answer")
            String comment) {}

    record OutcomeResponse(
            EnrolmentStatus outcome,
            BigDecimal attendedHours,
            Integer preScore,
            Integer postScore,
            Integer satisfaction,
            boolean credentialAwarded,
            LocalDate completedOn,
            Instant recordedAt) {}

    record EnrolmentResponse(
            UUID id,
            UUID cohortId,
            UUID courseId,
            UUID staffId,
            UUID employerId,
            EnrolmentStatus status,
            Integer waitlistPosition,
            Instant requestedAt,
            OutcomeResponse outcome,
            String credential) {
        static EnrolmentResponse of(EnrolmentView view) {
            Enrolment e = view.enrolment();
            Outcome o = e.outcome();
            return new EnrolmentResponse(
                    e.id(),
                    e.cohortId(),
                    e.courseId(),
                    e.staffId(),
                    e.employerId(),
                    e.status(),
                    view.waitlistPosition(),
                    e.requestedAt(),
                    o == null
                            ? null
                            : new OutcomeResponse(
                                    o.result(),
                                    o.attendedHours(),
                                    o.preScore(),
                                    o.postScore(),
                                    o.satisfaction(),
                                    o.credentialAwarded(),
                                    o.completedOn(),
                                    o.recordedAt()),
                    e.hasCredential() ? "/api/enrolments/" + e.id() + "/credential" : null);
        }
    }

    @PostMapping
    @Operation(
            summary = "Enrol a staff member: 201 confirmed or waitlisted; 200 with the existing enrolment on a repeat")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(
            responseCode = "200",
            useReturnTypeSchema = true,
            description = "A repeat: the existing enrolment of the staff member in the cohort, nothing written")
    ResponseEntity<EnrolmentResponse> enrol(@Valid @RequestBody EnrolmentRequest request) {
        EnrolmentManagement.Enrolled enrolled = enrolments.enrol(
                Caller.current(),
                new EnrolmentManagement.EnrolRequest(request.cohortId(), request.staffId(), request.employerId()));
        EnrolmentResponse body = EnrolmentResponse.of(enrolled.view());
        URI location = URI.create("/api/enrolments/" + body.id());
        return enrolled.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Bulk enrolment from a CSV file (columns employer, staff_id, cohort): one result per row")
    RowResult.Report importCsv(@RequestPart("file") MultipartFile file) {
        try {
            return imports.importCsv(Caller.current(), file.getInputStream());
        } catch (IOException e) {
            throw new ApiException.InvalidInput("file", "could not be read: " + e.getMessage());
        }
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw an enrolment; a freed seat promotes the earliest eligible waiter")
    EnrolmentResponse withdraw(@PathVariable UUID id, @Valid @RequestBody WithdrawalRequest request) {
        return EnrolmentResponse.of(enrolments.withdraw(Caller.current(), id, request.employerId()));
    }

    @PostMapping("/{id}/outcome")
    @Operation(summary = "Record or correct the outcome of a seat once the cohort runs")
    EnrolmentResponse recordOutcome(@PathVariable UUID id, @Valid @RequestBody OutcomeRequest r) {
        OutcomeInput input = new OutcomeInput(
                EnrolmentStatus.valueOf(r.outcome().name()),
                r.attendedHours(),
                r.preScore(),
                r.postScore(),
                r.satisfaction(),
                Boolean.TRUE.equals(r.credentialAwarded()),
                r.completedOn(),
                r.comment());
        return EnrolmentResponse.of(enrolments.recordOutcome(Caller.current(), id, r.providerId(), input));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enrolment with its current waitlist position")
    EnrolmentResponse get(@PathVariable UUID id) {
        return EnrolmentResponse.of(enrolments.get(Caller.current(), id));
    }

    @GetMapping
    @Operation(summary = "Enrolments, filtered by cohort, employer, staff member, course or status")
    PageResponse<EnrolmentResponse> list(
            @RequestParam(required = false) UUID cohortId,
            @RequestParam(required = false) UUID employerId,
            @RequestParam(required = false) UUID staffId,
            @RequestParam(required = false) UUID courseId,
            @RequestParam(required = false) EnrolmentStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return enrolments
                .list(Caller.current(), cohortId, employerId, staffId, courseId, status, PageQuery.of(page, size))
                .map(EnrolmentResponse::of);
    }
}
