package org.skillalliance.curriculum.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "feedback", description = "A cohort's reaction feedback: satisfaction and anonymous comments")
class FeedbackController {

    private final FeedbackManagement feedback;

    FeedbackController(FeedbackManagement feedback) {
        this.feedback = feedback;
    }

    record FeedbackResponse(
            UUID cohortId,

            @Schema(description = "seats with a recorded satisfaction")
            int respondents,

            @Schema(description = "k: comments are shown only from this many respondents on")
            int minimumRespondents,

            @Schema(description = "mean satisfaction 1-5 with 2 decimals; null without respondents")
            BigDecimal meanSatisfaction,

            @Schema(
                    description = "no comment is shown: the cohort is not yet COMPLETED with every seat's outcome"
                            + " recorded, or it has fewer respondents than minimumRespondents (see"
                            + " suppressedBecause)")
            boolean suppressed,

            @Schema(
                    description = "why the comments are not shown, null when they are: COHORT_NOT_COMPLETED (they"
                            + " are released all at once when the cohort is COMPLETED with every outcome in, so"
                            + " none can be tied to the seat recorded last), else FEWER_THAN_K_RESPONDENTS")
            FeedbackSuppression suppressedBecause,

            @Schema(description = "the comments alone, alphabetically, without names or ids; empty when suppressed")
            List<String> comments) {

        static FeedbackResponse of(CohortFeedback f) {
            return new FeedbackResponse(
                    f.cohortId(),
                    f.respondents(),
                    f.minimumRespondents(),
                    f.meanSatisfaction(),
                    f.suppressed(),
                    f.suppressedBecause(),
                    f.comments());
        }
    }

    @GetMapping("/api/cohorts/{cohortId}/feedback")
    @Operation(
            summary = "A cohort's reaction feedback: respondents, mean satisfaction and, once the cohort is"
                    + " COMPLETED with every outcome in and from k respondents on, the comments without names",
            description = "For the cohort's provider, a coordinator of its alliance and alliance-admins.")
    FeedbackResponse feedback(@PathVariable UUID cohortId) {
        return FeedbackResponse.of(feedback.feedback(Caller.current(), cohortId));
    }
}
