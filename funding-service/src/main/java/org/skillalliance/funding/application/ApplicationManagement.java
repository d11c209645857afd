package org.skillalliance.funding.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.funding.facts.CohortStatus;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.facts.FactsQueries;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.programme.Eligibility;
import org.skillalliance.funding.programme.GrantProgramme;
import org.skillalliance.funding.programme.ProgrammeManagement;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submitting, reviewing, rejecting and withdrawing grant applications. */
@Service
public class ApplicationManagement {

    /** The roles that take part in applications: applicants and funders. */
    private static final java.util.Set<Role> READERS =
            java.util.Set.of(Role.MEMBER_ADMIN, Role.COORDINATOR, Role.FUNDER);

    private final JdbcApplications applications;
    private final ProgrammeManagement programmes;
    private final FactsQueries facts;
    private final Clock clock;

    ApplicationManagement(
            JdbcApplications applications, ProgrammeManagement programmes, FactsQueries facts, Clock clock) {
        this.applications = applications;
        this.programmes = programmes;
        this.facts = facts;
        this.clock = clock;
    }

    /**
     * An employer or an association applies under an open programme: an employer through its {@code member-admin},
     * an association through its {@code coordinator}, or an admin for either.
     *
     * @throws ApiException.Forbidden           for other roles, a role that does not match {@code applicantKind}, or an
     *                                    {@code applicantId} that is not the caller's organisation
     * @throws RuleBroken                 a field is wrong on its own (currency code, period, missing cohort)
     * @throws RuleBroken                 the programme does not exist, its currency differs, the period is outside
     *                                    the programme's, or the applicant or cohort is not eligible (a draft the
     *                                    caller may not see does not exist)
     * @throws ApiException.Conflict      the applicant already has an open or awarded application for the same cohort
     * @throws org.skillalliance.funding.shared.IllegalTransition the programme is not open
     */
    @Transactional
    public GrantApplication submit(Caller caller, ApplicationRequest r) {
        caller.requireAnyRole("apply for grants", Role.MEMBER_ADMIN, Role.COORDINATOR);
        if (!caller.isAdmin()) {
            Role applying = r.applicantKind() == BeneficiaryKind.ASSOCIATION ? Role.COORDINATOR : Role.MEMBER_ADMIN;
            if (!caller.has(applying) || !caller.actsFor(r.applicantId())) {
                throw new ApiException.Forbidden("an organisation applies only for itself: " + r.applicantKind()
                        + " applications are made by the applicant's " + applying.realmRole());
            }
        }
        List<FieldViolation> invalid = new ArrayList<>();
        if (!Money.isIsoCurrency(r.currency())) {
            invalid.add(new FieldViolation("currency", "'" + r.currency() + "' is not an ISO 4217 currency code"));
        }
        if (r.periodStart() != null && r.periodEnd() != null && r.periodEnd().isBefore(r.periodStart())) {
            invalid.add(new FieldViolation("periodEnd", "must not be before periodStart " + r.periodStart()));
        }
        if (r.applicantKind() == BeneficiaryKind.ASSOCIATION && r.cohortId() == null) {
            invalid.add(new FieldViolation("cohortId", "is required when an association applies (for a whole cohort)"));
        }
        if (!invalid.isEmpty()) {
            throw RuleBroken.invalid(invalid);
        }
        GrantProgramme programme = programmes
                .find(r.programmeId())
                .filter(p -> ProgrammeManagement.visible(caller, p))
                .orElseThrow(() -> RuleBroken.rule("programmeId", "programme " + r.programmeId() + " does not exist"));
        programme.requireOpen("apply to");
        if (!programme.currency().equals(r.currency())) {
            throw RuleBroken.rule(
                    "currency", "must be the programme's currency " + programme.currency() + ", not " + r.currency());
        }
        LocalDate start = r.periodStart() == null ? programme.periodStart() : r.periodStart();
        LocalDate end = r.periodEnd() == null ? programme.periodEnd() : r.periodEnd();
        if (!programme.covers(start)) {
            throw RuleBroken.rule(
                    "periodStart",
                    "must lie inside the programme period " + programme.periodStart() + " to " + programme.periodEnd());
        }
        if (!programme.covers(end)) {
            throw RuleBroken.rule(
                    "periodEnd",
                    "must lie inside the programme period " + programme.periodStart() + " to " + programme.periodEnd());
        }
        if (r.cohortId() != null) {
            checkCohort(programme, r);
        }
        if (r.applicantKind() == BeneficiaryKind.EMPLOYER) {
            checkEmployer(programme, r.applicantId());
        }
        if (applications.hasOpenOrAwarded(programme.id(), r.applicantId(), r.cohortId())) {
            throw new ApiException.Conflict(
                    "applicantId",
                    "already has an open or awarded application under this " + "programme"
                            + (r.cohortId() == null ? "" : " for this cohort"));
        }
        GrantApplication application = GrantApplication.submit(
                programme.id(),
                r.applicantId(),
                r.applicantKind(),
                r.cohortId(),
                Money.of(r.requestedMinor(), r.currency()),
                start,
                end,
                clock.instant());
        applications.insert(application);
        return application;
    }

