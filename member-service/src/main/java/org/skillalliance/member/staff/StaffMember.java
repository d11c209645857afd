package org.skillalliance.member.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.member.shared.IllegalTransition;
import org.skillalliance.member.shared.RuleBroken;

/**
 * A staff member of an employer. Leaving and erasure are one-way; after erasure nothing but the id, the employer and
 * the time of erasure is left. Every change returns what happened.
 */
@AggregateRoot
public final class StaffMember {

    private final UUID id;
    private final UUID employerId;
    private final Instant createdAt;
    private StaffStatus status;
    private StaffDetails details;
    private Instant updatedAt;
    private Instant erasedAt;

    StaffMember(
            UUID id,
            UUID employerId,
            StaffStatus status,
            StaffDetails details,
            Instant createdAt,
            Instant updatedAt,
            Instant erasedAt) {
        this.id = id;
        this.employerId = employerId;
        this.status = status;
        this.details = details;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.erasedAt = erasedAt;
    }

    /**
     * A new record, {@link StaffEvent.Registered}, and {@link StaffEvent.Left} too when its employment has already
     * ended; details must have passed {@link StaffDetails#violations}.
     */
    static List<StaffEvent> register(UUID employerId, StaffDetails details, Instant now) {
        StaffStatus status = details.employmentEnd() == null ? StaffStatus.ACTIVE : StaffStatus.LEFT;
        StaffMember member = new StaffMember(UUID.randomUUID(), employerId, status, details, now, now, null);
        return status == StaffStatus.LEFT
                ? List.of(new StaffEvent.Registered(member), new StaffEvent.Left(member))
                : List.of(new StaffEvent.Registered(member));
    }

    /**
     * Replaces the details: nothing when they are the same; else {@link StaffEvent.DetailsChanged}, followed by
     * {@link StaffEvent.ConsentChanged} when the consent, gender or age band changed and by {@link StaffEvent.Left}
     * when an active staff member's employment end was set (changing a leaver's last day announces no second leaving).
     */
    List<StaffEvent> update(StaffDetails next, Instant now) {
        requireNotErased("update");
        if (next.equals(details)) {
            return List.of();
        }
        if (status == StaffStatus.LEFT && next.employmentEnd() == null) {
            throw new IllegalTransition("staff member", id, status, "clear the employment end of");
        }
        boolean consentChanged = !next.consentToReporting().equals(details.consentToReporting())
                || next.gender() != details.gender()
                || next.ageBand() != details.ageBand();
        boolean left = status == StaffStatus.ACTIVE && next.employmentEnd() != null;
        details = next;
        if (left) {
            status = StaffStatus.LEFT;
        }
        updatedAt = now;
        List<StaffEvent> events = new ArrayList<>(List.of(new StaffEvent.DetailsChanged(this)));
        if (consentChanged) {
            events.add(new StaffEvent.ConsentChanged(this));
        }
        if (left) {
            events.add(new StaffEvent.Left(this));
        }
        return List.copyOf(events);
    }

    /**
     * Records the last day of employment, by the rules of {@link StaffDetails#violations} for it.
     *
     * @throws RuleBroken        (400, field {@code employmentEnd}) when the day is before the employment start or
     *                           after {@code today}
     * @throws IllegalTransition unless the staff member is active
     */
    StaffEvent.Left leave(LocalDate employmentEnd, LocalDate today, Instant now) {
        if (details != null) {
            var violations = details.withEmploymentEnd(employmentEnd).violations(today).stream()
                    .filter(v -> v.field().equals("employmentEnd"))
                    .toList();
            if (!violations.isEmpty()) {
                throw RuleBroken.invalid(violations);
            }
        }
        if (status != StaffStatus.ACTIVE) {
            throw new IllegalTransition("staff member", id, status, "record the leaving of");
        }
        details = details.withEmploymentEnd(employmentEnd);
        status = StaffStatus.LEFT;
        updatedAt = now;
        return new StaffEvent.Left(this);
    }

    /** Wipes every personal field at once. */
    StaffEvent.Erased erase(Instant now) {
        requireNotErased("erase");
        details = null;
        status = StaffStatus.ERASED;
        updatedAt = null;
        erasedAt = now;
        return new StaffEvent.Erased(this);
    }

    /**
     * The learner's own consent: the flag, and the gender and age band sent with it (none with a withdrawal), as
     * {@link #update} would change them.
     *
     * @throws IllegalTransition once erased
     * @throws RuleBroken        (400) a gender or age band with a withdrawal
     */
    List<StaffEvent> recordConsent(boolean given, Gender gender, AgeBand ageBand, LocalDate today, Instant now) {
        if (details == null) {
            throw new IllegalTransition("staff member", id, status, "record the consent of");
        }
        StaffDetails next = details.withConsent(given, gender, ageBand);
        var violations = next.violations(today).stream()
                .filter(v -> v.field().equals("gender") || v.field().equals("ageBand"))
                .toList();
        if (!violations.isEmpty()) {
            throw RuleBroken.invalid(violations);
        }
        return update(next, now);
    }

    private void requireNotErased(String action) {
        if (status == StaffStatus.ERASED) {
            throw new IllegalTransition("staff member", id, status, action);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID employerId() {
        return employerId;
    }

    public StaffStatus status() {
        return status;
    }

    /** The personal details, or null once erased. */
    public StaffDetails details() {
        return details;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
