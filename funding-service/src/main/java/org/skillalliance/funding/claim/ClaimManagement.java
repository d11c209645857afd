package org.skillalliance.funding.claim;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skillalliance.funding.allocation.CostShareManagement;
import org.skillalliance.funding.award.Award;
import org.skillalliance.funding.award.AwardManagement;
import org.skillalliance.funding.facts.CohortStarted;
import org.skillalliance.funding.facts.EnrolmentOutcome;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.facts.FactsQueries;
import org.skillalliance.funding.facts.LearningSignedOff;
import org.skillalliance.funding.facts.OutcomeRecorded;
import org.skillalliance.funding.ledger.EntryType;
import org.skillalliance.funding.ledger.Ledger;
import org.skillalliance.funding.ledger.LedgerEntry;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.plan.TrainingPlanManagement;
import org.skillalliance.funding.programme.GrantProgramme;
import org.skillalliance.funding.programme.OnTheJobRule;
import org.skillalliance.funding.programme.ProgrammeManagement;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims arising from outcomes and signed-off learning at work, their submission within a claim window, approval, rejection and payment. */
@Service
public class ClaimManagement {

    private static final Logger log = LoggerFactory.getLogger(ClaimManagement.class);

    private final JdbcClaims claims;
    private final AwardManagement awards;
    private final ProgrammeManagement programmes;
    private final CostShareManagement costShares;
    private final FactsQueries facts;
    private final TrainingPlanManagement plans;
    private final Ledger ledger;
    private final ClaimEventsPublisher events;
    private final ClaimReports reports;
    private final Clock clock;

    ClaimManagement(
            JdbcClaims claims,
            AwardManagement awards,
            ProgrammeManagement programmes,
            CostShareManagement costShares,
            FactsQueries facts,
            TrainingPlanManagement plans,
            Ledger ledger,
            ClaimEventsPublisher events,
            ClaimReports reports,
            Clock clock) {
        this.claims = claims;
        this.awards = awards;
        this.programmes = programmes;
        this.costShares = costShares;
        this.facts = facts;
        this.plans = plans;
        this.ledger = ledger;
        this.events = events;
        this.reports = reports;
        this.clock = clock;
    }

    /** An outcome arrived: (re)computes the employer's claim for the cohort. */
    @EventListener
    @Transactional
    public void onOutcome(OutcomeRecorded outcome) {
        Optional<SeatRefresh> seats = seatRefresh(outcome.cohortId(), outcome.employerId());
        // a completed seat may be what a programme requiring off-the-job training waited for
        List<WorkplaceRefresh> workplace = workplaceRefreshes(outcome.employerId());
        List<Refresh> all = new ArrayList<>(workplace);
        seats.ifPresent(all::add);
        lock(all);
        seats.ifPresent(this::refresh);
        workplace.forEach(this::refreshWorkplace);
    }

    /** A learning at work was signed off: (re)computes the employer's claims for learning at work. */
    @EventListener
    @Transactional
    public void onLearningSignedOff(LearningSignedOff signedOff) {
        List<WorkplaceRefresh> workplace = workplaceRefreshes(signedOff.employerId());
        lock(workplace);
        workplace.forEach(this::refreshWorkplace);
    }

    /** What a claim refresh writes under: the caps of (programme, employer) and the claim of the award. */
    private sealed interface Refresh permits SeatRefresh, WorkplaceRefresh {
        UUID programmeId();

        UUID employerId();

        UUID awardId();
    }

    /** The employer's seats in a cohort, to be claimed under the award that covers them. */
    private record SeatRefresh(
            Facts.Cohort cohort,
            UUID employerId,
            CostShareManagement.SeatCost seatCost,
            AwardManagement.Coverage coverage)
            implements Refresh {

        @Override
        public UUID programmeId() {
            return coverage.covering().programme().id();
        }

        @Override
        public UUID awardId() {
            return coverage.covering().award().id();
        }
    }

    /** The employer's signed-off learning at work that one award pays. */
    private record WorkplaceRefresh(
            AwardManagement.LearningCoverage coverage, UUID employerId, List<Facts.WorkplaceLearning> learning)
            implements Refresh {

        @Override
        public UUID programmeId() {
            return coverage.programme().id();
        }

        @Override
        public UUID awardId() {
            return coverage.award().id();
        }
    }

