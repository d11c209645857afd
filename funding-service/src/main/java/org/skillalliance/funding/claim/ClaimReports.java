package org.skillalliance.funding.claim;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.skillalliance.funding.programme.GrantProgramme;
import org.skillalliance.funding.programme.Milestone;
import org.skillalliance.funding.programme.ProgrammeManagement;
import org.skillalliance.funding.programme.Requirement;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports a programme's requirements ask of each claim (docs/funding.md "Reports that gate payments"): the
 * employer submits them, the funder accepts or rejects them, and a requirement that gates a payment blocks it until its
 * report is accepted ({@link #blockers}).
 *
 * <p>Tenancy as for claims: the claiming employer and the programme's funder see a claim's reports, anyone else gets
 * 404; only an employer's {@code member-admin} submits and only a {@code funder} decides (others 403). Every writer
 * locks the claim's row, so the writes of one claim's reports serialise; paying locks the award and then the claim, so
 * a payment reads the reports as the last writer left them.
 */
@Service
public class ClaimReports {

    private final JdbcClaims claims;
    private final JdbcClaimReports reports;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    ClaimReports(JdbcClaims claims, JdbcClaimReports reports, ProgrammeManagement programmes, Clock clock) {
        this.claims = claims;
        this.reports = reports;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** A requirement of the claim's programme with the claim's report for it (a due one when nothing was submitted). */
    public record RequirementReport(Requirement requirement, ClaimReport report) {}

    /**
     * Every requirement of the claim's programme, in the programme's order, with the claim's report for it.
     *
     * @throws ApiException.Forbidden for roles that never see claims (all but {@code member-admin} and {@code funder})
     * @throws ApiException.NotFound  no such claim, or one of another employer and another funder's programme
     */
    @Transactional(readOnly = true)
    public List<RequirementReport> list(Caller caller, UUID claimId) {
        caller.requireAnyRole("read claim reports", Role.MEMBER_ADMIN, Role.FUNDER);
        Claim claim = claims.find(claimId).orElseThrow(() -> new ApiException.NotFound("claim", claimId));
        GrantProgramme programme = programmes.get(claim.programmeId());
        if (!isClaimant(caller, claim) && !ProgrammeManagement.funds(caller, programme)) {
            throw new ApiException.NotFound("claim", claimId);
        }
        Map<String, ClaimReport> submitted = reports.ofClaim(claimId);
        return programme.schemeRules().requirements().stream()
                .map(r -> new RequirementReport(r, submitted.getOrDefault(r.key(), ClaimReport.due(claimId, r.key()))))
                .toList();
    }

    /**
     * The employer submits its report for a requirement, or submits it again after a rejection or before the funder
     * decided (the text is replaced).
     *
     * @throws ApiException.NotFound no such claim, or another employer's
     * @throws RuleBroken            {@code employerId} is not the claim's employer, or {@code requirementKey} is not a
     *                               requirement of the claim's programme (422)
     * @throws org.skillalliance.funding.shared.IllegalTransition the report was accepted already (409)
     */
    @Transactional
    public RequirementReport submit(Caller caller, UUID claimId, ReportSubmission submission) {
        caller.requireAnyRole("submit claim reports", Role.MEMBER_ADMIN);
        // authorised on a plain read first, so nobody else's request can hold the claim's row lock
        if (!isClaimant(caller, claims.find(claimId).orElseThrow(() -> new ApiException.NotFound("claim", claimId)))) {
            throw new ApiException.NotFound("claim", claimId);
        }
        Claim claim = lockClaim(claimId);
        if (!claim.employerId().equals(submission.employerId())) {
            throw RuleBroken.rule("employerId", "is not the employer of the claim");
        }
        Requirement requirement = requirement(programmes.get(claim.programmeId()), submission.requirementKey());
        ClaimReport report = reportFor(claim, requirement);
        report.submit(submission.summary(), clock.instant());
        reports.save(report);
        return new RequirementReport(requirement, report);
    }

    /** The funder accepts a submitted report; it no longer blocks a payment and cannot change any more. */
    @Transactional
    public RequirementReport accept(Caller caller, UUID claimId, String requirementKey, ReportAcceptance acceptance) {
        return decide(caller, claimId, requirementKey, acceptance.funderId(), report -> report.accept(clock.instant()));
    }

    /** The funder rejects a submitted report with a note the employer sees; the employer submits it again. */
    @Transactional
    public RequirementReport reject(Caller caller, UUID claimId, String requirementKey, ReportRejection rejection) {
        return decide(
                caller,
                claimId,
                requirementKey,
                rejection.funderId(),
                report -> report.reject(rejection.note(), clock.instant()));
    }

    /**
     * Why paying {@code milestone} of the claim on {@code payingOn} is blocked: one reason for every requirement of the
     * programme that {@link Requirement#blocks gates that payment} and whose report is not accepted, e.g.
     * "requirement 'progress-report' (PROGRESS_REPORT, due before the OUTCOME payment) is not accepted: submitted
     * 2026-06-01, awaiting the funder". Empty when nothing blocks the payment.
     */
    @Transactional(readOnly = true)
    public List<String> blockers(Claim claim, GrantProgramme programme, Milestone milestone, LocalDate payingOn) {
        List<Requirement> gating = programme.schemeRules().requirements().stream()
                .filter(r -> onPlannedPayments(r, claim).blocks(milestone, payingOn))
                .toList();
        if (gating.isEmpty()) {
            return List.of();
        }
        Map<String, ClaimReport> submitted = reports.ofClaim(claim.id());
        return gating.stream()
                .map(r -> submitted
                        .getOrDefault(r.key(), ClaimReport.due(claim.id(), r.key()))
                        .blockingReason(r))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The requirement as it gates this claim's payments: a requirement due before a milestone the claim's payment plan
     * left out (its share of a tiny amount rounded to 0, see {@link ClaimPayment#plan}) gates the next payment after
     * that milestone, or the last payment when none follows, so no report is skipped with the part it gated.
     */
    static Requirement onPlannedPayments(Requirement requirement, Claim claim) {
        List<Milestone> planned =
                claim.payments().stream().map(ClaimPayment::milestone).toList();
        Milestone before = requirement.beforeMilestone();
        if (before == null || planned.isEmpty() || planned.contains(before)) {
            return requirement;
        }
        Milestone gate = planned.stream()
                .filter(m -> m.compareTo(before) > 0)
                .findFirst()
                .orElse(planned.getLast());
        return new Requirement(requirement.key(), requirement.kind(), null, gate);
    }

    /**
     * What blocks each claim's next payment if it were paid today (empty lists when nothing does, or when nothing is
     * left to pay), for the funder's claim list. Each programme is read once.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<String>> blockedToday(Collection<Claim> of) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<UUID, GrantProgramme> programmesById = new HashMap<>();
        Map<UUID, List<String>> blocked = new HashMap<>();
        for (Claim claim : of) {
            blocked.put(
                    claim.id(),
                    nextPayment(claim, programmesById.computeIfAbsent(claim.programmeId(), programmes::get))
                            .map(next -> blockers(claim, next.programme(), next.milestone(), today))
                            .orElse(List.of()));
        }
        return blocked;
    }

    private record NextPayment(GrantProgramme programme, Milestone milestone) {}

    /**
     * The claim's next payment: before approval the programme's first (START, or COMPLETION without milestones), once
     * approved the first one not yet paid; nothing for a paid or rejected claim.
     */
    private static Optional<NextPayment> nextPayment(Claim claim, GrantProgramme programme) {
        Optional<Milestone> next = switch (claim.status()) {
            case DRAFT, SUBMITTED ->
                Optional.of(programme.schemeRules().payments().getFirst().milestone());
            case APPROVED -> claim.nextPayment().map(ClaimPayment::milestone);
            case PAID, REJECTED -> Optional.empty();
        };
        return next.map(milestone -> new NextPayment(programme, milestone));
    }

    private RequirementReport decide(
            Caller caller, UUID claimId, String requirementKey, UUID funderId, Consumer<ClaimReport> decision) {
        caller.requireAnyRole("decide claim reports", Role.FUNDER);
        Claim seen = claims.find(claimId).orElseThrow(() -> new ApiException.NotFound("claim", claimId));
        GrantProgramme programme = programmes.get(seen.programmeId());
        if (!ProgrammeManagement.funds(caller, programme)) {
            throw new ApiException.NotFound("claim", claimId);
        }
        Claim claim = lockClaim(claimId);
        if (!programme.funderId().equals(funderId)) {
            throw RuleBroken.rule("funderId", "is not the funder of the claim's programme");
        }
        Requirement requirement = requirement(programme, requirementKey);
        ClaimReport report = reportFor(claim, requirement);
        decision.accept(report);
        reports.save(report);
        return new RequirementReport(requirement, report);
    }

    private ClaimReport reportFor(Claim claim, Requirement requirement) {
        return reports.ofClaim(claim.id())
                .getOrDefault(requirement.key(), ClaimReport.due(claim.id(), requirement.key()));
    }

    private static Requirement requirement(GrantProgramme programme, String key) {
        List<Requirement> requirements = programme.schemeRules().requirements();
        return requirements.stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow(() -> RuleBroken.rule(
                        "requirementKey",
                        "'" + key + "' is not a requirement of the claim's programme, which "
                                + (requirements.isEmpty()
                                        ? "requires no report"
                                        : "requires "
                                                + requirements.stream()
                                                        .map(Requirement::key)
                                                        .toList())));
    }

    /** Whether the caller is the claiming employer's member admin (or an admin). */
    private static boolean isClaimant(Caller caller, Claim claim) {
        return caller.isAdmin() || (caller.has(Role.MEMBER_ADMIN) && caller.actsFor(claim.employerId()));
    }

    private Claim lockClaim(UUID id) {
        return claims.findForUpdate(id).orElseThrow(() -> new ApiException.NotFound("claim", id));
    }
}
