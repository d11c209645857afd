package org.skillalliance.funding.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.shared.IllegalTransition;

/** An application for a grant; its transitions guard the lifecycle. */
@AggregateRoot
public final class GrantApplication {

    private final UUID id;
    private final UUID programmeId;
    private final UUID applicantId;
    private final BeneficiaryKind applicantKind;
    private final UUID cohortId;
    private final Money requested;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private ApplicationStatus status;
    private String decisionNote;
    private final Instant submittedAt;
    private Instant updatedAt;

    GrantApplication(
            UUID id,
            UUID programmeId,
            UUID applicantId,
            BeneficiaryKind applicantKind,
            UUID cohortId,
            Money requested,
            LocalDate periodStart,
            LocalDate periodEnd,
            ApplicationStatus status,
            String decisionNote,
            Instant submittedAt,
            Instant updatedAt) {
        if (applicantKind == BeneficiaryKind.ASSOCIATION && cohortId == null) {
            throw new IllegalArgumentException("an association applies for a cohort");
        }
        this.id = id;
        this.programmeId = programmeId;
        this.applicantId = applicantId;
        this.applicantKind = applicantKind;
        this.cohortId = cohortId;
        this.requested = requested;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.status = status;
        this.decisionNote = decisionNote;
        this.submittedAt = submittedAt;
        this.updatedAt = updatedAt;
    }

    static GrantApplication submit(
            UUID programmeId,
            UUID applicantId,
            BeneficiaryKind kind,
            UUID cohortId,
            Money requested,
            LocalDate periodStart,
            LocalDate periodEnd,
            Instant now) {
        return new GrantApplication(
                UUID.randomUUID(),
                programmeId,
                applicantId,
                kind,
                cohortId,
                requested,
                periodStart,
                periodEnd,
                ApplicationStatus.SUBMITTED,
                null,
                now,
                now);
    }

    void startReview(Instant now) {
        require(status == ApplicationStatus.SUBMITTED, "review");
        move(ApplicationStatus.UNDER_REVIEW, now);
    }

    void reject(String note, Instant now) {
        require(status.isOpen(), "reject");
        decisionNote = note;
        move(ApplicationStatus.REJECTED, now);
    }

    void withdraw(Instant now) {
        require(status.isOpen(), "withdraw");
        move(ApplicationStatus.WITHDRAWN, now);
    }

    /** The award feature decided in the applicant's favour. */
    public void awarded(Instant now) {
        require(status == ApplicationStatus.UNDER_REVIEW, "award");
        move(ApplicationStatus.AWARDED, now);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransition("application", id, status, action);
        }
    }

    private void move(ApplicationStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public UUID applicantId() {
        return applicantId;
    }

    public BeneficiaryKind applicantKind() {
        return applicantKind;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public Money requested() {
        return requested;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