    /** The funder starts reviewing a submitted application. */
    @Transactional
    public GrantApplication review(Caller caller, UUID id, ApplicationDecision decision) {
        GrantApplication application = lockForFunder(caller, "review applications", id, decision.actorId());
        application.startReview(clock.instant());
        applications.update(application);
        return application;
    }

    /** The funder rejects an application awaiting a decision. */
    @Transactional
    public GrantApplication reject(Caller caller, UUID id, ApplicationDecision decision) {
        GrantApplication application = lockForFunder(caller, "reject applications", id, decision.actorId());
        application.reject(decision.note(), clock.instant());
        applications.update(application);
        return application;
    }

    /** The applicant withdraws an application awaiting a decision (another organisation's is not found). */
    @Transactional
    public GrantApplication withdraw(Caller caller, UUID id, ApplicationDecision decision) {
        caller.requireAnyRole("withdraw applications", Role.MEMBER_ADMIN, Role.COORDINATOR);
        GrantApplication application = lock(id);
        if (!caller.actsFor(application.applicantId())) {
            throw new ApiException.NotFound("application", id);
        }
        if (!application.applicantId().equals(decision.actorId())) {
            throw RuleBroken.rule("actorId", "only the applicant withdraws its application");
        }
        application.withdraw(clock.instant());
        applications.update(application);
        return application;
    }

    /** The application, locked until the transaction ends (the award feature marks it awarded). */
    @Transactional
    public GrantApplication lock(UUID id) {
        return applications.findForUpdate(id).orElseThrow(() -> new ApiException.NotFound("application", id));
    }

    /** Stores the outcome of an award decision taken on a locked application. */
    @Transactional
    public void save(GrantApplication application) {
        applications.update(application);
    }

    /**
     * An application as the caller may see it: the applicant's, the programme's funder's, an admin's.
     *
     * @throws ApiException.Forbidden      for roles that never see applications ({@code provider}, {@code learner})
     * @throws ApiException.NotFound for anyone else's
     */
    @Transactional(readOnly = true)
    public GrantApplication read(Caller caller, UUID id) {
        caller.requireAnyRole("read applications", READERS);
        GrantApplication application = get(id);
        if (!caller.actsFor(application.applicantId())
                && !ProgrammeManagement.funds(caller, programmes.get(application.programmeId()))) {
            throw new ApiException.NotFound("application", id);
        }
        return application;
    }

    /** Applications the caller made or, as the programme's funder, received. */
    @Transactional(readOnly = true)
    public PageResponse<GrantApplication> list(Caller caller, ApplicationFilter filter, PageQuery page) {
        caller.requireAnyRole("read applications", READERS);
        return list(caller.isAdmin() ? filter : filter.visibleTo(caller.listScope()), page);
    }

