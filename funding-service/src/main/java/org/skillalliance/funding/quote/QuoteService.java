package org.skillalliance.funding.quote;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.funding.allocation.CostShareManagement;
import org.skillalliance.funding.award.AwardManagement;
import org.skillalliance.funding.claim.ClaimManagement;
import org.skillalliance.funding.claim.Reimbursement;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.facts.FactsQueries;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.plan.PlanDue;
import org.skillalliance.funding.plan.TrainingPlanManagement;
import org.skillalliance.funding.programme.GrantProgramme;
import org.skillalliance.funding.programme.SchemeRules;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers what grant offset an employer can expect for one seat in a cohort. */
@Service
public class QuoteService {

    private final FactsQueries facts;
    private final CostShareManagement costShares;
    private final AwardManagement awards;
    private final ClaimManagement claims;
    private final TrainingPlanManagement plans;
    private final Clock clock;

    QuoteService(
            FactsQueries facts,
            CostShareManagement costShares,
            AwardManagement awards,
            ClaimManagement claims,
            TrainingPlanManagement plans,
            Clock clock) {
        this.facts = facts;
        this.costShares = costShares;
        this.awards = awards;
        this.claims = claims;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * The expected offset of one completed seat with full attendance, computed with the same rules as a claim (the
     * participant cap assumes a participant with nothing received yet; the employer cap subtracts what the employer
     * already claimed under the programme), and never more than the award has left.
     *
     * <p>It shows the programme's scheme rules that apply to the seat: the training plan's due date and whether the
     * employer filed one, the minimum hours and attendance threshold, the claim deadline and the milestone payments.
     * The offset is 0, with the reason, when a required plan was not filed by its due date, or when a seat with full
     * attendance of the course's planned hours would not count (too few planned hours for the programme's minimum).
     *
     * <p>Asked on behalf of a person (curriculum-service forwards the caller's token): the employer's
     * {@code member-admin}, the coordinator organising the cohort, or an admin.
     *
     * @throws ApiException.Forbidden      for every role but {@code member-admin} and {@code coordinator} (and admins)
     * @throws ApiException.NotFound when funding-service has not heard of the cohort, or the caller is neither the
     *                               employer nor the cohort's organiser
     */
    @Transactional(readOnly = true)
    public Quote quote(Caller caller, UUID cohortId, UUID employerId) {
        caller.requireAnyRole("ask for subsidy quotes", Role.MEMBER_ADMIN, Role.COORDINATOR);
        Facts.Cohort cohort = facts.cohort(cohortId).orElseThrow(() -> new ApiException.NotFound("cohort", cohortId));
        boolean employer = caller.has(Role.MEMBER_ADMIN) && caller.actsFor(employerId);
        boolean organiser = caller.has(Role.COORDINATOR) && caller.actsFor(cohort.organiserId());
        if (!caller.isAdmin() && !employer && !organiser) {
            throw new ApiException.NotFound("cohort", cohortId);
        }
        BigDecimal hours = facts.course(cohort.courseId())
                .map(Facts.Course::hours)
                .map(BigDecimal::stripTrailingZeros)
                .orElse(BigDecimal.ZERO);
        Optional<CostShareManagement.SeatCost> seatCost = costShares.expectedSeatCost(cohortId, employerId);
        if (seatCost.isEmpty()) {
            return none(
                    cohort,
                    employerId,
                    null,
                    false,
                    hours,
                    "the cohort has started and the employer holds no seat in it");
        }
        BigDecimal cost = seatCost.get().amountMinor().toDecimal(2);
        boolean fixed = seatCost.get().fixed();
        AwardManagement.Coverage coverage = awards.coverage(cohort, employerId);
        if (coverage.award().isEmpty()) {
            return none(cohort, employerId, cost, fixed, hours, coverage.reason());
        }
        AwardManagement.Covering covering = coverage.covering();
        GrantProgramme programme = covering.programme();
        Reimbursement.Terms terms = new Reimbursement.Terms(
                covering.rule(), programme.capPerParticipantMinor(), programme.capPerEmployerMinor());
        Reimbursement.Result result = Reimbursement.claim(
                terms,
                List.of(new Reimbursement.Seat(
                        new UUID(0, 0), new UUID(0, 0), seatCost.get().amountMinor(), hours)),
                Map.of(),
                Fraction.of(claims.claimedByEmployer(programme.id(), employerId)));
        long left = awards.balance(covering.award()).remaining().amountMinor();
        SchemeRules rules = programme.schemeRules();
        PlanDue planDue = rules.requiresPlan() ? PlanDue.of(rules, cohort.startDate()) : null;
        // filed by the due date for the start as known now (a start moved earlier can make a plan late)
        boolean planFiled = plans.filed(programme.id(), employerId, cohortId)
                .filter(p -> planDue == null || !p.filedOn().isAfter(planDue.dueOn()))
                .isPresent();
        String refusal;
        if (planDue != null && !planFiled && !planDue.openOn(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            refusal = "no training plan was filed by " + planDue.dueOn() + " (programme " + programme.id()
                    + " requires one " + planDue.leadDays() + " days before the cohort starts)";
        } else {
            refusal = rules.seatRefusal(hours, hours)
                    .map(why -> "a seat attending all the course's planned hours would not count: " + why)
                    .orElse(null);
        }
        return new Quote(
                cohortId,
                employerId,
                cohort.currency(),
                refusal == null ? Math.min(result.amountMinor(), left) : 0,
                cost,
                fixed,
                hours,
                refusal == null ? covering.award().id() : null,
                refusal == null ? programme.id() : null,
                refusal,
                planDue == null ? null : planDue.dueOn(),
                planFiled,
                rules.minimumAttendedHours(),
                rules.attendanceThreshold(),
                rules.claimDeadline(cohort.endDate()).orElse(null),
                rules.payments());
    }

    private static Quote none(
            Facts.Cohort cohort, UUID employerId, BigDecimal cost, boolean fixed, BigDecimal hours, String reason) {
        return new Quote(
                cohort.id(),
                employerId,
                cohort.currency(),
                0,
                cost,
                fixed,
                hours,
                null,
                null,
                reason,
                null,
                false,
                null,
                null,
                null,
                List.of());
    }
}
