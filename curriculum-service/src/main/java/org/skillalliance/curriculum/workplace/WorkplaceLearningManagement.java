package org.skillalliance.curriculum.workplace;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.skillalliance.curriculum.skill.Skill;
import org.skillalliance.curriculum.skill.SkillCatalogue;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of on-the-job training plans and mentoring relations: the employer's member-admin (HR) plans them for its
 * own staff, HR or the plan's mentor (as a learner linked to their staff record) logs sessions and signs off; learners
 * read the plans they learn in or mentor; the alliance-admin reads all and may act as HR.
 */
@Service
public class WorkplaceLearningManagement {

    /** A plan with its skill and its sessions' tally. */
    public record WorkplaceLearningView(WorkplaceLearning learning, Skill skill, BigDecimal loggedHours, int sessions) {

        public LearningStatus status() {
            return learning.status(sessions);
        }
    }

    /** What a plan is planned with (the body of {@code POST /api/workplace-learning}). */
    public record PlanRequest(
            LearningKind kind,
            UUID allianceId,
            UUID staffId,
            UUID skillId,
            Integer targetLevel,
            UUID mentorStaffId,
            BigDecimal plannedHours,
            LocalDate startsOn,
            LocalDate endsOn) {}

    private final JdbcWorkplaceLearning plans;
    private final PlanningChecks checks;
    private final SkillCatalogue catalogue;
    private final SignOffEffects effects;
    private final Clock clock;

    WorkplaceLearningManagement(
            JdbcWorkplaceLearning plans,
            PlanningChecks checks,
            SkillCatalogue catalogue,
            SignOffEffects effects,
            Clock clock) {
        this.plans = plans;
        this.checks = checks;
        this.catalogue = catalogue;
        this.effects = effects;
        this.clock = clock;
    }

    /**
     * Plans learning at work for a staff member of the caller's employer.
     *
     * @throws ApiException.Forbidden for roles other than member-admin
     * @throws org.skillalliance.curriculum.shared.RuleBroken 400 for the shapes {@link WorkplaceLearning#plan} checks;
     *     422 naming staffId or mentorStaffId (not active staff of the employer, or the same person), allianceId (the
     *     employer is no active member employer of it) or skillId (not in the catalogue)
     */
    @Transactional
    public WorkplaceLearningView plan(Caller caller, PlanRequest r) {
        caller.requireAnyRole("plan learning at work", Role.MEMBER_ADMIN);
        UUID employerId = checks.employerOfActive(caller, "staffId", r.staffId());
        WorkplaceLearning planned = WorkplaceLearning.plan(
                UUID.randomUUID(),
                r.kind(),
                r.allianceId(),
                employerId,
                r.staffId(),
                r.skillId(),
                r.targetLevel(),
                r.mentorStaffId(),
                r.plannedHours(),
                r.startsOn(),
                r.endsOn(),
                clock.instant());
        checks.checkActiveAt(employerId, "mentorStaffId", r.mentorStaffId());
        checks.checkActiveMember(r.allianceId(), employerId);
        Skill skill = checks.skill(r.skillId());
        plans.insert(planned);
        return new WorkplaceLearningView(planned, skill, BigDecimal.ZERO.setScale(2), 0);
    }

    /** A page of the plans the caller sees, newest period first (starts on, descending, then id). */
    @Transactional(readOnly = true)
    public PageResponse<WorkplaceLearningView> list(Caller caller, WorkplaceLearningFilter filter, PageQuery page) {
        caller.requireAnyRole("read learning at work", Role.MEMBER_ADMIN, Role.LEARNER);
        JdbcWorkplaceLearning.Scope scope;
        if (caller.isAdmin()) {
            scope = new JdbcWorkplaceLearning.Scope(true, null, null);
        } else if (caller.has(Role.MEMBER_ADMIN)) {
            scope = new JdbcWorkplaceLearning.Scope(false, caller.listScope(), null);
        } else {
            UUID person = caller.staffId() == null ? Caller.NO_ORGANISATION : caller.staffId();
            scope = new JdbcWorkplaceLearning.Scope(false, null, person);
        }
        List<JdbcWorkplaceLearning.Row> rows = plans.page(filter, scope, page);
        var skills = catalogue.byIds(
                rows.stream().map(row -> row.learning().skillId()).distinct().toList());
        return PageResponse.of(
                rows.stream()
                        .map(row -> new WorkplaceLearningView(
                                row.learning(),
                                skills.get(row.learning().skillId()),
                                row.loggedHours(),
                                row.sessions()))
                        .toList(),
                page,
                plans.count(filter, scope));
    }

