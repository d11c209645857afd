package org.skillalliance.curriculum.skillsneeds.skillrecord;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseManagement;
import org.skillalliance.curriculum.course.SkillTarget;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.skill.SkillCatalogue;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of staff skill records: ratings and self-assessments, levels proved by courses, the levels that count. */
@Service
public class SkillRecordManagement {

    private static final Logger log = LoggerFactory.getLogger(SkillRecordManagement.class);

    /** A record and whether it is the one that counts for its staff member and skill now. */
    public record RecordView(SkillRecord record, boolean counts) {}

    private final JdbcSkillRecords records;
    private final MemberFacts memberFacts;
    private final SkillCatalogue catalogue;
    private final CourseManagement courses;
    private final Clock clock;
    private final int passMark;

    SkillRecordManagement(
            JdbcSkillRecords records,
            MemberFacts memberFacts,
            SkillCatalogue catalogue,
            CourseManagement courses,
            Clock clock,
            @Value("${skillalliance.skills-needs.pass-mark:60}") int passMark) {
        this.records = records;
        this.memberFacts = memberFacts;
        this.catalogue = catalogue;
        this.courses = courses;
        this.clock = clock;
        this.passMark = passMark;
    }

    /**
     * Records a manager's rating or a self-assessment (which staff give their employer) of a staff member's level in a
     * skill, by the employer's member-admin.
     *
     * @throws ApiException.Forbidden for roles other than member-admin
     * @throws ApiException.NotFound  when the staff member is unknown or another employer's
     * @throws RuleBroken             400 for the COURSE source or a day after today; 422 for an unknown skill or a
     *                                staff member who left or was erased
     */
    @Transactional
    public RecordView record(
            Caller caller, UUID staffId, UUID skillId, int level, SkillSource source, LocalDate assessedOn) {
        caller.requireAnyRole("record skill levels", Role.MEMBER_ADMIN);
        MemberFacts.StaffFacts staff = memberFacts
                .staff(staffId)
                .filter(s -> caller.isAdmin() || caller.actsAs(Role.MEMBER_ADMIN, s.employerId()))
                .orElseThrow(() -> new ApiException.NotFound("staff member", staffId));
        SkillRecord record = SkillRecord.assessed(
                UUID.randomUUID(),
                staffId,
                staff.employerId(),
                skillId,
                level,
                source,
                assessedOn,
                LocalDate.now(clock),
                clock.instant());
        if (!staff.active()) {
            throw RuleBroken.rule(
                    "staffId",
                    "staff member " + staffId + " is " + staff.status() + "; levels are kept for active staff only");
        }
        if (catalogue.byIds(List.of(skillId)).isEmpty()) {
            throw RuleBroken.rule("skillId", "no skill " + skillId + " in the catalogue");
        }
        records.insert(record);
        return new RecordView(record, counts(record, levelsOf(List.of(staffId))));
    }

    /**
     * A page of records (each filter null for any) of the staff the caller may see: a member-admin its own
     * employer's, an admin all, a learner only their own staff record's (issue 18; nothing when their login is linked
     * to no staff record). A filter naming another employer's staff, or a learner naming another person, finds nothing.
     */
    @Transactional(readOnly = true)
    public PageResponse<RecordView> list(
            Caller caller, UUID staffId, UUID employerId, UUID skillId, SkillSource source, PageQuery page) {
        caller.requireAnyRole("read skill records", Role.MEMBER_ADMIN, Role.LEARNER);
        JdbcSkillRecords.Filter filter;
        if (caller.isAdmin() || caller.has(Role.MEMBER_ADMIN)) {
            filter = new JdbcSkillRecords.Filter(
                    staffId, employerId, skillId, source, caller.isAdmin(), caller.listScope());
        } else {
            // a learner: the staff id is the scope (records keep the employer of their time); no link sees nothing
            UUID own = caller.staffId() == null ? Caller.NO_ORGANISATION : caller.staffId();
            UUID asked = staffId == null || staffId.equals(own) ? own : Caller.NO_ORGANISATION;
            filter = new JdbcSkillRecords.Filter(asked, employerId, skillId, source, true, null);
        }
        List<SkillRecord> items = records.page(filter, page);
        Map<UUID, Map<UUID, SkillRecord>> counting =
                levelsOf(items.stream().map(SkillRecord::staffId).toList());
        return PageResponse.of(
                items.stream().map(r -> new RecordView(r, counts(r, counting))).toList(), page, records.count(filter));
    }

    private static boolean counts(SkillRecord record, Map<UUID, Map<UUID, SkillRecord>> counting) {
        SkillRecord deciding = counting.getOrDefault(record.staffId(), Map.of()).get(record.skillId());
        return deciding != null && deciding.id().equals(record.id());
    }

    /** The record that counts per staff member and skill (see {@link SkillLevels}); staff without records map to {}. */
    @Transactional(readOnly = true)
    public Map<UUID, Map<UUID, SkillRecord>> levelsOf(Collection<UUID> staffIds) {
        Map<UUID, List<SkillRecord>> byStaff = new HashMap<>();
        for (SkillRecord record : records.ofStaff(staffIds.stream().distinct().toList())) {
            byStaff.computeIfAbsent(record.staffId(), s -> new java.util.ArrayList<>())
                    .add(record);
        }
        Map<UUID, Map<UUID, SkillRecord>> levels = new HashMap<>();
        for (UUID staff : staffIds) {
            levels.put(staff, SkillLevels.effective(byStaff.getOrDefault(staff, List.of())));
        }
        return levels;
    }

    /**
     * Applies an enrolment's (latest) outcome, inside the inbox transaction that consumed it: what an earlier outcome
     * of the enrolment proved is removed, and a completion whose post-assessment reached the pass mark proves each
     * skill the course teaches at the course's target level (source COURSE, assessed on the completion day).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void applyOutcome(EnrolmentResult outcome, Instant occurredAt) {
        Optional<Course> course = courses.find(outcome.courseId());
        if (course.isEmpty()) {
            log.warn(
                    "Outcome of enrolment {} names course {}, which this service does not hold; no skill levels",
                    outcome.enrolmentId(),
                    outcome.courseId());
            return;
        }
        records.deleteOfEnrolment(outcome.enrolmentId());
        if (!outcome.completion().passed(passMark) || outcome.completedOn() == null) {
            return;
        }
        for (SkillTarget skill : course.get().definition().skills()) {
            records.insert(new SkillRecord(
                    UUID.randomUUID(),
                    outcome.staffId(),
                    outcome.employerId(),
                    skill.skillId(),
                    skill.targetLevel(),
                    SkillSource.COURSE,
                    outcome.completedOn(),
                    occurredAt,
                    outcome.enrolmentId(),
                    outcome.courseId()));
        }
    }

    /**
     * Records a level signed off at work (issue 20), inside the sign-off's transaction: a record of source
     * {@link SkillSource#ON_THE_JOB}, as strong as a course's, which gaps and objectives read exactly as they read a
     * course completion's record.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SkillRecord applySignOff(
            UUID staffId, UUID employerId, UUID skillId, int levelReached, LocalDate signedOffOn, Instant at) {
        SkillRecord record = SkillRecord.signedOff(staffId, employerId, skillId, levelReached, signedOffOn, at);
        records.insert(record);
        return record;
    }

    /** The pass mark a post-assessment must reach for a completion to prove the course's levels. */
    public int passMark() {
        return passMark;
    }
}
