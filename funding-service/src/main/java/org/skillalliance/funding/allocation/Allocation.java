package org.skillalliance.funding.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.Service;
import org.skillalliance.funding.money.Fraction;

/**
 * Splits an integer total into integer parts in proportion to weights, by the largest-remainder method: each part
 * gets the floor of its exact quota, and the units left over go one each to the largest fractional remainders, ties
 * to the smaller key. A part with a cap never exceeds it: a claimant whose quota is above its cap gets the cap, and the
 * rest is split again among the others (water-filling), so the parts always sum exactly to the total.
 *
 * <p>The result does not depend on the order of the claimants. When every weight is zero the split is equal.
 */
@Service
public final class Allocation {

    /**
     * One party to a split.
     *
     * @param key    stable, unique key (an id); breaks ties
     * @param weight zero or more
     * @param cap    the most it may receive, or {@code null} for no cap
     */
    public record Claimant(String key, long weight, Long cap) {

        public Claimant {
            Objects.requireNonNull(key, "key");
            if (weight < 0) {
                throw new IllegalArgumentException("weight must be 0 or more, got " + weight);
            }
            if (cap != null && cap < 0) {
                throw new IllegalArgumentException("cap must be 0 or more, got " + cap);
            }
        }

        public static Claimant of(String key, long weight) {
            return new Claimant(key, weight, null);
        }
    }

    private Allocation() {}

    /**
     * Splits {@code total} among the claimants.
     *
     * @return each key with its part, ordered by key
     * @throws IllegalArgumentException if the total is negative, there is nobody to give a positive total to, a key
     *                                  repeats, or every claimant is capped and the caps sum to less than the total
     */
    public static Map<String, Long> split(long total, List<Claimant> claimants) {
        if (total < 0) {
            throw new IllegalArgumentException("total must be 0 or more, got " + total);
        }
        List<Claimant> sorted = new ArrayList<>(claimants);
        sorted.sort(Comparator.comparing(Claimant::key));
        Set<String> keys = new HashSet<>();
        for (Claimant c : sorted) {
            if (!keys.add(c.key())) {
                throw new IllegalArgumentException("duplicate key " + c.key());
            }
        }
        if (total > 0 && sorted.isEmpty()) {
            throw new IllegalArgumentException("nobody to allocate " + total + " to");
        }
        if (sorted.stream().allMatch(c -> c.cap() != null)
                && sorted.stream()
                                .map(c -> BigInteger.valueOf(c.cap()))
                                .reduce(BigInteger.ZERO, BigInteger::add)
                                .compareTo(BigInteger.valueOf(total))
                        < 0) {
            throw new IllegalArgumentException("the caps sum to less than the total " + total);
        }

        Map<String, Long> parts = new LinkedHashMap<>();
        sorted.forEach(c -> parts.put(c.key(), 0L));
        List<Claimant> active = new ArrayList<>(sorted);
        long remaining = total;
        while (true) {
            List<Fraction> quotas = quotas(remaining, active);
            List<Claimant> overCap = new ArrayList<>();
            for (int i = 0; i < active.size(); i++) {
                Claimant c = active.get(i);
                if (c.cap() != null && quotas.get(i).compareTo(Fraction.of(c.cap())) > 0) {
                    overCap.add(c);
                }
            }
            if (overCap.isEmpty()) {
                distribute(remaining, active, quotas, parts);
                return parts;
            }
            for (Claimant c : overCap) {
                parts.put(c.key(), c.cap());
                remaining -= c.cap();
            }
            active.removeAll(overCap);
        }
    }

    private static List<Fraction> quotas(long remaining, List<Claimant> active) {
        long totalWeight = active.stream().mapToLong(Claimant::weight).reduce(0, Math::addExact);
        List<Fraction> quotas = new ArrayList<>();
        for (Claimant c : active) {
            quotas.add(
                    totalWeight == 0
                            ? Fraction.of(remaining, active.size())
                            : Fraction.of(
                                    BigInteger.valueOf(remaining).multiply(BigInteger.valueOf(c.weight())),
                                    BigInteger.valueOf(totalWeight)));
        }
        return quotas;
    }

    private static void distribute(
            long remaining, List<Claimant> active, List<Fraction> quotas, Map<String, Long> parts) {
        long given = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            long floor = quotas.get(i).floor().longValueExact();
            parts.put(active.get(i).key(), floor);
            given += floor;
            order.add(i);
        }
        order.sort(Comparator.<Integer, Fraction>comparing(i -> quotas.get(i).fractionalPart())
                .reversed()
                .thenComparing(i -> active.get(i).key()));
        long leftover = remaining - given;
        for (int k = 0; k < leftover; k++) {
            String key = active.get(order.get(k)).key();
            parts.put(key, parts.get(key) + 1);
        }
    }
}
