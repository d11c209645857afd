package org.skillalliance.member.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.skillalliance.web.IllegalTransitionException;

/**
 * A staff member of an employer. Leaving and erasure are one-way; after erasure nothing but the id, the employer and
 * the time of erasure is left.
 */
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

    /** A new record; details must have passed {@link StaffDetails#violations}. */
    static StaffMember register(UUID employerId, StaffDetails details, Instant now) {
        StaffStatus status = details.employmentEnd() == null ? StaffStatus.ACTIVE : StaffStatus.LEFT;
        return new StaffMember(UUID.randomUUID(), employerId, status, details, now, now, null);
    }

    /** What an update changed, so that the right events follow. */
    record Change(boolean any, boolean consentChanged, boolean left) {}

    Change update(StaffDetails next, Instant now) {
        requireNotErased("update");
        if (next.equals(details)) {
            return new Change(false, false, false);
        }
        if (status == StaffStatus.LEFT && next.employmentEnd() == null) {
            throw new IllegalTransitionException("staff member", id, status.name(), "clear the employment end of");
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
        return new Change(true, consentChanged, left);
    }

    void leave(LocalDate employmentEnd, Instant now) {
        if (status != StaffStatus.ACTIVE) {
            throw new IllegalTransitionException("staff member", id, status.name(), "record the leaving of");
        }
        details = new StaffDetails(
                details.firstName(),
                details.lastName(),
                details.email(),
                details.jobRoleIsco(),
                details.employmentStart(),
                employmentEnd,
                details.consentToReporting(),
                details.gender(),
                details.ageBand());
        status = StaffStatus.LEFT;
        updatedAt = now;
    }

    /** Wipes every personal field at once. */
    void erase(Instant now) {
        requireNotErased("erase");
        details = null;
        status = StaffStatus.ERASED;
        updatedAt = null;
        erasedAt = now;
    }

    private void requireNotErased(String action) {
        if (status == StaffStatus.ERASED) {
            throw new IllegalTransitionException("staff member", id, status.name(), action);
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
