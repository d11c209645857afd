package org.skillalliance.curriculum.cohort;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.MinorUnits;
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

@RestController
@RequestMapping("/api/cohorts")
@Tag(
        name = "cohorts",
        description = "Cohorts of published courses: planned -> open -> running -> completed, or cancelled")
class CohortController {

    private final CohortManagement cohorts;

    CohortController(CohortManagement cohorts) {
        this.cohorts = cohorts;
    }

    record CostRequest(
            @NotNull Pricing pricing,
            @NotNull @MinorUnits Long amountMinor,

            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
            String currency) {}

    record CohortRequest(
            @NotNull UUID courseId,
            @NotNull UUID organiserId,
            UUID providerId,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull LocalDate enrolmentOpens,
            @NotNull LocalDate enrolmentCloses,
            @NotNull @Min(1) @Max(Cohort.MAX_CAPACITY) Integer capacity,
            @NotNull @Min(0) @Max(Cohort.MAX_CAPACITY) Integer minParticipants,
            @Min(1) @Max(Cohort.MAX_CAPACITY) Integer seatQuotaPerEmployer,
            @NotNull @Valid CostRequest cost) {}

    record CostResponse(Pricing pricing, long amountMinor, String currency) {}

    record CohortResponse(
            UUID id,
            UUID courseId,
            UUID allianceId,
            UUID organiserId,
            UUID providerId,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate enrolmentOpens,
            LocalDate enrolmentCloses,
            int capacity,
            int minParticipants,
            Integer seatQuotaPerEmployer,
            CostResponse cost,
            CohortStatus status,

            @Schema(
                    description =
                            "capacity minus the seats held (confirmed, or with an outcome recorded); never negative")
            int seatsLeft,

            @Schema(description = "requests waiting for a seat (WAITLISTED enrolments)")
            int waitlistLength,

            @Schema(description = "the number of the cohort's sessions")
            int sessionCount,

            @Schema(description = "the cohort's sessions in time order: on a single cohort's answer; null in lists")
            List<SessionSlot> sessions,

            @Schema(description = "the course's language of instruction (ISO 639-1, e.g. de), null where not given")
            String language,

            @Schema(description = "the course's prerequisites, null where not given")
            String prerequisites) {
        static CohortResponse of(Cohort c, CohortFill fill, CohortCatalogue catalogue, List<SessionSlot> sessions) {
            return new CohortResponse(
                    c.id(),
                    c.courseId(),
                    c.allianceId(),
                    c.organiserId(),
                    c.providerId(),
                    c.startDate(),
                    c.endDate(),
                    c.enrolmentOpens(),
                    c.enrolmentCloses(),
                    c.capacity(),
                    c.minParticipants(),
                    c.seatQuotaPerEmployer(),
                    new CostResponse(
                            c.cost().pricing(),
                            c.cost().amount().amountMinor(),
                            c.cost().amount().currency()),
                    c.status(),
                    fill.seatsLeft(),
                    fill.waitlistLength(),
                    catalogue.sessionCount(),
                    sessions,
                    catalogue.language(),
                    catalogue.prerequisites());
        }
    }

    record SessionSlot(
            UUID id,
            LocalDate date,

            @Schema(
                    type = "string",
                    pattern = "^[0-2][0-9]:[0-5][0-9](:00)?$",
                    description = "hh:mm (or hh:mm:00), local time of the session",
                    example = "09:00")
            LocalTime startTime,

            @Schema(
                    type = "string",
                    pattern = "^[0-2][0-9]:[0-5][0-9](:00)?$",
                    description = "hh:mm (or hh:mm:00), local time of the session",
                    example = "12:00")
            LocalTime endTime,

            String place,
            String onlineLink,
            String title,
            BigDecimal hours) {
        static SessionSlot of(CohortSessions.Slot s) {
            return new SessionSlot(
                    s.id(), s.date(), s.startTime(), s.endTime(), s.place(), s.onlineLink(), s.title(), s.hours());
        }
    }

    private CohortResponse response(Cohort cohort) {
        return CohortResponse.of(
                cohort,
                cohorts.fill(cohort),
                cohorts.catalogue(List.of(cohort)).get(cohort.id()),
                cohorts.sessions(cohort).stream().map(SessionSlot::of).toList());
    }

    @PostMapping
    @Operation(summary = "Schedule a cohort of a published course (status PLANNED)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CohortResponse> schedule(@Valid @RequestBody CohortRequest r) {
        Cohort cohort = cohorts.schedule(
                Caller.current(),
                r.courseId(),
                new CohortPlan(
                        r.organiserId(),
                        r.providerId(),
                        r.startDate(),
                        r.endDate(),
                        r.enrolmentOpens(),
                        r.enrolmentCloses(),
                        r.capacity(),
                        r.minParticipants(),
                        r.seatQuotaPerEmployer(),
                        r.cost().pricing(),
                        r.cost().amountMinor(),
                        r.cost().currency()));
        return ResponseEntity.created(URI.create("/api/cohorts/" + cohort.id())).body(response(cohort));
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Open a planned cohort for enrolment (inside its enrolment window)")
    CohortResponse open(@PathVariable UUID id) {
        return response(cohorts.open(Caller.current(), id));
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Start an open cohort: confirmed seats become final, the waitlist is cancelled")
    CohortResponse start(@PathVariable UUID id) {
        return response(cohorts.start(Caller.current(), id));
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete a running cohort")
    CohortResponse complete(@PathVariable UUID id) {
        return response(cohorts.complete(Caller.current(), id));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a cohort that has not completed, with all its live enrolments")
    CohortResponse cancel(@PathVariable UUID id) {
        return response(cohorts.cancel(Caller.current(), id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One cohort")
    CohortResponse get(@PathVariable UUID id) {
        return response(cohorts.get(id));
    }

    @GetMapping
    @Operation(summary = "Cohorts, filtered by course, alliance, provider, organiser, status or start dates")
    PageResponse<CohortResponse> list(
            @RequestParam(required = false) UUID courseId,
            @RequestParam(required = false) UUID allianceId,
            @RequestParam(required = false) UUID providerId,
            @RequestParam(required = false) UUID organiserId,
            @RequestParam(required = false) CohortStatus status,
            @RequestParam(required = false) LocalDate startsFrom,
            @RequestParam(required = false) LocalDate startsTo,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageResponse<Cohort> found = cohorts.list(
                courseId, allianceId, providerId, organiserId, status, startsFrom, startsTo, PageQuery.of(page, size));
        Map<UUID, CohortFill> fill = cohorts.fill(found.items());
        Map<UUID, CohortCatalogue> catalogue = cohorts.catalogue(found.items());
        return found.map(c -> CohortResponse.of(c, fill.get(c.id()), catalogue.get(c.id()), null));
    }
}
