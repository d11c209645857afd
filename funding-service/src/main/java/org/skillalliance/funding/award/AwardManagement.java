package org.skillalliance.funding.award;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.funding.application.GrantApplication;
import org.skillalliance.funding.application.ApplicationManagement;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.facts.FactsQueries;
import org.skillalliance.funding.ledger.EntryType;
import org.skillalliance.funding.ledger.Ledger;
import org.skillalliance.funding.ledger.LedgerEntry;
import org.skillalliance.funding.ledger.LedgerFilter;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.programme.GrantProgramme;
import org.skillalliance.funding.programme.ProgrammeManagement;
import org.skillalliance.messaging.outbox.Outbox;
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
    private static final java.util.Set<Role> READERS = java.util.Set.of(Role.MEMBER_ADMIN, Role.COORDINATOR,
            Role.FUNDER);

    private final JdbcAwards awards;
    private final ProgrammeManagement programmes;
    private final ApplicationManagement applications;
    private final FactsQueries facts;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Clock clock;

    AwardManagement(JdbcAwards awards, ProgrammeManagement programmes, ApplicationManagement applications,
                    FactsQueries facts, Ledger ledger, Outbox outbox, Clock clock) {
        this.awards = awards;
        this.programmes = programmes;
        this.applications = applications;
        this.facts = facts;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The funder awards a grant on an application under review, committing {@code amountMinor} of the programme's
     * budget. The programme row is locked first, so concurrent awards serialise and their sum never exceeds the
     * budget. Records {@code GRANT_COMMITTED} in the ledger and publishes {@code GrantAwarded}.
     *
     * @throws ApiException.Forbidden          for every role but {@code funder} (and admins)
     * @throws ApiException.NotFound      no such application, or one under another funder's programme
     * @throws ApiException.RuleViolation the funder is not the programme's, the currency differs, or the amount
     *                                    exceeds the available budget or the amount requested
     * @throws org.skillalliance.web.IllegalTransitionException the application is not under review or the programme
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
            throw new ApiException.RuleViolation("funderId", "is not the funder of programme " + programme.id());
        }
        programme.requireOpen("award under");
        if (!programme.currency().equals(request.currency())) {
            throw new ApiException.RuleViolation("currency", "must be the programme's currency "
                    + programme.currency() + ", not " + request.currency());
        }
        Money amount = Money.of(request.amountMinor(), programme.currency());
        Money available = programmes.budget(programme).available();
        if (amount.exceeds(available)) {
            throw new ApiException.RuleViolation("amountMinor", "exceeds the programme's available budget of "
                    + available.amountMinor() + " " + available.currency());
        }
        if (amount.exceeds(application.requested())) {
            throw new ApiException.RuleViolation("amountMinor", "exceeds the requested amount of "
                    + application.requested().amountMinor() + " " + application.requested().currency());
        }
        application.awarded(clock.instant());
        applications.save(application);
        Award award = new Award(UUID.randomUUID(), programme.id(), application.id(), application.applicantId(),
                application.applicantKind(), application.cohortId(), amount, application.periodStart(),
                application.periodEnd(), clock.instant());
        awards.insert(award);
        ledger.append(LedgerEntry.of(EntryType.GRANT_COMMITTED, amount, today(), clock.instant(),
                        "award " + award.id() + " on application " + application.id())
                .programme(programme.id()).award(award.id()).employer(award.beneficiaryId()).cohort(award.cohortId()));
        outbox.append(EventTypes.GRANT_AWARDED, award.id(), award.event());
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
        Money approved = ledger.sum(LedgerFilter.ofType(EntryType.CLAIM_APPROVED).award(award.id()), currency);
        Money disbursed = ledger.sum(LedgerFilter.ofType(EntryType.DISBURSEMENT_PAID).award(award.id()), currency);
        Money committed = ledger.sum(LedgerFilter.ofType(EntryType.GRANT_COMMITTED).award(award.id()), currency);
        return new Balance(committed, approved, disbursed, committed.minus(approved));
    }

    /** An award's money; {@code remaining} is what further claims may still be approved for. */
    public record Balance(Money committed, Money approved, Money disbursed, Money remaining) {
    }

    /**
     * The award that covers the employer's seats in the cohort, if any: the oldest award that covers them (see
     * {@link Award#covers}) under a programme that admits the cohort's alliance and course.
     */
    @Transactional(readOnly = true)
    public Optional<Covering> coveringAward(Facts.Cohort cohort, UUID employerId) {
        Optional<Facts.Course> course = facts.course(cohort.courseId());
        for (Award award : awards.candidates(cohort.id(), employerId)) {
            if (!award.covers(cohort, employerId)) {
                continue;
            }
            GrantProgramme programme = programmes.get(award.programmeId());
            boolean courseAdmitted = course.map(c -> programme.eligibility().admitsCourse(c.priorityTags()))
                    .orElse(programme.eligibility().requiredPriorityTags().isEmpty());
            if (programme.eligibility().admitsAlliance(cohort.allianceId()) && courseAdmitted
                    && programme.currency().equals(cohort.currency())) {
                return Optional.of(new Covering(award, programme));
            }
        }
        return Optional.empty();
    }

    /** The funder of the award's programme. */
    @Transactional(readOnly = true)
    public UUID funderOf(Award award) {
        return programmes.get(award.programmeId()).funderId();
    }

    /** An award with its programme. */
    public record Covering(Award award, GrantProgramme programme) {
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
