package org.skillalliance.curriculum.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts/{cohortId}/sessions")
@Tag(
        name = "sessions",
        description = "A cohort's sessions (date, times, place or online link) and attendance per session")
class SessionController {

    private final SessionManagement sessions;

    SessionController(SessionManagement sessions) {
        this.sessions = sessions;
    }

    record SessionRequest(
            @NotNull LocalDate date,

            @NotNull
            @Schema(
                    type = "string",
                    pattern = "^[0-2][0-9]:[0-5][0-9](:00)?$",
                    description = "hh:mm (or hh:mm:00), local time of the session",
                    example = "09:00")
            LocalTime startTime,

            @NotNull
            @Schema(
                    type = "string",
                    pattern = "^[0-2][0-9]:[0-5][0-9](:00)?$",
                    description = "hh:mm (or hh:mm:00), local time of the session",
                    example = "12:00")
            LocalTime endTime,

            @Schema(description = "where the session is held; give place or onlineLink, not both")
            @Size(max = CohortSession.MAX_PLACE)
            String place,

            @Schema(description = "an absolute https URL; give place or onlineLink, not both")
            @Size(max = CohortSession.MAX_LINK)
            String onlineLink,

            @Size(max = CohortSession.MAX_TITLE) String title) {

        SessionPlan plan() {
            return new SessionPlan(date, startTime, endTime, place, onlineLink, title);
        }
    }

    record SessionResponse(
            UUID id,
            UUID cohortId,
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

            @Schema(description = "the session's length in hours, exact with 2 decimals")
            BigDecimal hours) {
        static SessionResponse of(CohortSession s) {
            return new SessionResponse(
                    s.id(),
                    s.cohortId(),
                    s.date(),
                    s.startTime(),
                    s.endTime(),
                    s.place(),
                    s.onlineLink(),
                    s.title(),
                    s.hours());
        }
    }

    record MarkRequest(@NotNull UUID enrolmentId, @NotNull Boolean present) {}

    record RegisterLineResponse(
            UUID enrolmentId,
            UUID staffId,

            @Schema(description = "true present, false absent, null not recorded")
            Boolean present) {}

    record RegisterResponse(
            UUID sessionId,

            @Schema(description = "whether a register was recorded for the session")
            boolean recorded,

            Instant recordedAt,

            @Schema(description = "every seat of the cohort, in the order the seats were requested")
            List<RegisterLineResponse> seats) {
        static RegisterResponse of(SessionManagement.Register r) {
            return new RegisterResponse(
                    r.sessionId(),
                    r.recorded(),
                    r.recordedAt(),
                    r.seats().stream()
                            .map(l -> new RegisterLineResponse(l.enrolmentId(), l.staffId(), l.present()))
                            .toList());
        }
    }

    @GetMapping
    @Operation(
            summary =
                    "A cohort's sessions in time order (the whole list: a cohort's sessions are bounded by its course's hours)")
    List<SessionResponse> list(@PathVariable UUID cohortId) {
        return sessions.list(cohortId).stream().map(SessionResponse::of).toList();
    }

    @GetMapping("/{sessionId}")
    @Operation(summary = "One session of a cohort")
    SessionResponse get(@PathVariable UUID cohortId, @PathVariable UUID sessionId) {
        return SessionResponse.of(sessions.get(cohortId, sessionId));
    }

    @PostMapping
    @Operation(summary = "Add a session to a cohort (its coordinator or provider)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SessionResponse> add(@PathVariable UUID cohortId, @Valid @RequestBody SessionRequest r) {
        CohortSession session = sessions.add(Caller.current(), cohortId, r.plan());
        return ResponseEntity.created(URI.create("/api/cohorts/" + cohortId + "/sessions/" + session.id()))
                .body(SessionResponse.of(session));
    }

    @PutMapping("/{sessionId}")
    @Operation(summary = "Change a session; with attendance recorded only its place, link and title")
    SessionResponse change(
            @PathVariable UUID cohortId, @PathVariable UUID sessionId, @Valid @RequestBody SessionRequest r) {
        return SessionResponse.of(sessions.change(Caller.current(), cohortId, sessionId, r.plan()));
    }

    @DeleteMapping("/{sessionId}")
    @Operation(summary = "Remove a session for which no attendance is recorded")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID cohortId, @PathVariable UUID sessionId) {
        sessions.remove(Caller.current(), cohortId, sessionId);
    }

    @GetMapping("/{sessionId}/attendance")
    @Operation(summary = "A session's register: every seat of the cohort and whether it attended")
    RegisterResponse register(@PathVariable UUID cohortId, @PathVariable UUID sessionId) {
        return RegisterResponse.of(sessions.register(Caller.current(), cohortId, sessionId));
    }

    @PutMapping("/{sessionId}/attendance")
    @Operation(summary = "Record a session's whole register (the cohort's provider, from the session's day on)")
    RegisterResponse record(
            @PathVariable UUID cohortId, @PathVariable UUID sessionId, @RequestBody List<MarkRequest> marks) {
        return RegisterResponse.of(sessions.record(
                Caller.current(),
                cohortId,
                sessionId,
                marks.stream()
                        .map(m -> m == null ? null : new SessionManagement.Mark(m.enrolmentId(), m.present()))
                        .toList()));
    }
}
