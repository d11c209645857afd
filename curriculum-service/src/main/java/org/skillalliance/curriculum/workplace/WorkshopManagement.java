package org.skillalliance.curriculum.workplace;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
 * Use cases of in-house workshops: the employer's member-admin (HR) runs them for its own staff and records each
 * participant's outcome; the alliance-admin reads all and may act as HR. Learners do not read workshops (a workshop
 * lists its colleagues' outcomes); their own result shows in their skill record.
 */
@Service
public class WorkshopManagement {

    /** A workshop with its skill. */
    public record WorkshopView(Workshop workshop, Skill skill) {}

    /** One participant of a workshop, with the workshop and its skill. */
    public record ParticipantView(Workshop workshop, Workshop.Participant participant, Skill skill) {}

    /** What a workshop is planned with (the body of {@code POST /api/workshops}). */
    public record WorkshopRequest(
            UUID allianceId,
            String title,
            UUID skillId,
            Integer targetLevel,
            LocalDate heldOn,
            BigDecimal hours,
            List<UUID> participants) {}

    private final JdbcWorkshops workshops;
    private final PlanningChecks checks;
    private final SkillCatalogue catalogue;
    private final SignOffEffects effects;
    private final Clock clock;

    WorkshopManagement(
            JdbcWorkshops workshops,
            PlanningChecks checks,
            SkillCatalogue catalogue,
            SignOffEffects effects,
            Clock clock) {
        this.workshops = workshops;
        this.checks = checks;
        this.catalogue = catalogue;
        this.effects = effects;
        this.clock = clock;
    }

    /**
     * Plans a workshop for staff of the caller's employer (an alliance-admin's: the first participant's employer).
     *
     * @throws org.skillalliance.curriculum.shared.RuleBroken 400 for the shapes {@link Workshop#plan} checks; 422
     *     naming {@code participants[i]} (not active staff of the employer), allianceId or skillId
     */
    @Transactional
    public WorkshopView plan(Caller caller, WorkshopRequest r) {
        caller.requireAnyRole("run workshops", Role.MEMBER_ADMIN);
        List<UUID> participants = r.participants() == null ? List.of() : r.participants();
        Workshop planned = Workshop.plan(
                UUID.randomUUID(),
                r.allianceId(),
                Caller.NO_ORGANISATION, // the employer is known once the participants are checked, below
                r.title(),
                r.skillId(),
                r.targetLevel(),
                r.heldOn(),
                r.hours(),
                participants,
                LocalDate.now(clock),
                clock.instant());
        UUID employerId = checks.employerOfActive(caller, "participants[0]", participants.getFirst());
        for (int i = 1; i < participants.size(); i++) {
            checks.checkActiveAt(employerId, "participants[" + i + "]", participants.get(i));
        }
        checks.checkActiveMember(r.allianceId(), employerId);
        Skill skill = checks.skill(r.skillId());
        Workshop workshop = planned.runBy(employerId);
        workshops.insert(workshop);
        return new WorkshopView(workshop, skill);
    }

    /** A page of the workshops the caller sees (its employer's; all for an admin), newest day first. */
    @Transactional(readOnly = true)
    public PageResponse<WorkshopView> list(Caller caller, PageQuery page) {
        caller.requireAnyRole("read workshops", Role.MEMBER_ADMIN);
        List<Workshop> items = workshops.page(caller.listScope(), page);
        Map<UUID, Skill> skills =
                catalogue.byIds(items.stream().map(Workshop::skillId).distinct().toList());
        return PageResponse.of(
                items.stream()
                        .map(w -> new WorkshopView(w, skills.get(w.skillId())))
                        .toList(),
                page,
                workshops.count(caller.listScope()));
    }

    /** One workshop of the caller's employer (404 otherwise). */
    @Transactional(readOnly = true)
    public WorkshopView get(Caller caller, UUID id) {
        return find(caller, id).orElseThrow(() -> new ApiException.NotFound("workshop", id));
    }

    /** One workshop of the caller's employer, if it is one (empty for another employer's as for none). */
    @Transactional(readOnly = true)
    public Optional<WorkshopView> find(Caller caller, UUID id) {
        caller.requireAnyRole("read workshops", Role.MEMBER_ADMIN);
        return workshops
                .find(id)
                .filter(w -> caller.actsFor(w.employerId()))
                .map(w -> new WorkshopView(w, catalogue.get(w.skillId())));
    }

    /**
     * One participant's outcome: the employer's HR (and admins) read any participant's, a learner their own only (to
     * whom a workshop they are not in, or another participant's outcome, does not exist: 404 as for no workshop).
     *
     * @throws ApiException.Forbidden for roles other than member-admin and learner
     * @throws ApiException.NotFound  for a workshop the caller may not see, or a staff member who is no participant
     */
    @Transactional(readOnly = true)
    public ParticipantView participant(Caller caller, UUID id, UUID staffId) {
        caller.requireAnyRole("read workshop outcomes", Role.MEMBER_ADMIN, Role.LEARNER);
        boolean ownOutcome = caller.has(Role.LEARNER) && staffId.equals(caller.staffId());
        Workshop workshop = workshops
                .find(id)
                .filter(w -> caller.isAdmin()
                        || caller.actsAs(Role.MEMBER_ADMIN, w.employerId())
                        || (ownOutcome && w.participant(staffId).isPresent()))
                .orElseThrow(() -> new ApiException.NotFound("workshop", id));
        Workshop.Participant participant = workshop.participant(staffId)
                .orElseThrow(() -> new ApiException.NotFound("workshop participant", staffId));
        return new ParticipantView(workshop, participant, catalogue.get(workshop.skillId()));
    }

    /**
     * Records a participant's outcome, once; a COMPLETED outcome signs the participant off in the same transaction
     * ({@link SignOffEffects}).
     */
    @Transactional
    public WorkshopView recordOutcome(
            Caller caller,
            UUID id,
            UUID staffId,
            WorkshopOutcome outcome,
            BigDecimal attendedHours,
            Integer levelReached) {
        caller.requireAnyRole("record workshop outcomes", Role.MEMBER_ADMIN);
        Workshop workshop = workshops
                .lock(id)
                .filter(w -> caller.actsFor(w.employerId()))
                .orElseThrow(() -> new ApiException.NotFound("workshop", id));
        if (workshop.participant(staffId).isEmpty()) {
            throw new ApiException.NotFound("workshop participant", staffId);
        }
        Workshop.Recorded recorded = WorkplaceLearningManagement.conflictWhenFinal(() ->
                workshop.record(staffId, outcome, attendedHours, levelReached, LocalDate.now(clock), clock.instant()));
        workshops.recordOutcome(id, recorded.participant());
        Skill skill = catalogue.get(workshop.skillId());
        if (recorded.signedOff() != null) {
            effects.apply(recorded.signedOff(), skill);
        }
        return new WorkshopView(workshops.find(id).orElseThrow(), skill);
    }
}
