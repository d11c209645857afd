package org.skillalliance.funding.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.shared.RuleBroken;

/**
 * An employer's training plan for one cohort under one programme: who takes part, for how many hours, at what cost.
 * Filed, and replaced by a new filing, only up to its due date (the cohort's start minus the programme's lead days).
 */
@AggregateRoot
public final class TrainingPlan {

    private final UUID id;
    private final UUID programmeId;
    private final UUID employerId;
    private final UUID cohortId;
    private List<UUID> participantIds;
    private BigDecimal plannedHours;
    private Money cost;
    private LocalDate dueOn;
    private LocalDate filedOn;
    private final Instant createdAt;
    private Instant updatedAt;

    TrainingPlan(
            UUID id,
            UUID programmeId,
            UUID employerId,
            UUID cohortId,
            List<UUID> participantIds,
            BigDecimal plannedHours,
            Money cost,
            LocalDate dueOn,
            LocalDate filedOn,
            Instant createdAt,
            Instant updatedAt) {
        this.id = id;
        this.programmeId = programmeId;
        this.employerId = employerId;
        this.cohortId = cohortId;
        this.participantIds = List.copyOf(new LinkedHashSet<>(participantIds));
        this.plannedHours = plannedHours;
        this.cost = cost;
        this.dueOn = dueOn;
        this.filedOn = filedOn;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /**
     * Files a plan due by {@code due} on {@code today}.
     *
     * @throws RuleBroken naming {@code cohortId} when the due date has passed
     */
    static TrainingPlan file(
            UUID programmeId, UUID employerId, Contents contents, PlanDue due, LocalDate today, Instant now) {
        due.requireOpenOn(today);
        return new TrainingPlan(
                UUID.randomUUID(),
                programmeId,
                employerId,
                contents.cohortId(),
                contents.participantIds(),
                contents.plannedHours(),
                contents.cost(),
                due.dueOn(),
                today,
                now,
                now);
    }

    /**
     * Replaces the plan's contents with a new filing, which must still be in time.
     *
     * @throws RuleBroken naming {@code cohortId} when the due date has passed
     */
    void refile(Contents contents, PlanDue due, LocalDate today, Instant now) {
        due.requireOpenOn(today);
        participantIds = List.copyOf(new LinkedHashSet<>(contents.participantIds()));
        plannedHours = contents.plannedHours();
        cost = contents.cost();
        dueOn = due.dueOn();
        filedOn = today;
        updatedAt = now;
    }

    /** Whether the staff member is one of the plan's participants. */
    public boolean lists(UUID staffId) {
        return participantIds.contains(staffId);
    }

    /** What a filing says: the cohort, its participants (staff ids), the planned hours per participant and the cost. */
    record Contents(UUID cohortId, List<UUID> participantIds, BigDecimal plannedHours, Money cost) {}

    public UUID id() {
        return id;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public UUID employerId() {
        return employerId;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public List<UUID> participantIds() {
        return participantIds;
    }

    public BigDecimal plannedHours() {
        return plannedHours;
    }

    public Money cost() {
        return cost;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