    @Transactional(readOnly = true)
    public GrantApplication get(UUID id) {
        return applications.find(id).orElseThrow(() -> new ApiException.NotFound("application", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<GrantApplication> list(ApplicationFilter filter, PageQuery page) {
        return PageResponse.of(applications.list(filter, page), page, applications.count(filter));
    }

    private GrantApplication lockForFunder(Caller caller, String action, UUID id, UUID funderId) {
        caller.requireAnyRole(action, Role.FUNDER);
        GrantApplication application = lock(id);
        GrantProgramme programme = programmes.get(application.programmeId());
        if (!ProgrammeManagement.funds(caller, programme)) {
            throw new ApiException.NotFound("application", id);
        }
        if (!programme.funderId().equals(funderId)) {
            throw RuleBroken.rule("actorId", "is not the funder of the application's programme");
        }
        return application;
    }

    /**
     * A cohort named by an application must meet the programme's eligibility for cohorts, so that an award naming it
     * always covers it (DESIGN section 3): known to funding-service, not cancelled, of an alliance the programme lists,
     * its course carrying the required priority tags, priced in the programme's currency; and an association applies
     * only for cohorts it organises. The employer criteria (size band, sector, region) are the applicant's when an
     * employer applies; for an association's group application they apply per seat when claims are made.
     */
    private void checkCohort(GrantProgramme programme, ApplicationRequest r) {
        Eligibility eligibility = programme.eligibility();
        Facts.Cohort cohort = facts.cohort(r.cohortId())
                .orElseThrow(() -> RuleBroken.rule(
                        "cohortId",
                        "cohort " + r.cohortId()
                                + " is not known to funding-service (yet): its events have not arrived"));
        List<String> refusals = new ArrayList<>();
        if (cohort.status() == CohortStatus.CANCELLED) {
            refusals.add("the cohort is cancelled");
        }
        if (r.applicantKind() == BeneficiaryKind.ASSOCIATION
                && !cohort.organiserId().equals(r.applicantId())) {
            refusals.add("the cohort is organised by " + cohort.organiserId()
                    + "; an association applies only for cohorts it organises");
        }
        if (!eligibility.admitsAlliance(cohort.allianceId())) {
            refusals.add("the cohort's alliance " + cohort.allianceId() + " is not one the programme lists "
                    + eligibility.allianceIds());
        }
        Optional<Facts.Course> course = facts.course(cohort.courseId());
        if (course.isEmpty() && !eligibility.requiredPriorityTags().isEmpty()) {
            refusals.add("the cohort's course " + cohort.courseId() + " is not known to funding-service (yet), so "
                    + "its priority tags cannot be checked against the required " + eligibility.requiredPriorityTags());
        } else if (course.isPresent() && !eligibility.admitsCourse(course.get().priorityTags())) {
            List<String> missing = eligibility.requiredPriorityTags().stream()
                    .filter(tag -> !course.get().priorityTags().contains(tag))
                    .toList();
            refusals.add("the cohort's course lacks the required priority tags " + missing + " (it has "
                    + course.get().priorityTags() + ", the programme requires " + eligibility.requiredPriorityTags()
                    + ")");
        }
        if (!programme.currency().equals(cohort.currency())) {
            refusals.add(
                    "the cohort is priced in " + cohort.currency() + ", the programme pays " + programme.currency());
        }
        if (!refusals.isEmpty()) {
            throw RuleBroken.rule("cohortId", String.join("; ", refusals));
        }
    }

    private void checkEmployer(GrantProgramme programme, UUID employerId) {
        Eligibility eligibility = programme.eligibility();
        boolean restrictsEmployers = !eligibility.sizeBands().isEmpty()
                || !eligibility.sectorCodes().isEmpty()
                || !eligibility.regions().isEmpty();
        if (restrictsEmployers) {
            String refusal =
                    eligibility.refusalFor(facts.organisation(employerId).orElse(null));
            if (refusal != null) {
                throw RuleBroken.rule(
                        "applicantId",
                        refusal + " (the programme admits size bands "
                                + anyIfEmpty(eligibility.sizeBands()) + ", sectors "
                                + anyIfEmpty(eligibility.sectorCodes())
                                + ", regions " + anyIfEmpty(eligibility.regions()) + ")");
            }
        }
        if (!eligibility.allianceIds().isEmpty()
                && facts.memberships(employerId).stream()
                        .noneMatch(m -> "ACTIVE".equals(m.status())
                                && eligibility.allianceIds().contains(m.allianceId()))) {
            throw RuleBroken.rule(
                    "applicantId",
                    "has no active membership of an alliance the " + "programme lists " + eligibility.allianceIds());
        }
    }

    private static String anyIfEmpty(List<?> values) {
        return values.isEmpty() ? "any" : values.toString();
    }
}
