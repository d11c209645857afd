package org.skillalliance.funding.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.funding.shared.SizeBand;

/** A programme as the API shows it, with its budget from the ledger. Money in minor units of {@code currency}. */
public record ProgrammeResponse(
        UUID id,
        UUID funderId,
        String name,
        ProgrammeStatus status,
        String currency,
        long budgetMinor,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<UUID> eligibleAllianceIds,
        List<SizeBand> eligibleSizeBands,
        List<String> eligibleSectorCodes,
        List<String> eligibleRegions,
        List<String> requiredPriorityTags,
        List<Band> bandRules,
        Long capPerParticipantMinor,
        Long capPerEmployerMinor,
        int suppressionK,
        SchemeRulesView schemeRules,
        BudgetView budget,
        Instant createdAt,
        Instant updatedAt) {

    /** Terms for one size band. */
    public record Band(
            SizeBand sizeBand, BigDecimal costRate, long wageSubsidyPerHourMinor, BigDecimal minimumEmployerShare) {}

    /**
     * The scheme's rules, each null (or empty) when the programme has none of it; {@code payments} are the shares a
     * claim is paid in (the milestones, or the whole claim at COMPLETION when the programme names none).
     */
    public record SchemeRulesView(
            Integer trainingPlanLeadDays,
            BigDecimal minimumAttendedHours,
            BigDecimal attendanceThreshold,
            Integer claimWindowDays,
            List<MilestoneShare> milestones,
            List<MilestoneShare> payments,
            List<Requirement> requirements,
            OnTheJobRule onTheJob) {

        static SchemeRulesView of(SchemeRules r) {
            return new SchemeRulesView(
                    r.planLeadDays(),
                    r.minimumAttendedHours(),
                    r.attendanceThreshold(),
                    r.claimWindowDays(),
                    r.milestones(),
                    r.payments(),
                    r.requirements(),
                    r.onTheJob());
        }
    }

    /** The budget and what the ledger says was committed, is available, was approved and disbursed. */
    public record BudgetView(
            long budgetMinor, long committedMinor, long availableMinor, long approvedMinor, long disbursedMinor) {}

    public static ProgrammeResponse of(GrantProgramme p, ProgrammeManagement.Budget b) {
        Eligibility e = p.eligibility();
        return new ProgrammeResponse(
                p.id(),
                p.funderId(),
                p.name(),
                p.status(),
                p.currency(),
                p.budget().amountMinor(),
                p.periodStart(),
                p.periodEnd(),
                e.allianceIds(),
                e.sizeBands(),
                e.sectorCodes(),
                e.regions(),
                e.requiredPriorityTags(),
                p.bandRules().stream()
                        .map(r -> new Band(
                                r.sizeBand(), r.costRate(), r.wageSubsidyPerHourMinor(), r.minimumEmployerShare()))
                        .toList(),
                p.capPerParticipantMinor(),
                p.capPerEmployerMinor(),
                p.suppressionK(),
                SchemeRulesView.of(p.schemeRules()),
                new BudgetView(
                        b.budget().amountMinor(),
                        b.committed().amountMinor(),
                        b.available().amountMinor(),
                        b.approved().amountMinor(),
                        b.disbursed().amountMinor()),
                p.createdAt(),
                p.updatedAt());
    }
}
