package org.skillalliance.curriculum.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Pricing;
import org.skillalliance.curriculum.enrolment.EnrolmentStatus;
import org.skillalliance.curriculum.enrolment.OutcomeInput;
import org.skillalliance.security.Caller;
import org.skillalliance.web.MinorUnits;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "history", description = "History import: an association's past cohorts with their seats and outcomes")
class HistoryImportController {

    private final HistoryImport history;

    HistoryImportController(HistoryImport history) {
        this.history = history;
    }

    /** How a past seat ended. */
    enum PastResult {
        COMPLETED,
        NOT_COMPLETED,
        NO_SHOW
    }

    record PastCostRequest(
            @NotNull Pricing pricing,
            @NotNull @MinorUnits Long amountMinor,

            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
            String currency) {}

    record PastSeatRequest(
            @NotNull UUID staffId,
            @NotNull UUID employerId,
            @NotNull LocalDate enrolledOn,
            @NotNull PastResult outcome,
            @NotNull @DecimalMin("0") BigDecimal attendedHours,
            @Min(0) @Max(100) Integer preScore,
            @Min(0) @Max(100) Integer postScore,
            @Min(1) @Max(5) Integer satisfaction,
            Boolean credentialAwarded,

            @Schema(description = "day of completion (COMPLETED only); default the cohort's end date")
            LocalDate completedOn,

            @Schema(
                    description = "the learner's reaction comment, at most 1000 characters after trimming; absent,"
                            + " null or blank: none (each imported seat is new, so there is no stored comment to"
                            + " keep); compared trimmed when the cohort is sent again; shown only as the cohort's"
                            + " anonymous feedback")
            String comment) {}

    record PastCohortRequest(
            @NotBlank
            @Size(max = 100)
            @Schema(
                    description =
                            "the cohort's key in the old system; the same key sent again is" + " not imported twice")
            String importKey,

            @NotNull UUID courseId,
            UUID providerId,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull @Min(1) @Max(10_000) Integer capacity,
            @Min(1) @Max(10_000) Integer seatQuotaPerEmployer,
            @NotNull @Valid PastCostRequest cost,
            @NotEmpty @Size(max = 10_000) List<@NotNull @Valid PastSeatRequest> seats) {}

    record HistoryImportRequest(
            @NotNull UUID allianceId,
            @NotNull UUID organiserId,
            @NotEmpty @Size(max = 500) List<@NotNull @Valid PastCohortRequest> cohorts) {}

    record PastCohortResult(
            String importKey,
            UUID cohortId,

            @Schema(description = "CREATED now, or UNCHANGED: imported before with the same content")
            String result,

            int seats) {}

    record HistoryImportResponse(
            UUID allianceId,
            int created,
            int unchanged,
            List<PastCohortResult> cohorts,

            @Schema(description = "rules of live cohorts this import does not apply, and why")
            List<HistoryRules.HistoryRule> rulesSkipped,

            @Schema(description = "rules it applies as for live cohorts")
            List<HistoryRules.HistoryRule> rulesKept) {}

    @PostMapping("/api/cohorts/history")
    @Operation(
            summary = "Import past cohorts of the alliance's published courses with their seats and outcomes",
            description = "All or nothing; idempotent by importKey. The answer lists the rules skipped and kept.")
    HistoryImportResponse importHistory(@Valid @RequestBody HistoryImportRequest r) {
        List<HistoryImport.PastCohort> past = r.cohorts().stream()
                .map(c -> new HistoryImport.PastCohort(
                        c.importKey(),
                        c.courseId(),
                        c.providerId(),
                        c.startDate(),
                        c.endDate(),
                        c.capacity(),
                        c.seatQuotaPerEmployer(),
                        c.cost().pricing(),
                        c.cost().amountMinor(),
                        c.cost().currency(),
                        c.seats().stream()
                                .map(s -> new HistoryImport.PastSeat(
                                        s.staffId(),
                                        s.employerId(),
                                        s.enrolledOn(),
                                        new OutcomeInput(
                                                EnrolmentStatus.valueOf(
                                                        s.outcome().name()),
                                                s.attendedHours(),
                                                s.preScore(),
                                                s.postScore(),
                                                s.satisfaction(),
                                                Boolean.TRUE.equals(s.credentialAwarded()),
                                                s.completedOn(),
                                                s.comment())))
                                .toList()))
                .toList();
        List<HistoryImport.Imported> imported =
                history.importHistory(Caller.current(), r.allianceId(), r.organiserId(), past);
        int created =
                (int) imported.stream().filter(HistoryImport.Imported::created).count();
        return new HistoryImportResponse(
                r.allianceId(),
                created,
                imported.size() - created,
                imported.stream()
                        .map(i -> new PastCohortResult(
                                i.importKey(), i.cohortId(), i.created() ? "CREATED" : "UNCHANGED", i.seats()))
                        .toList(),
                HistoryRules.SKIPPED,
                HistoryRules.KEPT);
    }
}
