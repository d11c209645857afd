package org.skillalliance.funding.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.contracts.NaceCodes;
import org.skillalliance.funding.ledger.EntryType;
import org.skillalliance.funding.ledger.Ledger;
import org.skillalliance.funding.ledger.LedgerFilter;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.funding.shared.SizeBand;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting, opening and closing grant programmes, and their budget as the ledger has it. */
@Service
public class ProgrammeManagement {

    private final JdbcProgrammes programmes;
    private final Ledger ledger;
    private final ProgrammeEventsPublisher events;
    private final Clock clock;

    ProgrammeManagement(JdbcProgrammes programmes, Ledger ledger, ProgrammeEventsPublisher events, Clock clock) {
        this.programmes = programmes;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A funder drafts a programme for its own organisation.
     *
     * @throws ApiException.Forbidden          unless the caller is an admin, or a funder acting for {@code funderId}
     * @throws RuleBroken                naming every field that is wrong (unknown currency, a period that ends before
     *                                   it starts, a sector code that is not NACE, a band rule repeated or missing)
     */
    @Transactional
    public GrantProgramme draft(Caller caller, ProgrammeRequest request) {
        caller.requireAnyRole("draft programmes", Role.FUNDER);
        if (!caller.actsFor(request.funderId())) {
            throw new ApiException.Forbidden(
                    "a funder drafts programmes only for its own organisation, not for " + request.funderId());
        }
        GrantProgramme programme = GrantProgramme.draft(request.funderId(), terms(request), clock.instant());
        programmes.insert(programme);
        return programme;
    }

    /**
     * Checks a request's terms exactly as {@link #draft} does, without drafting or any rights check: the programme
     * templates are checked with it when the service starts.
     *
     * @throws RuleBroken naming every field that is wrong
     */
    public static void checkTerms(ProgrammeRequest request) {
        terms(request);
    }

    /** Rewrites a draft's terms (its funder or an admin; another funder's programme is not found). */
    @Transactional
    public GrantProgramme revise(Caller caller, UUID id, ProgrammeRequest request) {
        GrantProgramme programme = lockOwned(caller, "revise programmes", id, request.funderId());
        programme.revise(terms(request), clock.instant());
        programmes.update(programme);
        return programme;
    }

    /** Opens a draft for applications and announces {@code ProgrammeOpened}. */
    @Transactional
    public GrantProgramme open(Caller caller, UUID id, FunderAction action) {
        GrantProgramme programme = lockOwned(caller, "open programmes", id, action.funderId());
        ProgrammeEvent opened = programme.open(clock.instant());
        programmes.update(programme);
        events.publish(opened);
        return programme;
    }

    /** Closes an open programme (no new applications, awards or claims) and announces {@code ProgrammeClosed}. */
    @Transactional
    public GrantProgramme close(Caller caller, UUID id, FunderAction action) {
        GrantProgramme programme = lockOwned(caller, "close programmes", id, action.funderId());
        ProgrammeEvent closed = programme.close(clock.instant());
        programmes.update(programme);
        events.publish(closed);
        return programme;
    }

    /**
     * A programme as the caller may see it: open and closed programmes are public calls for applications, so any
     * authenticated caller reads them; a draft only its funder (and admins), for everyone else it is not found.
     */
    @Transactional(readOnly = true)
    public GrantProgramme read(Caller caller, UUID id) {
        return find(id).filter(p -> visible(caller, p)).orElseThrow(() -> new ApiException.NotFound("programme", id));
    }

    /** Whether the caller may see the programme (see {@link #read}). */
    public static boolean visible(Caller caller, GrantProgramme programme) {
        return programme.status() != ProgrammeStatus.DRAFT || funds(caller, programme);
    }

    /** Whether the caller is the programme's funder (a funder acting for its organisation) or an admin. */
    public static boolean funds(Caller caller, GrantProgramme programme) {
        return caller.isAdmin() || (caller.has(Role.FUNDER) && caller.actsFor(programme.funderId()));
    }

    @Transactional(readOnly = true)
    public GrantProgramme get(UUID id) {
        return find(id).orElseThrow(() -> new ApiException.NotFound("programme", id));
    }

    @Transactional(readOnly = true)
    public Optional<GrantProgramme> find(UUID id) {
        return programmes.find(id);
    }

    /** The programme, its row locked until the transaction ends: awards against it serialise here. */
    @Transactional
    public Optional<GrantProgramme> lock(UUID id) {
        return programmes.findForUpdate(id);
    }

    /** Programmes the caller may see (every one but other funders' drafts). */
    @Transactional(readOnly = true)
    public PageResponse<GrantProgramme> list(Caller caller, ProgrammeFilter filter, PageQuery page) {
        if (!caller.isAdmin()) {
            filter = filter.visibleTo(caller.has(Role.FUNDER) ? caller.listScope() : Caller.NO_ORGANISATION);
        }
        return PageResponse.of(programmes.list(filter, page), page, programmes.count(filter));
    }

    /** Budget, committed (sum of awards) and disbursed, from the ledger. */
    @Transactional(readOnly = true)
    public Budget budget(GrantProgramme programme) {
        Money committed = ledger.sum(
                LedgerFilter.ofType(EntryType.GRANT_COMMITTED).programme(programme.id()), programme.currency());
        Money approved = ledger.sum(
                LedgerFilter.ofType(EntryType.CLAIM_APPROVED).programme(programme.id()), programme.currency());
        Money disbursed = ledger.sum(
                LedgerFilter.ofType(EntryType.DISBURSEMENT_PAID).programme(programme.id()), programme.currency());
        return new Budget(programme.budget(), committed, programme.budget().minus(committed), approved, disbursed);
    }

    /** A programme's money: the budget, what awards committed, what is left, and what claims took of it. */
    public record Budget(Money budget, Money committed, Money available, Money approved, Money disbursed) {}

    /**
     * The programme, locked, if the caller funds it: 403 for roles that never change programmes, 404 for another
     * funder's, and 422 when the body names another funder than the programme's (an admin's slip).
     */
    private GrantProgramme lockOwned(Caller caller, String action, UUID id, UUID funderId) {
        caller.requireAnyRole(action, Role.FUNDER);
        GrantProgramme programme = programmes
                .findForUpdate(id)
                .filter(p -> funds(caller, p))
                .orElseThrow(() -> new ApiException.NotFound("programme", id));
        if (!programme.funderId().equals(funderId)) {
            throw RuleBroken.rule("funderId", "is not the funder of programme " + id);
        }
        return programme;
    }

    private static void requirePresent(
            List<FieldViolation> violations, int rule, String field, Object value, String why) {
        if (value == null) {
            violations.add(new FieldViolation("bandRules[" + rule + "]." + field, "is required: " + why));
        }
    }

    private static ProgrammeTerms terms(ProgrammeRequest r) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!Money.isIsoCurrency(r.currency())) {
            violations.add(new FieldViolation("currency", "'" + r.currency() + "' is not an ISO 4217 currency code"));
        }
        if (r.periodEnd().isBefore(r.periodStart())) {
            violations.add(new FieldViolation("periodEnd", "must not be before periodStart " + r.periodStart()));
        }
        List<String> sectors = new ArrayList<>();
        List<String> sectorCodes = r.eligibleSectorCodes() == null ? List.of() : r.eligibleSectorCodes();
        for (int i = 0; i < sectorCodes.size(); i++) {
            Optional<String> code = NaceCodes.normalise(sectorCodes.get(i));
            if (code.isEmpty()) {
                violations.add(new FieldViolation(
                        "eligibleSectorCodes[" + i + "]", "'" + sectorCodes.get(i) + "' is not a NACE Rev. 2 code"));
            } else {
                sectors.add(code.get());
            }
        }
        List<String> regions = new ArrayList<>();
        List<String> regionCodes = r.eligibleRegions() == null ? List.of() : r.eligibleRegions();
        for (int i = 0; i < regionCodes.size(); i++) {
            String region = regionCodes.get(i).trim().toUpperCase(Locale.ROOT);
            if (!region.matches("[A-Z]{2}[A-Z0-9]{0,3}")) {
                violations.add(new FieldViolation(
                        "eligibleRegions[" + i + "]",
                        "'" + regionCodes.get(i) + "' is not a NUTS code (two letters, up to three more characters)"));
            }
            regions.add(region);
        }
        List<SizeBand> bands = r.eligibleSizeBands() == null
                ? List.of()
                : List.copyOf(new java.util.LinkedHashSet<>(r.eligibleSizeBands()));
        List<BandRule> rules = new ArrayList<>();
        Set<SizeBand> ruled = new HashSet<>();
        for (int i = 0; i < r.bandRules().size(); i++) {
            ProgrammeRequest.BandRuleRequest rule = r.bandRules().get(i);
            if (!ruled.add(rule.sizeBand())) {
                violations.add(new FieldViolation(
                        "bandRules[" + i + "].sizeBand", "size band " + rule.sizeBand() + " has more than one rule"));
                continue;
            }
            boolean eligible = bands.isEmpty() || bands.contains(rule.sizeBand());
            if (eligible) {
                String why = bands.isEmpty()
                        ? "every size band is eligible (eligibleSizeBands is empty)"
                        : "size band " + rule.sizeBand() + " is eligible";
                requirePresent(violations, i, "costRate", rule.costRate(), why);
                requirePresent(violations, i, "wageSubsidyPerHourMinor", rule.wageSubsidyPerHourMinor(), why);
                requirePresent(violations, i, "minimumEmployerShare", rule.minimumEmployerShare(), why);
                if (rule.costRate() == null
                        || rule.wageSubsidyPerHourMinor() == null
                        || rule.minimumEmployerShare() == null) {
                    continue;
                }
            }
            // a band that is not eligible is paid nothing: what its rule leaves out reimburses nothing
            rules.add(new BandRule(
                    rule.sizeBand(),
                    rule.costRate() == null ? BigDecimal.ZERO : rule.costRate(),
                    rule.wageSubsidyPerHourMinor() == null ? 0 : rule.wageSubsidyPerHourMinor(),
                    rule.minimumEmployerShare() == null ? BigDecimal.ONE : rule.minimumEmployerShare()));
        }
        for (int i = 0; i < bands.size(); i++) {
            if (!ruled.contains(bands.get(i))) {
                violations.add(new FieldViolation(
                        "eligibleSizeBands[" + i + "]",
                        "size band " + bands.get(i) + " is eligible but has no rule in bandRules"));
            }
        }
        SchemeRules schemeRules = schemeRules(r.schemeRules(), violations);
        if (!violations.isEmpty()) {
            throw RuleBroken.invalid(violations);
        }
        List<String> tags = r.requiredPriorityTags() == null
                ? List.of()
                : r.requiredPriorityTags().stream()
                        .map(t -> t.trim().toUpperCase(Locale.ROOT))
                        .distinct()
                        .toList();
        Eligibility eligibility = new Eligibility(
                r.eligibleAllianceIds() == null
                        ? List.of()
                        : r.eligibleAllianceIds().stream().distinct().toList(),
                bands,
                sectors.stream().distinct().toList(),
                regions.stream().distinct().toList(),
                tags);
        return new ProgrammeTerms(
                r.name().trim(),
                Money.of(r.budgetMinor(), r.currency()),
                r.periodStart(),
                r.periodEnd(),
                eligibility,
                rules,
                r.capPerParticipantMinor(),
                r.capPerEmployerMinor(),
                r.suppressionK() == null ? 5 : r.suppressionK(),
                schemeRules);
    }

    /**
     * The scheme rules of a request, checked beyond what the annotations check: milestones named once with shares
     * summing to exactly 1; requirements with unique keys, due either by a date or before a milestone the programme
     * pays at. Returns null when a violation was added.
     */
    private static SchemeRules schemeRules(SchemeRulesRequest r, List<FieldViolation> violations) {
        if (r == null) {
            return SchemeRules.NONE;
        }
        int before = violations.size();
        List<MilestoneShare> milestones = new ArrayList<>();
        Set<Milestone> named = new HashSet<>();
        List<SchemeRulesRequest.MilestoneRequest> milestoneRequests =
                r.milestones() == null ? List.of() : r.milestones();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < milestoneRequests.size(); i++) {
            SchemeRulesRequest.MilestoneRequest m = milestoneRequests.get(i);
            if (!named.add(m.milestone())) {
                violations.add(new FieldViolation(
                        "schemeRules.milestones[" + i + "].milestone",
                        "milestone " + m.milestone() + " is named more than once"));
                continue;
            }
            sum = sum.add(m.share());
            milestones.add(new MilestoneShare(m.milestone(), m.share()));
        }
        if (!milestones.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
            violations.add(new FieldViolation(
                    "schemeRules.milestones",
                    "the shares sum to " + sum.stripTrailingZeros().toPlainString()
                            + "; they must sum to exactly 1 (100%)"));
        }
        Set<Milestone> paidAt = milestones.isEmpty() ? Set.of(Milestone.COMPLETION) : named;
        List<Requirement> requirements = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<SchemeRulesRequest.RequirementRequest> requirementRequests =
                r.requirements() == null ? List.of() : r.requirements();
        for (int i = 0; i < requirementRequests.size(); i++) {
            SchemeRulesRequest.RequirementRequest q = requirementRequests.get(i);
            String field = "schemeRules.requirements[" + i + "]";
            if (!keys.add(q.key())) {
                violations.add(new FieldViolation(field + ".key", "'" + q.key() + "' is used by another requirement"));
            }
            if ((q.dueOn() == null) == (q.beforeMilestone() == null)) {
                violations.add(new FieldViolation(
                        field, "give either dueOn (a date) or beforeMilestone (a milestone), not both or neither"));
                continue;
            }
            if (q.beforeMilestone() != null && !paidAt.contains(q.beforeMilestone())) {
                violations.add(new FieldViolation(
                        field + ".beforeMilestone",
                        q.beforeMilestone() + " is not a milestone of this programme, which pays at "
                                + paidAt.stream().sorted().toList()));
                continue;
            }
            requirements.add(new Requirement(q.key(), q.kind(), q.dueOn(), q.beforeMilestone()));
        }
        if (violations.size() > before) {
            return null;
        }
        return new SchemeRules(
                r.trainingPlanLeadDays(),
                r.minimumAttendedHours() == null
                        ? null
                        : r.minimumAttendedHours().stripTrailingZeros(),
                r.attendanceThreshold() == null ? null : r.attendanceThreshold().stripTrailingZeros(),
                r.claimWindowDays(),
                milestones,
                requirements,
                r.onTheJob() == null
                        ? null
                        : new OnTheJobRule(
                                r.onTheJob().ratePerHourMinor(),
                                r.onTheJob().maxHoursPerParticipant(),
                                Boolean.TRUE.equals(r.onTheJob().requiresOffTheJob())));
    }
}
