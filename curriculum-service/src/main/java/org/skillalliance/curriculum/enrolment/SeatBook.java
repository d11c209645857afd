package org.skillalliance.curriculum.enrolment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jmolecules.ddd.annotation.Service;

/**
 * The seats of one cohort at one moment: capacity, the optional quota per employer, the confirmed seats (in all and
 * per employer) and the number of waiting requests. It decides where a new request goes and who is promoted when seats
 * free up. Only valid while the cohort row is locked: the caller builds it from the cohort's seat counters under the
 * lock.
 */
@Service
public final class SeatBook {

    private final int capacity;
    private final Integer quotaPerEmployer;
    private final Map<UUID, Integer> confirmedByEmployer;
    private int confirmed;
    private int waiting;

    /** A book whose per-employer seats are all known: the confirmed seats are their sum. */
    public SeatBook(int capacity, Integer quotaPerEmployer, Map<UUID, Integer> confirmedByEmployer, int waiting) {
        this(
                capacity,
                quotaPerEmployer,
                confirmedByEmployer.values().stream()
                        .mapToInt(Integer::intValue)
                        .sum(),
                confirmedByEmployer,
                waiting);
    }

    /**
     * A book of {@code confirmed} seats in all, of which {@code confirmedOfEmployers} gives those of the employers it
     * will be asked about (an employer left out holds none).
     */
    public SeatBook(
            int capacity,
            Integer quotaPerEmployer,
            int confirmed,
            Map<UUID, Integer> confirmedOfEmployers,
            int waiting) {
        this.capacity = capacity;
        this.quotaPerEmployer = quotaPerEmployer;
        this.confirmedByEmployer = new HashMap<>(confirmedOfEmployers);
        this.confirmed = confirmed;
        this.waiting = waiting;
    }

    /** Where a new request of this employer goes. */
    public sealed interface Placement {}

    /** A seat is taken. */
    public record Seat() implements Placement {}

    /** The request waits at this 1-based position (the cohort is full, or the employer at its quota). */
    public record Wait(int position) implements Placement {}

    /** Places a new request and books it. */
    public Placement place(UUID employerId) {
        if (hasSeatFor(employerId)) {
            take(employerId);
            return new Seat();
        }
        waiting++;
        return new Wait(waiting);
    }

    /** A confirmed seat of this employer was given up. */
    public void release(UUID employerId) {
        int held = confirmedByEmployer.getOrDefault(employerId, 0);
        if (held == 0) {
            throw new IllegalStateException("employer " + employerId + " holds no seat to release");
        }
        confirmedByEmployer.put(employerId, held - 1);
        confirmed--;
    }

    /**
     * Chooses whom to promote: going through the waiters in FIFO order, each one whose employer is under quota and
     * who passes {@code mayStillEnrol} takes a free seat, until no seat is free. The chosen are booked.
     *
     * @param waitersInOrder the waiting enrolments, earliest first
     */
    public List<Enrolment> promote(List<Enrolment> waitersInOrder, Predicate<Enrolment> mayStillEnrol) {
        List<Enrolment> promoted = new ArrayList<>();
        for (Enrolment waiter : waitersInOrder) {
            if (confirmed >= capacity) {
                break;
            }
            if (hasSeatFor(waiter.employerId()) && mayStillEnrol.test(waiter)) {
                take(waiter.employerId());
                waiting--;
                promoted.add(waiter);
            }
        }
        return promoted;
    }

    private boolean hasSeatFor(UUID employerId) {
        return confirmed < capacity
                && (quotaPerEmployer == null || confirmedByEmployer.getOrDefault(employerId, 0) < quotaPerEmployer);
    }

    private void take(UUID employerId) {
        confirmedByEmployer.merge(employerId, 1, Integer::sum);
        confirmed++;
    }

    public int confirmed() {
        return confirmed;
    }

    public int confirmedOf(UUID employerId) {
        return confirmedByEmployer.getOrDefault(employerId, 0);
    }
}
