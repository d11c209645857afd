package org.skillalliance.funding.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.ddd.annotation.Service;
import org.skillalliance.funding.facts.WorkplaceLearningKind;
import org.skillalliance.funding.programme.OnTheJobRule;

/**
 * The claim lines of an employer's signed-off learning at work under a programme's {@code onTheJob} rule (issue 20,
 * docs/funding.md "On-the-job hours"), exactly:
 *
 * <pre>
 * hours counted = min(logged hours, max hours per participant - hours the participant already counted under the
 *                 programme, in other claims and in this claim's earlier lines)
 * line          = half-up(rate per hour x hours counted)      (once per line; hours have at most 2 decimals)
 * line'         = min(line, cap per employer - what the employer already claimed under the programme
 *                           - this claim's earlier lines')
 * claim         = sum of the lines'
 * </pre>
 *
 * The employer cap cuts the last lines first, in sign-off order, as if each line were claimed when its learning was
 * signed off: lines are paid in full while the cap has room, the line that reaches the cap is paid what is left (its
 * hours stay those counted against the participant's cap) and the learning after it is excluded with the reason, its
 * hours not counted. So the lines always sum to the claim, and learning signed off later never changes an earlier line.
 *
 * With {@code requiresOffTheJob}, only participants with a completed seat in a cohort the programme covers are paid;
 * the others' learning is excluded with its reason, as is learning whose participant has no hours left. Plain Java.
 */
@Service
public final class WorkplaceHours {

    /** A signed-off learning of one participant, not claimed elsewhere. */
    public record Learning(
            UUID learningId, WorkplaceLearningKind kind, UUID staffId, BigDecimal loggedHours, LocalDate signedOffOn) {}

    /** One paid line: the hours counted and the amount, rounded half up once. */
    public record Line(
            UUID learningId,
            WorkplaceLearningKind kind,
            UUID staffId,
            BigDecimal loggedHours,
            BigDecimal hours,
            long amountMinor) {}

    /** The lines (after the employer cap) and the learning excluded with its reason. */
    public record Result(List<Line> lines, List<ExcludedLearning> excluded) {

        /** The claim's amount: the sum of its lines. */
        public long amountMinor() {
            return lines.stream().mapToLong(Line::amountMinor).reduce(0, Math::addExact);
        }
    }

    private WorkplaceHours() {}

    /**
     * Computes the lines of a workplace learning claim.
     *
     * @param learning           the learning to pay, in the order the hours cap is used (signed off first, first)
     * @param claimWindowDays    the programme's claim window: learning signed off more than this many days before
     *                           {@code today} can no longer be claimed; null without a window
     * @param today              the day of the computation
     * @param hoursBefore        hours each participant already counted under the programme in other claims
     * @param completedOffTheJob participants with a completed seat in a cohort the programme covers (read only with
     *                           {@code requiresOffTheJob})
     * @param capPerEmployerMinor most the employer may claim under the programme, or null
     * @param claimedByEmployer  what the employer already claimed under the programme in other claims
     */
    public static Result claim(
            OnTheJobRule rule,
            List<Learning> learning,
            Integer claimWindowDays,
            LocalDate today,
            Map<UUID, BigDecimal> hoursBefore,
            Set<UUID> completedOffTheJob,
            Long capPerEmployerMinor,
            long claimedByEmployer) {
        Map<UUID, BigDecimal> counted = new HashMap<>(hoursBefore);
        List<Line> lines = new ArrayList<>();
        List<ExcludedLearning> excluded = new ArrayList<>();
        long capLeft =
                capPerEmployerMinor == null ? Long.MAX_VALUE : Math.max(0, capPerEmployerMinor - claimedByEmployer);
        for (Learning l : learning) {
            if (claimWindowDays != null
                    && l.signedOffOn().plusDays(claimWindowDays).isBefore(today)) {
                excluded.add(new ExcludedLearning(
                        l.learningId(),
                        l.staffId(),
                        "signed off on " + l.signedOffOn() + ": the claim window of " + claimWindowDays
                                + " days closed on " + l.signedOffOn().plusDays(claimWindowDays)));
                continue;
            }
            if (rule.requiresOffTheJob() && !completedOffTheJob.contains(l.staffId())) {
                excluded.add(new ExcludedLearning(
                        l.learningId(),
                        l.staffId(),
                        "the programme pays on-the-job hours only with off-the-job training: the participant has no"
                                + " completed seat in a cohort the programme covers"));
                continue;
            }
            BigDecimal before = counted.getOrDefault(l.staffId(), BigDecimal.ZERO);
            BigDecimal left = rule.maxHoursPerParticipant().subtract(before).max(BigDecimal.ZERO);
            if (left.signum() == 0) {
                excluded.add(new ExcludedLearning(
                        l.learningId(),
                        l.staffId(),
                        "the participant's " + plainHours(rule.maxHoursPerParticipant())
                                + " h under the programme are used up"));
                continue;
            }
            if (capLeft == 0) {
                excluded.add(new ExcludedLearning(
                        l.learningId(),
                        l.staffId(),
                        "the employer's cap of " + capPerEmployerMinor
                                + " minor units under the programme is used up"));
                continue;
            }
            BigDecimal hours = l.loggedHours().min(left);
            long amount = BigDecimal.valueOf(rule.ratePerHourMinor())
                    .multiply(hours)
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            long paid = Math.min(amount, capLeft);
            capLeft -= paid;
            counted.put(l.staffId(), before.add(hours));
            lines.add(new Line(
                    l.learningId(), l.kind(), l.staffId(), plainHours(l.loggedHours()), plainHours(hours), paid));
        }
        return new Result(List.copyOf(lines), List.copyOf(excluded));
    }

    /** Hours as a plain decimal without trailing zeros (14.50 -> 14.5, 10.00 -> 10). */
    static BigDecimal plainHours(BigDecimal hours) {
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
