package org.skillalliance.reporting.workplace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.disclosure.SmallCellSuppression;

/**
 * The definitions of the {@link WorkplaceLearning} figures over the sign-offs a report counts. Plain Java;
 * {@code WorkplaceLearningFiguresTest} checks each one.
 */
public final class WorkplaceLearningFigures {

    /** The kinds of learning at work ({@code WorkplaceLearningSignedOff.kind}), in the order the reports list them. */
    static final List<String> KINDS = List.of("ON_THE_JOB", "MENTORING", "WORKSHOP");

    private WorkplaceLearningFigures() {}

    /**
     * The figures over {@code signOffs}, the kinds' cells suppressed with {@code k} on distinct learners.
     *
     * <p>The kinds are a breakdown where one person may sit in several cells (a learner on the job and mentored), so
     * {@link SmallCellSuppression} applies its rule for such breakdowns: a kind under k never stays the only one
     * suppressed, and where even the suppressed kinds would give their learners away against the total (every learner
     * in one suppressed kind, or fewer than k in all) the kinds are withheld whole. Every kind is listed, an empty one
     * with zeros, so a reader knows that each suppressed kind holds at least one learner.
     */
    public static WorkplaceLearning of(List<SignOff> signOffs, int k) {
        Map<String, Tally> byKind = new LinkedHashMap<>();
        KINDS.forEach(kind -> byKind.put(kind, new Tally()));
        Tally total = new Tally();
        long levels = 0;
        for (SignOff signOff : signOffs) {
            total.add(signOff);
            // a kind the contract does not name yet is listed after the three, so the kinds still add up to the total
            byKind.computeIfAbsent(signOff.kind(), kind -> new Tally()).add(signOff);
            levels += signOff.levelReached();
        }
        Map<String, Integer> learners = new LinkedHashMap<>();
        byKind.forEach((kind, tally) -> learners.put(kind, tally.learners.size()));
        Set<String> hidden = SmallCellSuppression.suppressed(learners, k);
        List<WorkplaceLearning.Kind> kinds = new ArrayList<>();
        if (!SmallCellSuppression.givesAway(learners, hidden, k)) {
            byKind.forEach((kind, tally) -> kinds.add(
                    hidden.contains(kind)
                            ? WorkplaceLearning.Kind.suppressed(kind)
                            : new WorkplaceLearning.Kind(
                                    kind, false, (long) tally.learners.size(), tally.signedOff, tally.hours())));
        }
        boolean meanSuppressed = !SmallCellSuppression.showable(total.learners.size(), k);
        BigDecimal meanLevel = signOffs.isEmpty() || meanSuppressed
                ? null
                : BigDecimal.valueOf(levels).divide(BigDecimal.valueOf(signOffs.size()), 2, RoundingMode.HALF_UP);
        return new WorkplaceLearning(
                total.learners.size(), total.signedOff, total.hours(), kinds, meanLevel, meanSuppressed);
    }

    /** The sign-offs of one cell: who, how many, how many hours (exact). */
    private static final class Tally {
        final Set<UUID> learners = new HashSet<>();
        long signedOff;
        BigDecimal hours = BigDecimal.ZERO;

        void add(SignOff signOff) {
            learners.add(signOff.learner());
            signedOff++;
            hours = hours.add(signOff.loggedHours());
        }

        BigDecimal hours() {
            // a sum of hours of at most 2 places has at most 2 places: the scale only fixes how it is written
            return hours.setScale(2, RoundingMode.UNNECESSARY);
        }
    }
}
