package org.skillalliance.member.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.skillalliance.contracts.member.MembershipRole;
import org.skillalliance.contracts.member.MembershipStatus;
import org.skillalliance.web.IllegalTransitionException;

/** An organisation's membership of an alliance; its transitions guard the lifecycle. */
public final class Membership {

    private final UUID id;
    private final UUID allianceId;
    private final UUID organisationId;
    private final MembershipRole role;
    private final LocalDate appliedOn;
    private MembershipStatus status;
    private LocalDate joinedOn;
    private LocalDate leftOn;
    private Instant updatedAt;

    Membership(
            UUID id,
            UUID allianceId,
            UUID organisationId,
            MembershipRole role,
            MembershipStatus status,
            LocalDate appliedOn,
            LocalDate joinedOn,
            LocalDate leftOn,
            Instant updatedAt) {
        this.id = id;
        this.allianceId = allianceId;
        this.organisationId = organisationId;
        this.role = role;
        this.status = status;
        this.appliedOn = appliedOn;
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
        this.updatedAt = updatedAt;
    }

    static Membership apply(UUID allianceId, UUID organisationId, MembershipRole role, LocalDate today, Instant now) {
        return new Membership(
                UUID.randomUUID(), allianceId, organisationId, role, MembershipStatus.APPLIED, today, null, null, now);
    }

    /** Admits an applicant, or reinstates a suspended member. */
    void activate(LocalDate today, Instant now) {
        require(status == MembershipStatus.APPLIED || status == MembershipStatus.SUSPENDED, "activate");
        if (status == MembershipStatus.APPLIED) {
            joinedOn = today;
        }
        move(MembershipStatus.ACTIVE, now);
    }

    void reject(Instant now) {
        require(status == MembershipStatus.APPLIED, "reject");
        move(MembershipStatus.REJECTED, now);
    }

    void suspend(Instant now) {
        require(status == MembershipStatus.ACTIVE, "suspend");
        move(MembershipStatus.SUSPENDED, now);
    }

    void withdraw(LocalDate today, Instant now) {
        require(status == MembershipStatus.ACTIVE || status == MembershipStatus.SUSPENDED, "withdraw");
        leftOn = today;
        move(MembershipStatus.WITHDRAWN, now);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransitionException("membership", id, status.name(), action);
        }
    }

    private void move(MembershipStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID allianceId() {
        return allianceId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public MembershipRole role() {
        return role;
    }

    public MembershipStatus status() {
        return status;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
