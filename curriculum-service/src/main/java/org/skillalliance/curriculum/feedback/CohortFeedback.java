package org.skillalliance.curriculum.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The reaction feedback of one cohort.
 *
 * @param respondents        seats with a recorded satisfaction
 * @param minimumRespondents k: the comments are shown only from k respondents on
 * @param meanSatisfaction   the mean satisfaction with 2 decimals (half up), null without respondents
 * @param suppressed         no comment is shown: the cohort's outcomes are not all in, or fewer than k respondents
 * @param suppressedBecause  why, null when the comments are shown
 * @param comments           the comments, alphabetically, without who wrote them; empty when suppressed
 */
@ValueObject
public record CohortFeedback(
        UUID cohortId,
        int respondents,
        int minimumRespondents,
        BigDecimal meanSatisfaction,
        boolean suppressed,
        FeedbackSuppression suppressedBecause,
        List<String> comments) {

    /** Alphabetical, upper and lower case together; ties in the natural order, so the order depends on the text only. */
    static final Comparator<String> ALPHABETICAL =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /**
     * The feedback of a cohort's seats.
     *
     * @param satisfactions the satisfaction of each seat that gave one
     * @param comments      the comments given (null and blank ones are left out)
     * @param k             the fewest respondents whose comments may be shown
     * @param outcomesAllIn whether the cohort is COMPLETED with every seat's outcome recorded: only then are the
     *                      comments released, all at once, so that none can be tied to the seat recorded last
     */
    public static CohortFeedback of(
            UUID cohortId,
            Collection<Integer> satisfactions,
            Collection<String> comments,
            int k,
            boolean outcomesAllIn) {
        int respondents = satisfactions.size();
        BigDecimal mean = respondents == 0
                ? null
                : BigDecimal.valueOf(satisfactions.stream()
                                .mapToLong(Integer::longValue)
                                .sum())
                        .divide(BigDecimal.valueOf(respondents), 2, RoundingMode.HALF_UP);
        FeedbackSuppression suppression = !outcomesAllIn
                ? FeedbackSuppression.COHORT_NOT_COMPLETED
                : respondents < k ? FeedbackSuppression.FEWER_THAN_K_RESPONDENTS : null;
        boolean suppressed = suppression != null;
        List<String> shown = suppressed
                ? List.of()
                : comments.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(comment -> !comment.isEmpty())
                        .sorted(ALPHABETICAL)
                        .toList();
        return new CohortFeedback(cohortId, respondents, k, mean, suppressed, suppression, shown);
    }
}