    /** One plan the caller sees (404 otherwise; 403 for roles that never see plans). */
    @Transactional(readOnly = true)
    public WorkplaceLearningView get(Caller caller, UUID id) {
        return find(caller, id).orElseThrow(() -> new ApiException.NotFound("workplace learning", id));
    }

    /**
     * One plan the caller sees, if it is one (empty for another employer's plan as for an id of no plan); 403 for roles
     * that never see plans.
     */
    @Transactional(readOnly = true)
    public Optional<WorkplaceLearningView> find(Caller caller, UUID id) {
        caller.requireAnyRole("read learning at work", Role.MEMBER_ADMIN, Role.LEARNER);
        return plans.find(id).filter(found -> sees(caller, found.learning())).map(this::view);
    }

    /** The plan's sessions, by date then by when they were logged. */
    @Transactional(readOnly = true)
    public List<LearningSession> sessions(Caller caller, UUID id) {
        get(caller, id);
        return plans.sessions(id);
    }

    /**
     * Logs a session, by HR or the plan's mentor.
     *
     * @throws ApiException.Forbidden to the plan's learner (who reads it but neither logs nor signs off)
     * @throws ApiException.Conflict  once signed off
     */
    @Transactional
    public LearningSession logSession(Caller caller, UUID id, LocalDate date, BigDecimal hours, String practised) {
        WorkplaceLearning learning = lockedFor(caller, id);
        LearningRole by = roleOf(caller, learning);
        LearningSession session = conflictWhenFinal(() -> learning.logSession(
                UUID.randomUUID(), date, hours, practised, by, LocalDate.now(clock), clock.instant()));
        plans.insertSession(session);
        return session;
    }

    /**
     * Signs a plan off, by HR or the plan's mentor; in the same transaction the staff member's skill record and the
     * {@code WorkplaceLearningSignedOff} event ({@link SignOffEffects}).
     */
    @Transactional
    public WorkplaceLearningView signOff(Caller caller, UUID id, Integer levelReached, String evidence) {
        WorkplaceLearning learning = lockedFor(caller, id);
        LearningRole by = roleOf(caller, learning);
        WorkplaceLearning.SignedOff signed = conflictWhenFinal(() -> learning.signOff(
                levelReached, evidence, by, plans.sessions(id), LocalDate.now(clock), clock.instant()));
        plans.signOff(signed.learning());
        effects.apply(signed.event(), catalogue.get(learning.skillId()));
        return view(plans.find(id).orElseThrow());
    }

    /** Runs a change of a plan or workshop, answering 409 {@code conflict} where it would change something final. */
    static <T> T conflictWhenFinal(Supplier<T> change) {
        try {
            return change.get();
        } catch (AlreadyFinal refused) {
            throw new ApiException.Conflict(refused.field(), refused.reason());
        }
    }

    private WorkplaceLearning lockedFor(Caller caller, UUID id) {
        caller.requireAnyRole("log learning at work", Role.MEMBER_ADMIN, Role.LEARNER);
        return plans.lock(id)
                .filter(found -> sees(caller, found))
                .orElseThrow(() -> new ApiException.NotFound("workplace learning", id));
    }

    private static boolean sees(Caller caller, WorkplaceLearning learning) {
        if (caller.isAdmin() || caller.actsAs(Role.MEMBER_ADMIN, learning.employerId())) {
            return true;
        }
        return caller.has(Role.LEARNER)
                && caller.staffId() != null
                && (caller.staffId().equals(learning.staffId())
                        || caller.staffId().equals(learning.mentorStaffId()));
    }

    /** HR or MENTOR for a caller who sees the plan; 403 for its learner. */
    private static LearningRole roleOf(Caller caller, WorkplaceLearning learning) {
        if (caller.isAdmin() || caller.actsAs(Role.MEMBER_ADMIN, learning.employerId())) {
            return LearningRole.HR;
        }
        if (learning.mentorStaffId().equals(caller.staffId())) {
            return LearningRole.MENTOR;
        }
        throw new ApiException.Forbidden(
                "only the employer's HR or the plan's mentor may log sessions and sign off; the learner reads it");
    }

    private WorkplaceLearningView view(JdbcWorkplaceLearning.Row row) {
        return new WorkplaceLearningView(
                row.learning(), catalogue.get(row.learning().skillId()), row.loggedHours(), row.sessions());
    }
}
