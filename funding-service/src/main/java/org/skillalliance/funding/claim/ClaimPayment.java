package org.skillalliance.funding.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.allocation.Allocation;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.programme.Milestone;
import org.skillalliance.funding.programme.MilestoneShare;

/**
 * One planned payment of an approved claim: its share of the approved amount at one milestone, due until a
 * disbursement pays it.
 *
 * @param milestone      the milestone it is paid at
 * @param amount         its part of the approved amount
 * @param status         {@code DUE} or {@code PAID}
 * @param disbursementId the disbursement that paid it (null while due)
 * @param paidOn         the day it was paid (null while due)
 */
@ValueObject
public record ClaimPayment(
        Milestone milestone, Money amount, ClaimPayment.Status status, UUID disbursementId, LocalDate paidOn) {

    /** Whether a payment was made. */
    public enum Status {
        DUE,
        PAID
    }

    public ClaimPayment {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        if ((status == Status.PAID) != (disbursementId != null && paidOn != null)) {
            throw new IllegalArgumentException("a paid payment has a disbursement and a day, a due one neither");
        }
    }

    /**
     * Splits an approved amount over the milestones by their shares, by the largest-remainder method ({@link
     * Allocation#split}): the parts sum exactly to the amount and each is within one minor unit of amount x share; the
     * units left over go to the largest remainders, ties to the earlier milestone. A part of 0 (an amount of fewer
     * minor units than milestones) is no payment: it is left out.
     *
     * @param approved the approved amount
     * @param shares   the programme's payments ({@code SchemeRules.payments()}), in milestone order, summing to 1
     * @return the due payments in milestone order
     */
    public static List<ClaimPayment> plan(Money approved, List<MilestoneShare> shares) {
        int scale = shares.stream()
                .mapToInt(s -> Math.max(s.share().stripTrailingZeros().scale(), 0))
                .max()
                .orElse(0);
        List<Allocation.Claimant> claimants = new ArrayList<>();
        for (MilestoneShare share : shares) {
            BigDecimal weight = share.share().movePointRight(scale);
            claimants.add(Allocation.Claimant.of(key(share.milestone()), weight.longValueExact()));
        }
        Map<String, Long> parts = Allocation.split(approved.amountMinor(), claimants);
        List<ClaimPayment> payments = new ArrayList<>();
        for (MilestoneShare share : shares) {
            long part = parts.get(key(share.milestone()));
            if (part > 0) {
                payments.add(new ClaimPayment(
                        share.milestone(), Money.of(part, approved.currency()), Status.DUE, null, null));
            }
        }
        return List.copyOf(payments);
    }

    /** Keys in milestone order, so that ties of the split go to the earlier milestone. */
    private static String key(Milestone milestone) {
        return milestone.ordinal() + "-" + milestone.name();
    }

    ClaimPayment paid(UUID disbursement, LocalDate day) {
        return new ClaimPayment(milestone, amount, Status.PAID, disbursement, day);
    }

    public boolean isDue() {
        return status == Status.DUE;
    }
}
