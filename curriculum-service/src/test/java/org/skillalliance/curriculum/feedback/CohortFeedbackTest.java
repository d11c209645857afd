package org.skillalliance.curriculum.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CohortFeedbackTest {

    private static final UUID COHORT = UUID.randomUUID();

    @Test
    void fromKRespondentsTheCommentsAreShownAlphabeticallyWithoutBlanks() {
        CohortFeedback feedback = CohortFeedback.of(
                COHORT,
                List.of(5, 4, 4, 3, 5),
                Arrays.asList("very practical", null, "  ", "Too fast", "clear examples", "Too fast"),
                5,
                true);
        assertThat(feedback.respondents()).isEqualTo(5);
        assertThat(feedback.minimumRespondents()).isEqualTo(5);
        assertThat(feedback.meanSatisfaction()).isEqualByComparingTo("4.20");
        assertThat(feedback.meanSatisfaction().scale()).isEqualTo(2);
        assertThat(feedback.suppressed()).isFalse();
        assertThat(feedback.suppressedBecause()).isNull();
        assertThat(feedback.comments()).containsExactly("clear examples", "Too fast", "Too fast", "very practical");
    }

    @Test
    void belowKTheCommentsAreSuppressedButTheMeanIsShown() {
        CohortFeedback feedback =
                CohortFeedback.of(COHORT, List.of(5, 4, 4, 4), List.of("a seat's own words"), 5, true);
        assertThat(feedback.respondents()).isEqualTo(4);
        assertThat(feedback.suppressed()).isTrue();
        assertThat(feedback.suppressedBecause()).isEqualTo(FeedbackSuppression.FEWER_THAN_K_RESPONDENTS);
        assertThat(feedback.comments()).isEmpty();
        assertThat(feedback.meanSatisfaction()).isEqualTo(new BigDecimal("4.25"));
    }

    @Test
    void untilTheOutcomesAreAllInTheCommentsAreSuppressedWhateverTheRespondentsButTheMeanIsShown() {
        CohortFeedback running =
                CohortFeedback.of(COHORT, List.of(5, 4, 4, 3, 5, 2), List.of("clear examples", "Too fast"), 5, false);
        assertThat(running.respondents()).isEqualTo(6);
        assertThat(running.suppressed()).isTrue();
        assertThat(running.suppressedBecause()).isEqualTo(FeedbackSuppression.COHORT_NOT_COMPLETED);
        assertThat(running.comments()).isEmpty();
        assertThat(running.meanSatisfaction()).isEqualTo(new BigDecimal("3.83"));
        // both hold: the cohort not completed is named first
        assertThat(CohortFeedback.of(COHORT, List.of(5), List.of("words"), 5, false)
                        .suppressedBecause())
                .isEqualTo(FeedbackSuppression.COHORT_NOT_COMPLETED);
    }

    @Test
    void theMeanIsRoundedHalfUpToTwoDecimalsAndNullWithoutRespondents() {
        assertThat(CohortFeedback.of(COHORT, List.of(5, 4, 4), List.of(), 1, true)
                        .meanSatisfaction())
                .isEqualTo(new BigDecimal("4.33"));
        assertThat(CohortFeedback.of(COHORT, List.of(5, 5, 4), List.of(), 1, true)
                        .meanSatisfaction())
                .isEqualTo(new BigDecimal("4.67"));
        assertThat(CohortFeedback.of(COHORT, List.of(1, 2, 2, 2, 2, 2, 2, 2), List.of(), 1, true)
                        .meanSatisfaction())
                .isEqualTo(new BigDecimal("1.88"));
        CohortFeedback none = CohortFeedback.of(COHORT, List.of(), List.of("words"), 1, true);
        assertThat(none.meanSatisfaction()).isNull();
        assertThat(none.suppressed()).isTrue();
    }
}
