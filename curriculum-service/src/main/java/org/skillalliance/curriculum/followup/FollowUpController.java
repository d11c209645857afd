package org.skillalliance.curriculum.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/follow-ups")
@Tag(
        name = "follow-ups",
        description = "Follow-ups of completed seats: the employer rates, 60 to 180 days after the cohort ended, how"
                + " far its staff member applies the skill on the job")
class FollowUpController {

    private final FollowUpManagement followUps;

    FollowUpController(FollowUpManagement followUps) {
        this.followUps = followUps;
    }

    record FollowUpRequest(
            @NotNull
            @Min(FollowUp.LOWEST_RATING)
            @Max(FollowUp.HIGHEST_RATING)
            @Schema(description = "applies the skill on the job: 1 (not at all) to 5 (fully)")
            Integer rating) {}

    record FollowUpResponse(
            UUID enrolmentId,
            UUID cohortId,
            UUID courseId,
            String courseTitle,
            UUID staffId,
            LocalDate cohortEndDate,

            @Schema(description = "the cohort's end date + 60 days, the first day a rating may be recorded")
            LocalDate windowOpens,

            @Schema(description = "the cohort's end date + 180 days, the last day a rating may be recorded")
            LocalDate windowCloses,

            @Schema(description = "DONE when rated; else UPCOMING before the window, DUE inside it, OVERDUE after it")
            FollowUpStatus status,

            @Schema(description = "1-5, null until rated") Integer rating,

            @Schema(description = "day of the latest rating, null until rated")
            LocalDate recordedOn) {

        static FollowUpResponse of(FollowUpView view) {
            FollowUp followUp = view.followUp();
            FollowUp.Seat seat = followUp.seat();
            FollowUpWindow window = followUp.window();
            return new FollowUpResponse(
                    seat.enrolmentId(),
                    seat.cohortId(),
                    seat.courseId(),
                    view.courseTitle(),
                    seat.staffId(),
                    seat.cohortEndDate(),
                    window.opens(),
                    window.closes(),
                    view.status(),
                    followUp.rating(),
                    followUp.recordedOn());
        }
    }

    @GetMapping
    @Operation(
            summary = "The follow-ups of the completed seats of the caller's employer's staff, by status and cohort",
            description = "Ordered by windowCloses, then enrolmentId. Not paged: a member-admin gets its employer's"
                    + " completed seats; an alliance-admin (no organisation narrows its list) must name cohortId and"
                    + " gets every employer's seats of that cohort (400 naming cohortId without it).")
    List<FollowUpResponse> list(
            @RequestParam(required = false) FollowUpStatus status,
            @RequestParam(required = false)
                    @Parameter(description = "the cohort; required for an alliance-admin, optional for a member-admin")
                    UUID cohortId) {
        return followUps.list(Caller.current(), new FollowUpFilter(status, cohortId)).stream()
                .map(FollowUpResponse::of)
                .toList();
    }

    @PutMapping("/{enrolmentId}")
    @Operation(
            summary = "Record or correct the follow-up rating of a completed seat of the caller's staff, inside its"
                    + " window")
    FollowUpResponse record(@PathVariable UUID enrolmentId, @Valid @RequestBody FollowUpRequest request) {
        return FollowUpResponse.of(followUps.record(Caller.current(), enrolmentId, request.rating()));
    }
}
