package org.skillalliance.funding.award;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.funding.application.ApplicationManagement;
import org.skillalliance.funding.application.GrantApplication;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.facts.FactsQueries;
import org.skillalliance.funding.ledger.EntryType;
import org.skillalliance.funding.ledger.Ledger;
import org.skillalliance.funding.ledger.LedgerEntry;
import org.skillalliance.funding.ledger.LedgerFilter;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.programme.BandRule;
import org.skillalliance.funding.programme.Eligibility;
import org.skillalliance.funding.programme.GrantProgramme;
import org.skillalliance.funding.programme.ProgrammeManagement;
import org.skillalliance.funding.programme.ProgrammeStatus;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Awarding grants within budget, reading awards and their balances, and finding the award that covers a seat. */
@Service
public class AwardManagement {

    /** The roles that take part in awards: beneficiaries (employers, associations) and funders. */
    private static final java.util.Set<Role> READERS =
            java.util.Set.of(Role.MEMBER_ADMIN, Role.COORDINATOR, Role.FUNDER);

    private final JdbcAwards awards;
    private final ProgrammeManagement programmes;
    private final ApplicationManagement applications;
    private final FactsQueries facts;
    private final Ledger ledger;
    private final AwardEventsPublisher events;
    private final Clock clock;

    AwardManagement(
            JdbcAwards awards,
            ProgrammeManagement programmes,
            ApplicationManagement applications,
            FactsQueries facts,
            Ledger ledger,
            AwardEventsPublisher events,
            Clock clock) {
        this.awards = awards;
        this.programmes = programmes;
        this.applications = applications;
        this.facts = facts;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The funder awards a grant on an application under review, committing {@code amountMinor} of the programme's
     * budget. The programme row is locked first, so concurrent awards serialise and their sum never exceeds the
     * budget. Records {@code GRANT_COMMITTED} in the ledger and publishes {@code GrantAwarded}.
     *
     * @throws ApiException.Forbidden          for every role but {@code funder} (and admins)
     * @throws ApiException.NotFound      no such application, or one under another funder's programme
     * @throws RuleBroken                 the funder is not the programme's, the currency differs, or the amount
     *                                    exceeds the available budget or the amount requested
     * @throws org.skillalliance.funding.shared.IllegalTransition the application is not under review or the programme
     *                                    is not open
     */
    @Transactional
    public Award award(Caller caller, AwardRequest request) {
        caller.requireAnyRole("award grants", Role.FUNDER);
        UUID programmeId = applications.get(request.applicationId()).programmeId();
        if (!ProgrammeManagement.funds(caller, programmes.get(programmeId))) {
            throw new ApiException.NotFound("application", request.applicationId());
        }
        GrantProgramme programme = programmes.lock(programmeId).orElseThrow();
        GrantApplication application = applications.lock(request.applicationId());
        if (!programme.funderId().equals(request.funderId())) {
            throw RuleBroken.rule("funderId", "is not the funder of programme " + programme.id());
        }
        programme.requireOpen("award under");
        if (!programme.currency().equals(request.currency())) {
            throw RuleBroken.rule(
                    "currency",
                    "must be the programme's currency " + programme.currency() + ", not " + request.currency());
        }
        Money amount = Money.of(request.amountMinor(), programme.currency());
        AwardEvent.Awarded awarded = Award.grant(
                programme.id(),
                application,
                amount,
                programmes.budget(programme).available(),
                clock.instant());
        application.awarded(clock.instant());
        applications.save(application);
        Award award = awarded.award();
        awards.insert(award);
        ledger.append(LedgerEntry.of(
                        EntryType.GRANT_COMMITTED,
                        amount,
                        today(),
                        clock.instant(),
                        "award " + award.id() + " on application " + application.id())
                .programme(programme.id())
                .award(award.id())
                .employer(award.beneficiaryId())
                .cohort(award.cohortId()));
        events.publish(awarded);
        return award;
    }

    /**
     * An award as the caller may see it: the beneficiary's, the programme's funder's, an admin's.
     *
     * @throws ApiException.Forbidden      for roles that never receive or make awards ({@code provider}, {@code learner})
     * @throws ApiException.NotFound for anyone else's
     */
    @Transactional(readOnly = true)
    public Award read(Caller caller, UUID id) {
        caller.requireAnyRole("read awards", READERS);
        Award award = get(id);
        if (!caller.actsFor(award.beneficiaryId())
                && !ProgrammeManagement.funds(caller, programmes.get(award.programmeId()))) {
            throw new ApiException.NotFound("award", id);
        }
        return award;
    }

    /** Awards the caller received or, as the programme's funder, made. */
    @Transactional(readOnly = true)
    public PageResponse<Award> list(Caller caller, AwardFilter filter, PageQuery page) {
        caller.requireAnyRole("read awards", READERS);
        return list(caller.isAdmin() ? filter : filter.visibleTo(caller.listScope()), page);
    }

    @Transactional(readOnly = true)
    public Award get(UUID id) {
        return awards.find(id).orElseThrow(() -> new ApiException.NotFound("award", id));
    }

    /** The award, locked until the transaction ends: approvals and payments against one award serialise on it. */
    @Transactional
    public Award lock(UUID id) {
        return awards.findForUpdate(id).orElseThrow(() -> new ApiException.NotFound("award", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<Award> list(AwardFilter filter, PageQuery page) {
        return PageResponse.of(awards.list(filter, page), page, awards.count(filter));
    }

    /** What the award committed, what approved claims took of it, what was paid, and what is left, from the ledger. */
    @Transactional(readOnly = true)
    public Balance balance(Award award) {
        String currency = award.amount().currency();
        Money approved =
                ledger.sum(LedgerFilter.ofType(EntryType.CLAIM_APPROVED).award(award.id()), currency);
        Money disbursed =
                ledger.sum(LedgerFilter.ofType(EntryType.DISBURSEMENT_PAID).award(award.id()), currency);
        Money committed =
                ledger.sum(LedgerFilter.ofType(EntryType.GRANT_COMMITTED).award(award.id()), currency);
        return new Balance(committed, approved, disbursed, committed.minus(approved));
    }

    /** An award's money; {@code remaining} is what further claims may still be approved for. */
    public record Balance(Money committed, Money approved, Money disbursed, Money remaining) {}

    /**
     * The award whose programme reimburses the employer's seats in the cohort, or why none does. Of the awards that
     * cover the seats (see {@link Award#covers}), the oldest is taken under which the programme is open, admits the
     * cohort's alliance and course (required priority tags), pays in the cohort's currency, and admits the employer
     * (size band with a band rule, sector, region): so a seat is reimbursed under one award, and an award whose
     * programme refuses the employer leaves the seat to the next one.
     */
    @Transactional(readOnly = true)
    public Coverage coverage(Facts.Cohort cohort, UUID employerId) {
        Optional<Facts.Course> course = facts.course(cohort.courseId());
        Facts.Organisation employer = facts.organisation(employerId).orElse(null);
        List<String> refusals = new ArrayList<>();
        for (Award award : awards.candidates(cohort.id(), employerId)) {
            if (!award.covers(cohort, employerId)) {
                continue;
            }
            GrantProgramme programme = programmes.get(award.programmeId());
            String refusal = refusal(programme, cohort, course, employer);
            if (refusal == null) {
                BandRule rule = programme.ruleFor(employer.sizeBand()).orElseThrow();
                return new Coverage(new Covering(award, programme, rule), null);
            }
            refusals.add("under award " + award.id() + " (programme " + programme.id() + ") " + refusal);
        }
        return new Coverage(
                null,
                refusals.isEmpty()
                        ? NOT_COVERED
                        : "no award reimburses the employer's seats in this cohort: " + String.join("; ", refusals));
    }

    /**
     * The award whose programme pays the employer's signed-off learning at work, or why none does. Of the awards that
     * cover it ({@link Award#coversLearning}: the employer's awards naming no cohort, whose period holds the day of the
     * sign-off), the oldest is taken whose programme is open, has the {@code onTheJob} rule, admits the learning's
     * alliance and admits the employer (size band, sector, region).
     */
    @Transactional(readOnly = true)
    public LearningCoverage learningCoverage(Facts.WorkplaceLearning learning) {
        Facts.Organisation employer = facts.organisation(learning.employerId()).orElse(null);
        List<String> refusals = new ArrayList<>();
        for (Award award : awards.employerAwardsWithoutCohort(learning.employerId())) {
            if (!award.coversLearning(learning.employerId(), learning.signedOffOn())) {
                continue;
            }
            GrantProgramme programme = programmes.get(award.programmeId());
            String refusal = learningRefusal(programme, learning.allianceId(), employer);
            if (refusal == null) {
                return new LearningCoverage(award, programme, null);
            }
            refusals.add("under award " + award.id() + " (programme " + programme.id() + ") " + refusal);
        }
        return new LearningCoverage(
                null,
                null,
                refusals.isEmpty()
                        ? "no award of the employer (naming no cohort) covers learning signed off on "
                                + learning.signedOffOn()
                        : "no award pays the learning: " + String.join("; ", refusals));
    }

    /** Why the programme does not pay the employer's learning at work in the alliance, or null when it does. */
    private static String learningRefusal(GrantProgramme programme, UUID allianceId, Facts.Organisation employer) {
        Eligibility eligibility = programme.eligibility();
        if (programme.status() != ProgrammeStatus.OPEN) {
            return "the programme is " + programme.status();
        }
        if (programme.schemeRules().onTheJobRule().isEmpty()) {
            return "the programme pays no on-the-job hours (no onTheJob rule)";
        }
        if (!eligibility.admitsAlliance(allianceId)) {
            return "the learning's alliance " + allianceId + " is not one the programme lists "
                    + eligibility.allianceIds();
        }
        return eligibility.refusalFor(employer);
    }

    /** Either the award and programme that pay a learning at work, or why none does ({@code reason}). */
    public record LearningCoverage(Award award, GrantProgramme programme, String reason) {

        public boolean covered() {
            return award != null;
        }
    }

    /**
     * Every programme with an award that covers the employer's seats in the cohort ({@link Award#covers}), whatever
     * the programme's state now: the programmes whose reports count those seats.
     */
    @Transactional(readOnly = true)
    public List<GrantProgramme> coveringProgrammes(Facts.Cohort cohort, UUID employerId) {
        return awards.candidates(cohort.id(), employerId).stream()
                .filter(award -> award.covers(cohort, employerId))
                .map(Award::programmeId)
                .distinct()
                .map(programmes::get)
                .toList();
    }

    /** Why the programme does not reimburse the employer's seats in the cohort, or null when it does. */
    private static String refusal(
            GrantProgramme programme, Facts.Cohort cohort, Optional<Facts.Course> course, Facts.Organisation employer) {
        Eligibility eligibility = programme.eligibility();
        if (programme.status() != ProgrammeStatus.OPEN) {
            return "the programme is " + programme.status();
        }
        if (!eligibility.admitsAlliance(cohort.allianceId())) {
            return "the cohort's alliance " + cohort.allianceId() + " is not one the programme lists "
                    + eligibility.allianceIds();
        }
        if (course.isEmpty() && !eligibility.requiredPriorityTags().isEmpty()) {
            return "the cohort's course " + cohort.courseId() + " is not known yet, so its priority tags "
                    + "cannot be checked against the required " + eligibility.requiredPriorityTags();
        }
        if (course.isPresent() && !eligibility.admitsCourse(course.get().priorityTags())) {
            return "the course's priority tags " + course.get().priorityTags() + " lack the required "
                    + eligibility.requiredPriorityTags();
        }
        if (!programme.currency().equals(cohort.currency())) {
            return "the cohort is priced in " + cohort.currency() + ", the programme pays " + programme.currency();
        }
        String employerRefusal = eligibility.refusalFor(employer);
        if (employerRefusal != null) {
            return employerRefusal;
        }
        if (programme.ruleFor(employer.sizeBand()).isEmpty()) {
            return "size band " + employer.sizeBand() + " has no band rule";
        }
        return null;
    }

    /** The reason a seat has no covering award, when no award covers it at all. */
    public static final String NOT_COVERED = "no award covers the employer's seats in this cohort";

    /** Either the award that reimburses the seats ({@code covering}) or why none does ({@code reason}). */
    public record Coverage(Covering covering, String reason) {

        public Optional<Covering> award() {
            return Optional.ofNullable(covering);
        }
    }

    /** The funder of the award's programme. */
    @Transactional(readOnly = true)
    public UUID funderOf(Award award) {
        return programmes.get(award.programmeId()).funderId();
    }

    /** An award with its programme and the programme's terms for the employer's size band. */
    public record Covering(Award award, GrantProgramme programme, BandRule rule) {}

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
