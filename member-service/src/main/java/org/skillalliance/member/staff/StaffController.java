package org.skillalliance.member.staff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.skillalliance.web.RowResult;
import org.skillalliance.web.SearchText;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/staff}: register, read, list, update, leave, erase ({@code DELETE}), and bulk import
 * ({@code POST /api/staff/import?employerId=...}, multipart field {@code file}).
 */
@RestController
@RequestMapping("/api/staff")
class StaffController {

    private final StaffManagement management;
    private final StaffImport staffImport;

    StaffController(StaffManagement management, StaffImport staffImport) {
        this.management = management;
        this.staffImport = staffImport;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a staff member of an employer")
    ResponseEntity<StaffResponse> register(@Valid @RequestBody StaffRequest request) {
        StaffMember member = management.register(Caller.current(), request.employerId(), request.details());
        return ResponseEntity.created(URI.create("/api/staff/" + member.id())).body(StaffResponse.of(member));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One staff member")
    StaffResponse get(@PathVariable UUID id) {
        return StaffResponse.of(management.get(Caller.current(), id));
    }

    @GetMapping
    @Operation(
            summary = "Staff, optionally of one employer or status, or whose name, email or job role contains a text")
    PageResponse<StaffResponse> list(
            @RequestParam(required = false) UUID employerId,
            @RequestParam(required = false) StaffStatus status,
            @Parameter(
                            description = "A text (1 to 100 characters, trimmed) that the first "
                                    + "name, last name, email or job role (ISCO code) contains, ignoring case; "
                                    + "% and _ are taken literally")
                    @RequestParam(required = false)
                    String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return management
                .list(Caller.current(), new StaffFilter(employerId, status, SearchText.of(q)), PageQuery.of(page, size))
                .map(StaffResponse::of);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a staff member's details")
    StaffResponse update(@PathVariable UUID id, @RequestBody StaffUpdateRequest request) {
        return StaffResponse.of(management.update(Caller.current(), id, request.details()));
    }

    @PostMapping("/{id}/leave")
    @Operation(summary = "Record that a staff member left the employer")
    StaffResponse leave(@PathVariable UUID id, @Valid @RequestBody LeaveRequest request) {
        return StaffResponse.of(management.leave(Caller.current(), id, request.employmentEnd()));
    }

    /** Erasure: the personal data is wiped at once; the answer is 204 and the record shows only id and employer. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase a staff member's personal data (the record keeps only its id and employer)")
    ResponseEntity<Void> erase(@PathVariable UUID id) {
        management.erase(Caller.current(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an employer's staff from a CSV file: one result per row")
    RowResult.Report importCsv(@RequestParam UUID employerId, @RequestPart("file") MultipartFile file) {
        if (file.isEmpty()) {
            throw new ApiException.InvalidInput("file", "is empty");
        }
        try {
            return staffImport.importCsv(Caller.current(), employerId, file.getInputStream());
        } catch (IOException e) {
            throw new ApiException.InvalidInput("file", "could not be read: " + e.getMessage());
        }
    }
}