    /**
     * Takes every lock the refreshes of one transaction need, before the first of them reads a cap or writes a claim,
     * in the one order every claim writer follows (docs/funding.md "Concurrency"): the (programme, employer) caps
     * locks ordered by employer, then programme; then the award rows in id order; the claims come last, each under its
     * award (approval, rejection, submission and payment lock the award, then the claim). Taking them refresh by
     * refresh would interleave them: an outcome refreshing its seat claim and then the employer's workplace claims
     * could hold one award while a concurrent sign-off held another, each waiting for the other.
     */
    private void lock(List<? extends Refresh> refreshes) {
        refreshes.stream()
                .map(r -> new CapsOf(r.programmeId(), r.employerId()))
                .distinct()
                .sorted(Comparator.comparing(CapsOf::employerId).thenComparing(CapsOf::programmeId))
                .forEach(caps -> claims.lockCaps(caps.programmeId(), caps.employerId()));
        refreshes.stream().map(Refresh::awardId).distinct().sorted().forEach(awards::lock);
    }

    private record CapsOf(UUID programmeId, UUID employerId) {}

    /**
     * The employer's signed-off learning at work by the award that pays it (docs/funding.md "On-the-job hours"): each
     * learning goes to the oldest award that pays it ({@link AwardManagement#learningCoverage}), and each such award's
     * open workplace claim is then recomputed, or opened when a line is paid ({@link #refreshWorkplace}), in award id
     * order.
     */
    private List<WorkplaceRefresh> workplaceRefreshes(UUID employerId) {
        Map<UUID, AwardManagement.LearningCoverage> coverageByAward = new TreeMap<>();
        Map<UUID, List<Facts.WorkplaceLearning>> learningByAward = new TreeMap<>();
        for (Facts.WorkplaceLearning learning : facts.workplaceLearning(employerId)) {
            AwardManagement.LearningCoverage coverage = awards.learningCoverage(learning);
            if (!coverage.covered()) {
                log.info(
                        "No claim for learning {} of staff {} (employer {}): {}",
                        learning.learningId(),
                        learning.staffId(),
                        employerId,
                        coverage.reason());
                continue;
            }
            coverageByAward.putIfAbsent(coverage.award().id(), coverage);
            learningByAward
                    .computeIfAbsent(coverage.award().id(), award -> new ArrayList<>())
                    .add(learning);
        }
        return learningByAward.entrySet().stream()
                .map(byAward ->
                        new WorkplaceRefresh(coverageByAward.get(byAward.getKey()), employerId, byAward.getValue()))
                .toList();
    }

    /** Recomputes (or opens) the award's workplace claim; the caller holds the locks ({@link #lock}). */
    private void refreshWorkplace(WorkplaceRefresh refresh) {
        GrantProgramme programme = refresh.coverage().programme();
        OnTheJobRule rule = programme.schemeRules().onTheJobRule().orElseThrow();
        UUID employerId = refresh.employerId();
        UUID awardId = refresh.awardId();
        List<Facts.WorkplaceLearning> learning = refresh.learning();
        Optional<Claim> open = claims.findOpenWorkplace(awardId, employerId, today());
        UUID thisClaim = open.map(Claim::id).orElse(new UUID(0, 0));
        Set<String> claimedElsewhere = claims.learningInOtherClaims(employerId, thisClaim, today());
        List<WorkplaceHours.Learning> unclaimed = learning.stream()
                .filter(l -> !claimedElsewhere.contains(l.learningId() + "/" + l.staffId()))
                .map(l -> new WorkplaceHours.Learning(
                        l.learningId(), l.kind(), l.staffId(), l.loggedHours(), l.signedOffOn()))
                .toList();
        if (unclaimed.isEmpty() && open.isEmpty()) {
            return;
        }
        Set<UUID> staff =
                unclaimed.stream().map(WorkplaceHours.Learning::staffId).collect(Collectors.toSet());
        WorkplaceHours.Result result = WorkplaceHours.claim(
                rule,
                unclaimed,
                programme.schemeRules().claimWindowDays(),
                today(),
                claims.hoursCountedByParticipants(programme.id(), staff, thisClaim, today()),
                rule.requiresOffTheJob() ? completedOffTheJob(programme, employerId, staff) : Set.of(),
                programme.capPerEmployerMinor(),
                claims.claimedByEmployer(programme.id(), employerId, thisClaim, today()));
        if (open.isPresent()) {
            open.get().recomputeWorkplace(result, clock.instant());
            claims.update(open.get());
        } else if (!result.lines().isEmpty()) {
            Claim opened = Claim.openForWorkplace(
                    awardId,
                    programme.id(),
                    employerId,
                    programme.currency(),
                    result,
                    ClaimWindow.of(programme.schemeRules(), firstSignedOff(unclaimed, result)),
                    clock.instant());
            claims.insert(opened);
            opened.submittedWhenOpened().ifPresent(events::publish);
        } else {
            log.info(
                    "No claim for learning at work of employer {} under award {}: no learning counts: {}",
                    employerId,
                    awardId,
                    result.excluded());
        }
    }

