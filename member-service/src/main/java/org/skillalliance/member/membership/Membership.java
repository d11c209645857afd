package org.skillalliance.member.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.member.organisation.OrganisationType;
import org.skillalliance.member.shared.IllegalTransition;
import org.skillalliance.member.shared.RuleBroken;

/**
 * An organisation's membership of an alliance; its transitions guard the lifecycle and return what happened, dated
 * the day it took effect.
 */
@AggregateRoot
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

    /**
     * An organisation of the given type applies in a role.
     *
     * @throws RuleBroken (422, field {@code role}) when the role is not open to the organisation's type
     */
    static MembershipEvent.Applied apply(
            UUID allianceId,
            UUID organisationId,
            OrganisationType organisationType,
            MembershipRole role,
            LocalDate today,
            Instant now) {
        if (organisationType != role.fits()) {
            throw RuleBroken.rule(
                    "role",
                    "a " + organisationType + " cannot be a " + role + " (that role is for a " + role.fits() + ")");
        }
        Membership applied = new Membership(
                UUID.randomUUID(), allianceId, organisationId, role, MembershipStatus.APPLIED, today, null, null, now);
        return new MembershipEvent.Applied(applied, today);
    }

    /** Admits an applicant, or reinstates a suspended member. */
    MembershipEvent.Activated activate(LocalDate today, Instant now) {
        require(status == MembershipStatus.APPLIED || status == MembershipStatus.SUSPENDED, "activate");
        if (status == MembershipStatus.APPLIED) {
            joinedOn = today;
        }
        move(MembershipStatus.ACTIVE, now);
        return new MembershipEvent.Activated(this, today);
    }

    MembershipEvent.Rejected reject(LocalDate today, Instant now) {
        require(status == MembershipStatus.APPLIED, "reject");
        move(MembershipStatus.REJECTED, now);
        return new MembershipEvent.Rejected(this, today);
    }

    MembershipEvent.Suspended suspend(LocalDate today, Instant now) {
        require(status == MembershipStatus.ACTIVE, "suspend");
        move(MembershipStatus.SUSPENDED, now);
        return new MembershipEvent.Suspended(this, today);
    }

    MembershipEvent.Withdrawn withdraw(LocalDate today, Instant now) {
        require(status == MembershipStatus.ACTIVE || status == MembershipStatus.SUSPENDED, "withdraw");
        leftOn = today;
        move(MembershipStatus.WITHDRAWN, now);
        return new MembershipEvent.Withdrawn(this, today);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransition("membership", id, status, action);
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
