package org.skillalliance.curriculum.skillsneeds.objective;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseManagement;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.skill.Skill;
import org.skillalliance.curriculum.skill.SkillCatalogue;
import org.skillalliance.curriculum.skillsneeds.skillrecord.SkillRecord;
import org.skillalliance.curriculum.skillsneeds.skillrecord.SkillRecordManagement;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of alliance objectives: setting SMART targets and following their progress. */
@Service
public class ObjectiveManagement {

    /** What a coordinator sends; the fields of the other kind stay null. */
    public record Draft(
            UUID allianceId,
            ObjectiveKind kind,
            String title,
            UUID skillId,
            Integer minimumLevel,
            Integer targetCount,
            UUID courseId,
            BigDecimal targetRate,
            LocalDate periodStart,
            LocalDate targetDate) {}

    /** An objective with where it stands today, and the skill's or course's code for display. */
    public record Followed(Objective objective, String subjectCode, ObjectiveProgress progress) {}

    private final JdbcObjectives objectives;
    private final MemberFacts memberFacts;
    private final SkillCatalogue skills;
    private final CourseManagement courses;
    private final SkillRecordManagement records;
    private final Clock clock;

    ObjectiveManagement(
            JdbcObjectives objectives,
            MemberFacts memberFacts,
            SkillCatalogue skills,
            CourseManagement courses,
            SkillRecordManagement records,
            Clock clock) {
        this.objectives = objectives;
        this.memberFacts = memberFacts;
        this.skills = skills;
        this.courses = courses;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Sets an objective of an alliance, by its coordinator. A {@code STAFF_AT_LEVEL} objective records today's count
     * as the baseline its trajectory starts from.
     *
     * @throws ApiException.Forbidden for other roles and coordinators of other alliances
     * @throws RuleBroken             400 for fields of the other kind, a level outside 1-5, a count below 1, a rate
     *                                outside (0, 1]; 422 for an unknown skill, a course of another alliance, an unknown
     *                                alliance, a target date that is not after today
     */
    @Transactional
    public Followed create(Caller caller, Draft draft) {
        caller.requireAnyRole("set alliance objectives", Role.COORDINATOR);
        if (!caller.isAdmin() && !coordinates(caller, draft.allianceId())) {
            throw new ApiException.Forbidden(
                    "only the coordinator of alliance " + draft.allianceId() + " sets its objectives");
        }
        if (draft.kind() == null) {
            throw RuleBroken.invalid("kind", "is required: STAFF_AT_LEVEL or COMPLETION_RATE");
        }
        refuseFieldsOfOtherKind(draft);
        if (!memberFacts.allianceKnown(draft.allianceId()) && !coordinates(caller, draft.allianceId())) {
            throw RuleBroken.rule("allianceId", "alliance " + draft.allianceId() + " is not known");
        }
        LocalDate today = LocalDate.now(clock);
        Objective objective;
        String code;
        if (draft.kind() == ObjectiveKind.STAFF_AT_LEVEL) {
            Skill skill = draft.skillId() == null
                    ? null
                    : skills.byIds(List.of(draft.skillId())).get(draft.skillId());
            if (draft.skillId() != null && skill == null) {
                throw RuleBroken.rule("skillId", "no skill " + draft.skillId() + " in the catalogue");
            }
            code = skill == null ? null : skill.referenceCode();
            int baseline = draft.skillId() == null || draft.minimumLevel() == null
                    ? 0
                    : staffAtLevel(draft.allianceId(), draft.skillId(), draft.minimumLevel());
            String title = draft.title() != null && !draft.title().isBlank()
                    ? draft.title()
                    : draft.targetCount() + " staff of member employers at level " + draft.minimumLevel()
                            + " or above in " + (skill == null ? "the skill" : skill.name()) + " by "
                            + draft.targetDate();
            objective = Objective.staffAtLevel(
                    UUID.randomUUID(),
                    draft.allianceId(),
                    title,
                    draft.skillId(),
                    draft.minimumLevel(),
                    draft.targetCount(),
                    draft.targetDate(),
                    today,
                    baseline);
        } else {
            Course course = draft.courseId() == null
                    ? null
                    : courses.find(draft.courseId())
                            .filter(c -> c.allianceId().equals(draft.allianceId()))
                            .orElseThrow(() -> RuleBroken.rule(
                                    "courseId",
                                    "course " + draft.courseId() + " is not a course of alliance "
                                            + draft.allianceId()));
            code = course == null ? null : course.definition().code();
            String title = draft.title() != null && !draft.title().isBlank()
                    ? draft.title()
                    : "Completion rate of "
                            + (draft.targetRate() == null
                                    ? "?"
                                    : draft.targetRate()
                                            .multiply(BigDecimal.valueOf(100))
                                            .stripTrailingZeros()
                                            .toPlainString())
                            + "% in cohorts of "
                            + code + " starting " + draft.periodStart() + " to " + draft.targetDate();
            objective = Objective.completionRate(
                    UUID.randomUUID(),
                    draft.allianceId(),
                    title,
                    draft.courseId(),
                    draft.targetRate(),
                    draft.periodStart(),
                    draft.targetDate(),
                    today);
        }
        objectives.insert(objective, clock.instant());
        return followed(objective, code, today);
    }

    /**
     * An objective with its progress today, for its alliance's coordinator and admins.
     *
     * @throws ApiException.Forbidden for other roles
     * @throws ApiException.NotFound  for an unknown objective or another alliance's
     */
    @Transactional(readOnly = true)
    public Followed get(Caller caller, UUID id) {
        caller.requireAnyRole("read alliance objectives", Role.COORDINATOR);
        Objective objective = objectives
                .find(id)
                .filter(o -> caller.isAdmin() || coordinates(caller, o.allianceId()))
                .orElseThrow(() -> new ApiException.NotFound("objective", id));
        return followed(objective, LocalDate.now(clock));
    }

    /** The objectives of the alliances the caller coordinates (admins: all), with their progress, by target date. */
    @Transactional(readOnly = true)
    public PageResponse<Followed> list(Caller caller, UUID allianceId, ObjectiveKind kind, PageQuery page) {
        caller.requireAnyRole("read alliance objectives", Role.COORDINATOR);
        Set<UUID> scope = caller.isAdmin() ? null : memberFacts.alliancesCoordinatedBy(caller.organisationId());
        JdbcObjectives.Filter filter = new JdbcObjectives.Filter(allianceId, kind, scope);
        LocalDate today = LocalDate.now(clock);
        return PageResponse.of(
                objectives.page(filter, page).stream()
                        .map(o -> followed(o, today))
                        .toList(),
                page,
                objectives.count(filter));
    }

    private Followed followed(Objective objective, LocalDate today) {
        String code = objective.kind() == ObjectiveKind.STAFF_AT_LEVEL
                ? skills.byIds(List.of(objective.skillId())).values().stream()
                        .map(Skill::referenceCode)
                        .findFirst()
                        .orElse(null)
                : courses.find(objective.courseId())
                        .map(c -> c.definition().code())
                        .orElse(null);
        return followed(objective, code, today);
    }

    private Followed followed(Objective objective, String code, LocalDate today) {
        ObjectiveProgress progress = switch (objective.kind()) {
            case STAFF_AT_LEVEL ->
                ObjectiveProgress.staffAtLevel(
                        objective,
                        staffAtLevel(objective.allianceId(), objective.skillId(), objective.minimumLevel()),
                        today);
            case COMPLETION_RATE ->
                ObjectiveProgress.completionRate(
                        objective,
                        objectives.outcomes(objective.courseId(), objective.periodStart(), objective.targetDate()),
                        today);
        };
        return new Followed(objective, code, progress);
    }

    /** Distinct active staff of the alliance's active member employers whose level in the skill counts at least so. */
    private int staffAtLevel(UUID allianceId, UUID skillId, int minimumLevel) {
        List<UUID> staff = memberFacts.activeStaffOfActiveMembers(allianceId).stream()
                .map(MemberFacts.StaffFacts::staffId)
                .toList();
        Map<UUID, Map<UUID, SkillRecord>> levels = records.levelsOf(staff);
        return (int) staff.stream()
                .map(s -> levels.get(s).get(skillId))
                .filter(r -> r != null && r.level() >= minimumLevel)
                .count();
    }

    private static void refuseFieldsOfOtherKind(Draft d) {
        if (d.kind() == ObjectiveKind.STAFF_AT_LEVEL) {
            refuse(d.courseId(), "courseId", d.kind());
            refuse(d.targetRate(), "targetRate", d.kind());
            refuse(d.periodStart(), "periodStart", d.kind());
        } else {
            refuse(d.skillId(), "skillId", d.kind());
            refuse(d.minimumLevel(), "minimumLevel", d.kind());
            refuse(d.targetCount(), "targetCount", d.kind());
        }
    }

    private static void refuse(Object value, String field, ObjectiveKind kind) {
        if (value != null) {
            throw RuleBroken.invalid(field, "does not belong to a " + kind + " objective");
        }
    }

    private boolean coordinates(Caller caller, UUID allianceId) {
        return caller.has(Role.COORDINATOR) && memberFacts.coordinates(caller.organisationId(), allianceId);
    }
}