    /** The day the earliest learning a new workplace claim pays was signed off: its claim window opens then. */
    private static LocalDate firstSignedOff(List<WorkplaceHours.Learning> learning, WorkplaceHours.Result result) {
        Set<String> paid = result.lines().stream()
                .map(l -> l.learningId() + "/" + l.staffId())
                .collect(Collectors.toSet());
        return learning.stream()
                .filter(l -> paid.contains(l.learningId() + "/" + l.staffId()))
                .map(WorkplaceHours.Learning::signedOffOn)
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The participants with a completed seat in a cohort the programme covers (through an award of its). */
    private Set<UUID> completedOffTheJob(GrantProgramme programme, UUID employerId, Set<UUID> staff) {
        return staff.stream()
                .filter(staffId -> facts.cohortsCompleted(employerId, staffId).stream()
                        .flatMap(cohortId -> facts.cohort(cohortId).stream())
                        .anyMatch(cohort -> awards.coveringProgrammes(cohort, employerId).stream()
                                .anyMatch(covering -> covering.id().equals(programme.id()))))
                .collect(Collectors.toSet());
    }

    /**
     * What a refresh of the employer's claim for the cohort needs, when there is one to make: the cohort, its fixed
     * seat cost and the award that covers the employer's seats ({@link AwardManagement#coverage}).
     */
    private Optional<SeatRefresh> seatRefresh(UUID cohortId, UUID employerId) {
        Optional<Facts.Cohort> cohort = facts.cohort(cohortId);
        if (cohort.isEmpty()) {
            return Optional.empty();
        }
        Optional<CostShareManagement.SeatCost> seatCost = costShares.fixedSeatCost(cohortId, employerId);
        if (seatCost.isEmpty()) {
            return Optional.empty();
        }
        AwardManagement.Coverage coverage = awards.coverage(cohort.get(), employerId);
        if (coverage.award().isEmpty()) {
            log.info("No claim for employer {} in cohort {}: {}", employerId, cohortId, coverage.reason());
            return Optional.empty();
        }
        return Optional.of(new SeatRefresh(cohort.get(), employerId, seatCost.get(), coverage));
    }

    /** Shares were just fixed (they are, by the ordering): outcomes recorded before the start can now be claimed. */
    @EventListener
    @Order(2)
    @Transactional
    public void onCohortStarted(CohortStarted started) {
        List<SeatRefresh> seats = facts.employersWithOutcomes(started.cohortId()).stream()
                .flatMap(employer -> seatRefresh(started.cohortId(), employer).stream())
                .toList();
        lock(seats);
        seats.forEach(this::refresh);
    }

    /**
     * Recomputes the claim of an employer for a cohort from its completed outcomes, if an award's programme reimburses
     * them (see {@link AwardManagement#coverage}) and the cohort's shares are fixed. Seats already in another claim
     * (under any award) are not claimed again; an undecided claim is updated in place, so a repeated outcome creates
     * no second claim. Completed seats the programme's scheme rules do not count ({@link SeatRules}: no training plan
     * listing the participant, too few hours, attendance below the threshold) are kept with the claim as excluded
     * seats; when no seat counts, no claim is made.
     *
     * <p>The caps per employer and per participant are computed from the programme's other claims of the employer,
     * which another award of the programme (an employer award and a cohort award, say) may be writing at the same
     * time, on this instance or another. So the refresh first takes a transaction lock on (programme, employer): two
     * refreshes of one employer under one programme serialise, the second reading what the first committed. A
     * participant is staff of one employer, so the same lock guards the participant cap. The caller takes the locks,
     * with those of the other refreshes of its transaction ({@link #lock}): (programme, employer), then the award row;
     * the claim comes last, as every other writer takes award before claim.
     */
    private void refresh(SeatRefresh refresh) {
        Facts.Cohort cohort = refresh.cohort();
        UUID cohortId = cohort.id();
        UUID employerId = refresh.employerId();
        AwardManagement.Coverage coverage = refresh.coverage();
        GrantProgramme programme = coverage.covering().programme();
        Reimbursement.Terms terms = new Reimbursement.Terms(
                coverage.covering().rule(), programme.capPerParticipantMinor(), programme.capPerEmployerMinor());
        UUID awardId = refresh.awardId();
        Optional<Claim> open = claims.findOpen(awardId, employerId, cohortId);
        UUID thisClaim = open.map(Claim::id).orElse(new UUID(0, 0));
        Set<UUID> claimedElsewhere = claims.enrolmentsInOtherClaims(employerId, cohortId, thisClaim, today());
        SeatRules seatRules = SeatRules.of(
                programme.schemeRules(),
                facts.course(cohort.courseId()).map(Facts.Course::hours).orElse(null),
                cohort.startDate(),
                plans.filed(programme.id(), employerId, cohortId));
        List<Reimbursement.Seat> seats = new ArrayList<>();
        List<ExcludedSeat> excluded = new ArrayList<>();
        facts.outcomes(cohortId, employerId).stream()
                .filter(o -> o.outcome() == EnrolmentOutcome.COMPLETED && !claimedElsewhere.contains(o.enrolmentId()))
                .sorted(Comparator.comparing(Facts.Outcome::enrolmentId))
                .forEach(o -> seatRules
                        .refusal(o.staffId(), o.attendedHours())
                        .ifPresentOrElse(
                                why -> excluded.add(new ExcludedSeat(o.enrolmentId(), o.staffId(), why)),
                                () -> seats.add(new Reimbursement.Seat(
                                        o.enrolmentId(),
                                        o.staffId(),
                                        refresh.seatCost().amountMinor(),
                                        o.attendedHours()))));
        Map<UUID, Fraction> received = claims.receivedByParticipants(
                programme.id(), seats.stream().map(Reimbursement.Seat::staffId).toList(), thisClaim, today());
        Fraction claimedBefore = Fraction.of(claims.claimedByEmployer(programme.id(), employerId, thisClaim, today()));
        Reimbursement.Result result = Reimbursement.claim(terms, seats, received, claimedBefore);
        if (open.isPresent()) {
            open.get().recompute(result, excluded, clock.instant());
            claims.update(open.get());
        } else if (!seats.isEmpty()) {
            Claim opened = Claim.open(
                    awardId,
                    programme.id(),
                    employerId,
                    cohortId,
                    programme.currency(),
                    result,
                    excluded,
                    ClaimWindow.of(programme.schemeRules(), cohort.endDate()),
                    clock.instant());
            claims.insert(opened);
            opened.submittedWhenOpened().ifPresent(events::publish);
        } else if (!excluded.isEmpty()) {
            log.info(
                    "No claim for employer {} in cohort {}: no completed seat counts under programme {}: {}",
                    employerId,
                    cohortId,
                    programme.id(),
                    excluded);
        }
    }

    /** What the employer claimed (or was approved) under the programme, rejected claims aside. */
    @Transactional(readOnly = true)
    public long claimedByEmployer(UUID programmeId, UUID employerId) {
        return claims.claimedByEmployer(programmeId, employerId, new UUID(0, 0), today());
    }

    /**
     * The employer submits its draft claim, from the day the cohort ends to the last day of the claim window.
     *
     * @throws ApiException.Forbidden for every role but {@code member-admin} (and admins)
     * @throws ApiException.NotFound  no such claim, or another employer's
     * @throws RuleBroken             {@code employerId} is not the claim's employer, or the window is not open today
     *                                (naming {@code claimId}, with the day it opens or closed)
     * @throws org.skillalliance.funding.shared.IllegalTransition the claim is not a draft
     */
    @Transactional
    public Claim submit(Caller caller, UUID id, ClaimSubmission submission) {
        caller.requireAnyRole("submit claims", Role.MEMBER_ADMIN);
        Claim seen = get(id);
        // authorised on a plain read first, so nobody else's request can hold the award's and the claim's row locks
        if (!caller.isAdmin() && !caller.actsFor(seen.employerId())) {
            throw new ApiException.NotFound("claim", id);
        }
        Award award = awards.lock(seen.awardId());
        Claim claim = lockClaim(id);
        if (!claim.employerId().equals(submission.employerId())) {
            throw RuleBroken.rule("employerId", "is not the claim's employer");
        }
        ClaimEvent.Submitted submitted = claim.submit(today(), clock.instant());
        claims.update(claim);
        events.publish(submitted);
        log.info("Claim {} under award {} submitted", claim.id(), award.id());
        return claim;
    }

    /**
     * The funder approves a submitted claim for its amount, or for what the award has left if that is less. Records
     * {@code CLAIM_APPROVED} in the ledger and publishes {@code ClaimApproved}. The approved amount is split over the
     * programme's milestones into the payments {@link #pay} makes.
     *
     * @throws ApiException.Forbidden          for every role but {@code funder} (and admins)
     * @throws ApiException.NotFound      no such claim, or one under another funder's programme
     * @throws RuleBroken                 {@code funderId} is not the programme's, or the award has nothing left /
     *                                    the claim is for nothing
     */
    @Transactional
    public Claim approve(Caller caller, UUID id, ClaimDecision decision) {
        caller.requireAnyRole("approve claims", Role.FUNDER);
        Award award = awards.lock(get(id).awardId());
        Claim claim = lockClaim(id);
        requireFunder(caller, award, claim, decision);
        Money left = awards.balance(award).remaining();
        if (claim.status() == ClaimStatus.SUBMITTED
                && (claim.claimed().amountMinor() == 0 || left.amountMinor() == 0)) {
            throw RuleBroken.rule(
                    "claimId",
                    claim.claimed().amountMinor() == 0
                            ? "the claim is for nothing; reject it"
                            : "award " + award.id() + " has nothing left to approve");
        }
        ClaimEvent approved = claim.approve(
                left, programmes.get(claim.programmeId()).schemeRules().payments(), clock.instant());
        claims.update(claim);
        claims.insertPayments(claim);
        ledger.append(LedgerEntry.of(
                        EntryType.CLAIM_APPROVED,
                        claim.approved(),
                        today(),
                        clock.instant(),
                        "claim " + claim.id() + " approved")
                .programme(claim.programmeId())
                .award(claim.awardId())
                .claim(claim.id())
                .employer(claim.employerId())
                .cohort(claim.cohortId()));
        events.publish(approved);
        return claim;
    }

    /** The funder rejects a submitted claim; its seats are not claimed again. */
    @Transactional
    public Claim reject(Caller caller, UUID id, ClaimDecision decision) {
        caller.requireAnyRole("reject claims", Role.FUNDER);
        Award award = awards.lock(get(id).awardId());
        Claim claim = lockClaim(id);
        requireFunder(caller, award, claim, decision);
        claim.reject(decision.note(), clock.instant());
        claims.update(claim);
        return claim;
    }

    /**
     * Pays the next milestone payment of an approved claim (START, COMPLETION, OUTCOME; a programme without milestones:
     * the whole approved amount at COMPLETION) in one disbursement: records {@code DISBURSEMENT_PAID} with its
     * milestone in the ledger (the grant offset on the employer's statement) and publishes {@code DisbursementPaid}.
     * The claim is paid once its last payment is. The award row is locked and each payment checked against what it
     * committed.
     *
     * A requirement of the programme that gates the payment and whose report the funder has not accepted blocks it
     * (see {@link ClaimReports#blockers}), judged on {@code paidOn} or today, whichever is later. A payment is never
     * dated after today (the ledger is append-only: a mistyped future day could not be corrected) nor before the
     * claim's previous one.
     *
     * @throws RuleBroken naming {@code milestone} when the body names another milestone than the next one due, or
     *                    {@code claimId} when paying would exceed the award or a requirement blocks the payment (with
     *                    every reason), or {@code paidOn} when it is after today or before the previous payment's
     */
    @Transactional
    public Claim pay(Caller caller, UUID id, ClaimDecision decision) {
        caller.requireAnyRole("pay claims", Role.FUNDER);
        Award award = awards.lock(get(id).awardId());
        Claim claim = lockClaim(id);
        requireFunder(caller, award, claim, decision);
        LocalDate paidOn = decision.paidOn() == null ? today() : decision.paidOn();
        Optional<LocalDate> lastPaidOn = claim.payments().stream()
                .filter(p -> !p.isDue())
                .map(ClaimPayment::paidOn)
                .max(Comparator.naturalOrder());
        // the claim's state first (409 for a claim with nothing left to pay), then the day
        ClaimEvent.Paid paid = claim.pay(decision.milestone(), UUID.randomUUID(), paidOn, clock.instant());
        if (paidOn.isAfter(today())) {
            throw RuleBroken.rule(
                    "paidOn", "must not be after today, " + today() + ": a payment is recorded once it is made");
        }
        if (lastPaidOn.isPresent() && paidOn.isBefore(lastPaidOn.get())) {
            throw RuleBroken.rule(
                    "paidOn",
                    "must not be before " + lastPaidOn.get() + ", when the claim's previous payment was paid");
        }
        ClaimPayment payment = paid.payment();
        AwardManagement.Balance balance = awards.balance(award);
        if (balance.disbursed().plus(payment.amount()).exceeds(balance.committed())) {
            throw RuleBroken.rule("claimId", "paying would exceed award " + award.id());
        }
        List<String> blockers =
                reports.blockers(claim, programmes.get(claim.programmeId()), payment.milestone(), gatedOn(paidOn));
        if (!blockers.isEmpty()) {
            throw RuleBroken.rule("claimId", "the payment is blocked: " + String.join("; ", blockers));
        }
        claims.update(claim);
        claims.insertDisbursement(claim, payment, clock.instant());
        claims.markPaid(claim, payment);
        ledger.append(LedgerEntry.of(
                        EntryType.DISBURSEMENT_PAID,
                        payment.amount(),
                        paidOn,
                        clock.instant(),
                        "disbursement " + payment.disbursementId() + " for claim " + claim.id())
                .programme(claim.programmeId())
                .award(claim.awardId())
                .claim(claim.id())
                .employer(claim.employerId())
                .cohort(claim.cohortId())
                .milestone(payment.milestone().name()));
        events.publish(paid);
        return claim;
    }

    /**
     * A claim as the caller may see it: the claiming employer's, the programme's funder's, an admin's.
     *
     * @throws ApiException.Forbidden      for roles that never see claims (all but {@code member-admin} and {@code funder})
     * @throws ApiException.NotFound for anyone else's
     */
    @Transactional(readOnly = true)
    public Claim read(Caller caller, UUID id) {
        caller.requireAnyRole("read claims", Role.MEMBER_ADMIN, Role.FUNDER);
        Claim claim = get(id);
        boolean employer = caller.has(Role.MEMBER_ADMIN) && caller.actsFor(claim.employerId());
        if (!employer && !funds(caller, awards.get(claim.awardId()))) {
            throw new ApiException.NotFound("claim", id);
        }
        return claim;
    }

    /** Claims of the caller's organisation as the employer, or, as the programme's funder, claims it received. */
    @Transactional(readOnly = true)
    public PageResponse<Claim> list(Caller caller, ClaimFilter filter, PageQuery page) {
        caller.requireAnyRole("read claims", Role.MEMBER_ADMIN, Role.FUNDER);
        return list(caller.isAdmin() ? filter : filter.visibleTo(caller.listScope()), page);
    }

    @Transactional(readOnly = true)
    public Claim get(UUID id) {
        return claims.find(id).orElseThrow(() -> new ApiException.NotFound("claim", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<Claim> list(ClaimFilter filter, PageQuery page) {
        return PageResponse.of(claims.list(filter, page), page, claims.count(filter));
    }

    /**
     * Locks a claim. Every writer locks the award row first and the claim second (outcome processing does the same),
     * so approvals, payments and recomputations of one award never deadlock.
     */
    private Claim lockClaim(UUID id) {
        return claims.findForUpdate(id).orElseThrow(() -> new ApiException.NotFound("claim", id));
    }

    private boolean funds(Caller caller, Award award) {
        return caller.isAdmin() || (caller.has(Role.FUNDER) && caller.actsFor(awards.funderOf(award)));
    }

    /** 404 unless the caller funds the claim's programme; then 422 if the body names another funder (an admin's slip). */
    private void requireFunder(Caller caller, Award award, Claim claim, ClaimDecision decision) {
        if (!funds(caller, award)) {
            throw new ApiException.NotFound("claim", claim.id());
        }
        UUID funder = awards.funderOf(award);
        if (!funder.equals(decision.funderId())) {
            throw RuleBroken.rule("funderId", "is not the funder of the claim's programme");
        }
    }

    /**
     * The day a payment is gated on: its {@code paidOn}, or today when that is later, so a payment recorded after a
     * report fell due cannot slip past it by being dated earlier.
     */
    private LocalDate gatedOn(LocalDate paidOn) {
        LocalDate today = today();
        return paidOn.isAfter(today) ? paidOn : today;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
