package org.skillalliance.funding.allocation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.funding.facts.CohortStarted;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.facts.FactsQueries;
import org.skillalliance.funding.facts.Pricing;
import org.skillalliance.funding.ledger.EntryType;
import org.skillalliance.funding.ledger.Ledger;
import org.skillalliance.funding.ledger.LedgerEntry;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Choosing a cohort's cost-sharing rule, reading its shares, and fixing them when the cohort starts. */
@Service
public class CostShareManagement {

    private final JdbcCostSharings sharings;
    private final FactsQueries facts;
    private final Ledger ledger;
    private final CostSharingEventsPublisher events;
    private final Clock clock;

    CostShareManagement(
            JdbcCostSharings sharings,
            FactsQueries facts,
            Ledger ledger,
            CostSharingEventsPublisher events,
            Clock clock) {
        this.sharings = sharings;
        this.facts = facts;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The coordinator of a cohort chooses how its cost is shared. Allowed until the cohort starts.
     *
     * @throws ApiException.Forbidden              for every role but {@code coordinator} (and admins)
     * @throws ApiException.NotFound         when the cohort is unknown here, or organised by another association
     * @throws RuleBroken                    when the base fee is missing or given for another rule
     * @throws RuleBroken                    when the coordinator is not the cohort's organiser
     * @throws org.skillalliance.funding.shared.IllegalTransition when the shares are already fixed
     */
    @Transactional
    public CostShareView choose(Caller caller, UUID cohortId, RuleRequest request) {
        caller.requireAnyRole("choose cost-sharing rules", Role.COORDINATOR);
        Facts.Cohort cohort = cohort(cohortId);
        if (!organises(caller, cohort)) {
            throw new ApiException.NotFound("cohort", cohortId);
        }
        if (request.rule() == CostSharingRule.BASE_PLUS_PER_SEAT && request.baseFeeMinor() == null) {
            throw RuleBroken.invalid("baseFeeMinor", "is required with BASE_PLUS_PER_SEAT");
        }
        if (request.rule() != CostSharingRule.BASE_PLUS_PER_SEAT && request.baseFeeMinor() != null) {
            throw RuleBroken.invalid(List.of(new FieldViolation(
                    "baseFeeMinor", "belongs only to BASE_PLUS_PER_SEAT, not to " + request.rule())));
        }
        if (!cohort.organiserId().equals(request.coordinatorId())) {
            throw RuleBroken.rule(
                    "coordinatorId",
                    "only the cohort's organiser " + cohort.organiserId() + " chooses how its cost is shared");
        }
        CohortCostSharing sharing = sharings.lock(cohortId);
        sharing.choose(
                new SharingTerms(request.rule(), request.baseFeeMinor(), request.maxShareMinor()),
                request.coordinatorId());
        sharings.save(sharing);
        return view(cohort, sharing);
    }

    /**
     * The cohort's cost sharing as the caller may see it: every share for the cohort's organiser (and admins), only
     * its own line for an employer holding seats in it.
     *
     * @throws ApiException.Forbidden      for every role but {@code coordinator} and {@code member-admin} (and admins)
     * @throws ApiException.NotFound for a cohort the caller neither organises nor holds a seat in
     */
    @Transactional(readOnly = true)
    public CostShareView read(Caller caller, UUID cohortId) {
        caller.requireAnyRole("read cost shares", Role.COORDINATOR, Role.MEMBER_ADMIN);
        return visible(caller, get(cohortId)).orElseThrow(() -> new ApiException.NotFound("cohort", cohortId));
    }

    /** Cohorts the caller organises or holds seats in, each as {@link #read} shows it. */
    @Transactional(readOnly = true)
    public PageResponse<CostShareView> list(Caller caller, CostShareFilter filter, PageQuery page) {
        caller.requireAnyRole("read cost shares", Role.COORDINATOR, Role.MEMBER_ADMIN);
        if (caller.isAdmin()) {
            return list(filter, page);
        }
        CostShareFilter visible = filter.visibleTo(caller.listScope());
        List<CostShareView> views = sharings.cohortIds(visible, page.size(), page.offset()).stream()
                .map(this::get)
                .map(view -> visible(caller, view).orElseGet(() -> ownLines(caller, view)))
                .toList();
        return PageResponse.of(views, page, sharings.count(visible));
    }

    private Optional<CostShareView> visible(Caller caller, CostShareView view) {
        if (organises(caller, view.cohort())) {
            return Optional.of(view);
        }
        CostShareView own = ownLines(caller, view);
        return caller.has(Role.MEMBER_ADMIN) && !own.shares().isEmpty() ? Optional.of(own) : Optional.empty();
    }

    private static CostShareView ownLines(Caller caller, CostShareView view) {
        List<ShareLine> own = view.shares().stream()
                .filter(line -> caller.organisationId() != null
                        && caller.organisationId().equals(line.employerId()))
                .toList();
        return new CostShareView(view.cohort(), view.sharing(), view.total(), own);
    }

    /** Whether the caller coordinates the cohort (its organiser) or is an admin. */
    private static boolean organises(Caller caller, Facts.Cohort cohort) {
        return caller.isAdmin() || (caller.has(Role.COORDINATOR) && caller.actsFor(cohort.organiserId()));
    }

    /** The cohort's cost sharing now: provisional shares over the current confirmed seats, or the fixed ones. */
    @Transactional(readOnly = true)
    public CostShareView get(UUID cohortId) {
        Facts.Cohort cohort = cohort(cohortId);
        return view(cohort, sharings.find(cohortId).orElseGet(() -> CohortCostSharing.byDefault(cohortId)));
    }

    @Transactional(readOnly = true)
    public PageResponse<CostShareView> list(CostShareFilter filter, PageQuery page) {
        List<CostShareView> views = sharings.cohortIds(filter, page.size(), page.offset()).stream()
                .map(this::get)
                .toList();
        return PageResponse.of(views, page, sharings.count(filter));
    }

    /**
     * Fixes the shares of a cohort that started running, over its confirmed seats: charges each employer in the
     * ledger and publishes {@code CostSharesFixed}. A repeated start changes nothing.
     */
    @EventListener
    @Order(1)
    @Transactional
    public void onCohortStarted(CohortStarted started) {
        Facts.Cohort cohort = facts.cohort(started.cohortId()).orElseThrow();
        CohortCostSharing sharing = sharings.lock(cohort.id());
        if (sharing.status() == CohortCostSharing.Status.FIXED) {
            return;
        }
        List<Participant> participants = participants(cohort.id());
        CostSharingEvent fixed = sharing.fix(total(cohort, participants), participants, clock.instant());
        sharings.save(sharing);
        for (ShareLine line : sharing.fixedShares()) {
            if (line.amountMinor() > 0) {
                ledger.append(LedgerEntry.of(
                                EntryType.SHARE_CHARGED,
                                Money.of(line.amountMinor(), sharing.total().currency()),
                                cohort.startDate(),
                                clock.instant(),
                                "cost share of cohort " + cohort.id() + " (" + line.seats() + " seats, "
                                        + sharing.terms().rule() + ")")
                        .employer(line.employerId())
                        .cohort(cohort.id()));
            }
        }
        events.publish(fixed);
    }

    /** The exact training cost of one of the employer's seats: its fixed share divided by its seats. */
    @Transactional(readOnly = true)
    public Optional<SeatCost> fixedSeatCost(UUID cohortId, UUID employerId) {
        return sharings.find(cohortId)
                .filter(s -> s.status() == CohortCostSharing.Status.FIXED)
                .flatMap(s -> s.fixedShares().stream()
                        .filter(l -> l.employerId().equals(employerId))
                        .findFirst()
                        .map(l -> new SeatCost(
                                Fraction.of(l.amountMinor()).dividedBy(l.seats()),
                                s.total().currency(),
                                l.seats(),
                                true)));
    }

    /**
     * What one seat of the employer is expected to cost: the fixed seat cost once the cohort has started; before, the
     * provisional share over the current seats divided by the employer's seats, and for an employer holding no seat
     * yet, its provisional share with one seat added.
     */
    @Transactional(readOnly = true)
    public Optional<SeatCost> expectedSeatCost(UUID cohortId, UUID employerId) {
        Optional<SeatCost> fixed = fixedSeatCost(cohortId, employerId);
        if (fixed.isPresent()) {
            return fixed;
        }
        Optional<Facts.Cohort> cohort = facts.cohort(cohortId);
        if (cohort.isEmpty() || cohort.get().started()) {
            return Optional.empty();
        }
        SharingTerms terms =
                sharings.find(cohortId).map(CohortCostSharing::terms).orElse(SharingTerms.DEFAULT);
        List<Participant> participants = new java.util.ArrayList<>(participants(cohortId));
        if (participants.stream().noneMatch(p -> p.employerId().equals(employerId))) {
            participants.add(new Participant(employerId, 1, headcount(employerId)));
        }
        List<ShareLine> lines = terms.split(total(cohort.get(), participants).amountMinor(), participants);
        return lines.stream()
                .filter(l -> l.employerId().equals(employerId))
                .findFirst()
                .map(l -> new SeatCost(
                        Fraction.of(l.amountMinor()).dividedBy(l.seats()),
                        cohort.get().currency(),
                        l.seats(),
                        false));
    }

    /** The exact cost of one seat, in minor units of {@code currency}; {@code fixed} once the cohort started. */
    public record SeatCost(Fraction amountMinor, String currency, int employerSeats, boolean fixed) {}

    private CostShareView view(Facts.Cohort cohort, CohortCostSharing sharing) {
        if (sharing.status() == CohortCostSharing.Status.FIXED) {
            return new CostShareView(cohort, sharing, sharing.total(), sharing.fixedShares());
        }
        List<Participant> participants = participants(cohort.id());
        Money total = total(cohort, participants);
        return new CostShareView(cohort, sharing, total, sharing.terms().split(total.amountMinor(), participants));
    }

    private List<Participant> participants(UUID cohortId) {
        return facts.confirmedSeats(cohortId).stream()
                .map(s -> new Participant(s.employerId(), s.seats(), headcount(s.employerId())))
                .toList();
    }

    private Integer headcount(UUID employerId) {
        return facts.organisation(employerId).map(Facts.Organisation::headcount).orElse(null);
    }

    private static Money total(Facts.Cohort cohort, List<Participant> participants) {
        if (cohort.pricing() == Pricing.TOTAL) {
            return Money.of(cohort.costMinor(), cohort.currency());
        }
        // cannot overflow: curriculum-service takes a cost of at most 10^13 minor units (@MinorUnits) and at most
        // 10^4 seats (Cohort.MAX_CAPACITY), so the product is at most 10^17; multiplyExact throws rather than wraps
        // should an older, unbounded cost come by (docs/api.md, "Input policy")
        int seats = participants.stream().mapToInt(Participant::seats).reduce(0, Math::addExact);
        return Money.of(Math.multiplyExact(cohort.costMinor(), seats), cohort.currency());
    }

    private Facts.Cohort cohort(UUID cohortId) {
        return facts.cohort(cohortId).orElseThrow(() -> new ApiException.NotFound("cohort", cohortId));
    }
}
