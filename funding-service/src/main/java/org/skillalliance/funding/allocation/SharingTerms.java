package org.skillalliance.funding.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The cost-sharing rule a coordinator chose for a cohort, and the split it gives.
 *
 * @param rule          how the cost is shared
 * @param baseFeeMinor  with {@link CostSharingRule#BASE_PLUS_PER_SEAT}: the base fee per employer; otherwise null
 * @param maxShareMinor the most one employer pays, or null; applied only when the caps of all participants together
 *                      can cover the total (otherwise the split is uncapped, see docs/funding.md)
 */
@ValueObject
public record SharingTerms(CostSharingRule rule, Long baseFeeMinor, Long maxShareMinor) {

    public static final SharingTerms DEFAULT = new SharingTerms(CostSharingRule.PER_SEAT, null, null);

    public SharingTerms {
        if (rule == CostSharingRule.BASE_PLUS_PER_SEAT && (baseFeeMinor == null || baseFeeMinor < 0)) {
            throw new IllegalArgumentException("a base fee of 0 or more is required with BASE_PLUS_PER_SEAT");
        }
        if (rule != CostSharingRule.BASE_PLUS_PER_SEAT && baseFeeMinor != null) {
            throw new IllegalArgumentException("a base fee belongs only to BASE_PLUS_PER_SEAT");
        }
        if (maxShareMinor != null && maxShareMinor < 0) {
            throw new IllegalArgumentException("the maximum share must be 0 or more");
        }
    }

    /**
     * Shares {@code totalMinor} among the participants (employers with at least one seat), summing exactly to it.
     *
     * <ul>
     *   <li>EQUAL: the same for each employer;</li>
     *   <li>PER_SEAT: in proportion to seats;</li>
     *   <li>PER_HEADCOUNT: in proportion to headcount (an unknown headcount weighs as 1);</li>
     *   <li>BASE_PLUS_PER_SEAT: each employer pays the base fee (all together at most the total, split equally when
     *       the total is smaller), and the rest is shared per seat.</li>
     * </ul>
     */
    public List<ShareLine> split(long totalMinor, List<Participant> participants) {
        List<Participant> sharing =
                participants.stream().filter(p -> p.seats() > 0).toList();
        if (sharing.isEmpty()) {
            return List.of();
        }
        boolean capped = maxShareMinor != null && BigIntegerMath.timesFits(maxShareMinor, sharing.size(), totalMinor);
        Map<String, Long> amounts;
        if (rule == CostSharingRule.BASE_PLUS_PER_SEAT) {
            long basePortion = Math.min(totalMinor, BigIntegerMath.saturatedTimes(baseFeeMinor, sharing.size()));
            Map<String, Long> base = Allocation.split(basePortion, claimants(sharing, CostSharingRule.EQUAL, null));
            Map<String, Long> remainingCaps = new LinkedHashMap<>();
            if (capped) {
                base.forEach((key, amount) -> remainingCaps.put(key, Math.max(0, maxShareMinor - amount)));
            }
            // a base fee above the maximum share leaves the caps unable to hold the rest: then the rest is uncapped
            boolean restCapped = capped
                    && remainingCaps.values().stream()
                                    .map(java.math.BigInteger::valueOf)
                                    .reduce(java.math.BigInteger.ZERO, java.math.BigInteger::add)
                                    .compareTo(java.math.BigInteger.valueOf(totalMinor - basePortion))
                            >= 0;
            List<Allocation.Claimant> perSeat = new ArrayList<>();
            for (Participant p : sharing) {
                String key = p.employerId().toString();
                perSeat.add(new Allocation.Claimant(key, p.seats(), restCapped ? remainingCaps.get(key) : null));
            }
            Map<String, Long> rest = Allocation.split(totalMinor - basePortion, perSeat);
            amounts = new LinkedHashMap<>();
            base.forEach((key, amount) -> amounts.put(key, amount + rest.get(key)));
        } else {
            amounts = Allocation.split(totalMinor, claimants(sharing, rule, capped ? maxShareMinor : null));
        }
        return sharing.stream()
                .map(p -> new ShareLine(
                        p.employerId(),
                        p.seats(),
                        p.headcount(),
                        amounts.get(p.employerId().toString())))
                .sorted(java.util.Comparator.comparing(ShareLine::employerId))
                .toList();
    }

    private static List<Allocation.Claimant> claimants(List<Participant> sharing, CostSharingRule rule, Long cap) {
        return sharing.stream()
                .map(p -> new Allocation.Claimant(
                        p.employerId().toString(),
                        switch (rule) {
                            case EQUAL -> 1;
                            case PER_SEAT, BASE_PLUS_PER_SEAT -> p.seats();
                            case PER_HEADCOUNT -> p.headcount() == null ? 1 : Math.max(0, p.headcount());
                        },
                        cap))
                .toList();
    }

    /** Overflow-safe products of non-negative longs. */
    static final class BigIntegerMath {
        private BigIntegerMath() {}

        static boolean timesFits(long factor, int count, long atLeast) {
            return java.math.BigInteger.valueOf(factor)
                            .multiply(java.math.BigInteger.valueOf(count))
                            .compareTo(java.math.BigInteger.valueOf(atLeast))
                    >= 0;
        }

        static long saturatedTimes(long factor, int count) {
            java.math.BigInteger product =
                    java.math.BigInteger.valueOf(factor).multiply(java.math.BigInteger.valueOf(count));
            return product.bitLength() < 63 ? product.longValueExact() : Long.MAX_VALUE;
        }
    }
}
