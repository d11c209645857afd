package org.skillalliance.funding.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.facts.FactsQueries;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.programme.GrantProgramme;
import org.skillalliance.funding.programme.ProgrammeManagement;
import org.skillalliance.funding.programme.ProgrammeStatus;
import org.skillalliance.funding.programme.SchemeRules;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Filing, replacing, reading and listing training plans, and the plan a claim or a quote looks for. */
@Service
public class TrainingPlanManagement {

    private final JdbcTrainingPlans plans;
    private final ProgrammeManagement programmes;
    private final FactsQueries facts;
    private final Clock clock;

    TrainingPlanManagement(JdbcTrainingPlans plans, ProgrammeManagement programmes, FactsQueries facts, Clock clock) {
        this.plans = plans;
        this.programmes = programmes;
        this.facts = facts;
        this.clock = clock;
    }

    /** A filing's result: the plan, and whether it is new ({@code false}: it replaced the plan filed before). */
    public record Filed(TrainingPlan plan, boolean created) {}

    /**
     * The employer's {@code member-admin} files a training plan for a cohort under an open programme whose scheme
     * rules require one, by the due date (the cohort's start minus the programme's lead days). A plan of the same
     * programme, employer and cohort is replaced while not yet due.
     *
     * @throws ApiException.Forbidden for every role but {@code member-admin} (and admins), or another employer named
     * @throws RuleBroken             400: a currency that is not ISO 4217; 422: the programme does not exist (a draft
     *                                the caller may not see does not), is not open or requires no plan, the currency
     *                                is not the programme's, the cohort is not known, or the plan is past its due date
     */
    @Transactional
    public Filed file(Caller caller, TrainingPlanRequest r) {
        caller.requireAnyRole("file training plans", Role.MEMBER_ADMIN);
        if (!caller.actsFor(r.employerId())) {
            throw new ApiException.Forbidden(
                    "an employer files training plans only for itself, not for " + r.employerId());
        }
        if (!Money.isIsoCurrency(r.currency())) {
            throw RuleBroken.invalid("currency", "'" + r.currency() + "' is not an ISO 4217 currency code");
        }
        GrantProgramme programme = programmes
                .find(r.programmeId())
                .filter(p -> ProgrammeManagement.visible(caller, p))
                .orElseThrow(() -> RuleBroken.rule("programmeId", "programme " + r.programmeId() + " does not exist"));
        if (programme.status() != ProgrammeStatus.OPEN) {
            throw RuleBroken.rule(
                    "programmeId",
                    "the programme is " + programme.status() + "; training plans are filed under open programmes");
        }
        SchemeRules rules = programme.schemeRules();
        if (!rules.requiresPlan()) {
            throw RuleBroken.rule("programmeId", "programme " + programme.id() + " requires no training plan");
        }
        if (!programme.currency().equals(r.currency())) {
            throw RuleBroken.rule(
                    "currency", "must be the programme's currency " + programme.currency() + ", not " + r.currency());
        }
        Facts.Cohort cohort = facts.cohort(r.cohortId())
                .orElseThrow(() -> RuleBroken.rule(
                        "cohortId",
                        "cohort " + r.cohortId()
                                + " is not known to funding-service (yet): its events have not arrived"));
        PlanDue due = PlanDue.of(rules, cohort.startDate());
        TrainingPlan.Contents contents = new TrainingPlan.Contents(
                cohort.id(), r.participantIds(), r.plannedHours(), Money.of(r.costMinor(), r.currency()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Optional<TrainingPlan> existing = plans.findForUpdate(programme.id(), r.employerId(), cohort.id());
        if (existing.isEmpty()) {
            TrainingPlan plan =
                    TrainingPlan.file(programme.id(), r.employerId(), contents, due, today, clock.instant());
            if (plans.insertIfAbsent(plan)) {
                return new Filed(plan, true);
            }
            // a concurrent first filing won the insert: replace what it filed
            existing = plans.findForUpdate(programme.id(), r.employerId(), cohort.id());
        }
        TrainingPlan plan = existing.orElseThrow();
        plan.refile(contents, due, today, clock.instant());
        plans.update(plan);
        return new Filed(plan, false);
    }

    /**
     * A plan as the caller may see it: the employer's {@code member-admin}, the programme's funder, an admin.
     *
     * @throws ApiException.Forbidden for roles that never see plans (all but {@code member-admin} and {@code funder})
     * @throws ApiException.NotFound  for anyone else's
     */
    @Transactional(readOnly = true)
    public TrainingPlan read(Caller caller, UUID id) {
        caller.requireAnyRole("read training plans", Role.MEMBER_ADMIN, Role.FUNDER);
        TrainingPlan plan = plans.find(id).orElseThrow(() -> new ApiException.NotFound("training plan", id));
        boolean employer = caller.has(Role.MEMBER_ADMIN) && caller.actsFor(plan.employerId());
        if (!employer && !ProgrammeManagement.funds(caller, programmes.get(plan.programmeId()))) {
            throw new ApiException.NotFound("training plan", id);
        }
        return plan;
    }

    /** Plans of the caller's organisation as the employer, or, as the programme's funder, plans filed with it. */
    @Transactional(readOnly = true)
    public PageResponse<TrainingPlan> list(Caller caller, TrainingPlanFilter filter, PageQuery page) {
        caller.requireAnyRole("read training plans", Role.MEMBER_ADMIN, Role.FUNDER);
        TrainingPlanFilter visible = caller.isAdmin() ? filter : filter.visibleTo(caller.listScope());
        return PageResponse.of(plans.list(visible, page), page, plans.count(visible));
    }

    /** The plan the employer filed for the cohort under the programme, if any. */
    @Transactional(readOnly = true)
    public Optional<TrainingPlan> filed(UUID programmeId, UUID employerId, UUID cohortId) {
        return plans.find(programmeId, employerId, cohortId);
    }
}
