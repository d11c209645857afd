package org.skillalliance.curriculum.skillsneeds.gap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortManagement;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseManagement;
import org.skillalliance.curriculum.course.SkillTarget;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.skillsneeds.profile.ProfileResolver;
import org.skillalliance.curriculum.skillsneeds.profile.ResolvedProfile;
import org.skillalliance.curriculum.skillsneeds.profile.SkillProfileManagement;
import org.skillalliance.curriculum.skillsneeds.skillrecord.SkillRecord;
import org.skillalliance.curriculum.skillsneeds.skillrecord.SkillRecordManagement;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of gap analysis: per staff member, per employer, and the alliance's anonymised gap map. */
@Service
public class SkillGapManagement {

    private final MemberFacts memberFacts;
    private final SkillProfileManagement profiles;
    private final SkillRecordManagement records;
    private final CourseManagement courses;
    private final CohortManagement cohorts;
    private final Clock clock;
    private final int k;

    SkillGapManagement(
            MemberFacts memberFacts,
            SkillProfileManagement profiles,
            SkillRecordManagement records,
            CourseManagement courses,
            CohortManagement cohorts,
            Clock clock,
            @Value("${skillalliance.skills-needs.suppression-k:5}") int k) {
        this.memberFacts = memberFacts;
        this.profiles = profiles;
        this.records = records;
        this.courses = courses;
        this.cohorts = cohorts;
        this.clock = clock;
        this.k = k;
    }

    /**
     * A staff member's gaps in an alliance: each skill the applicable profile requires, target and current level, gap.
     * For the employer's member-admin and admins.
     *
     * @throws ApiException.Forbidden for other roles
     * @throws ApiException.NotFound  for an unknown staff member or another employer's
     * @throws RuleBroken (422)       when the staff member left or the employer is no member of the alliance
     */
    @Transactional(readOnly = true)
    public StaffGaps staffGaps(Caller caller, UUID staffId, UUID allianceId) {
        MemberFacts.StaffFacts staff = ownActiveStaff(caller, staffId, allianceId, "read skill gaps");
        return analyse(allianceId, List.of(staff)).getFirst();
    }

    /**
     * An employer's gaps in an alliance over its active staff: skills ranked by staff below target, then total gap.
     * For the employer's member-admin and admins.
     *
     * @throws ApiException.Forbidden for other roles
     * @throws ApiException.NotFound  for a member-admin naming another employer
     * @throws RuleBroken (422)       when the employer is no member of the alliance
     */
    @Transactional(readOnly = true)
    public EmployerGaps employerGaps(Caller caller, UUID employerId, UUID allianceId) {
        requireEmployer(caller, employerId, allianceId, "read skill gaps");
        List<StaffGaps> staff = analyse(allianceId, memberFacts.activeStaffOf(employerId));
        return new EmployerGaps(employerId, allianceId, staff, SkillTally.over(staff));
    }

    /**
     * The alliance's gap map over the active staff of its active member employers, anonymised and with small cells
     * suppressed ({@link GapMap}), with the shared curriculum's coverage of each skill. For the alliance's coordinator
     * and admins.
     *
     * @throws ApiException.Forbidden for other roles
     * @throws ApiException.NotFound  for an alliance member-service never announced, and for a coordinator of another
     *                                alliance
     */
    @Transactional(readOnly = true)
    public AllianceGapMap allianceMap(Caller caller, UUID allianceId) {
        caller.requireAnyRole("read alliance gap maps", Role.COORDINATOR);
        if (memberFacts.allianceName(allianceId).isEmpty()
                || !caller.isAdmin() && !memberFacts.coordinates(caller.organisationId(), allianceId)) {
            throw new ApiException.NotFound("alliance", allianceId);
        }
        GapMap map = GapMap.over(analyse(allianceId, memberFacts.activeStaffOfActiveMembers(allianceId)), k);
        LocalDate today = LocalDate.now(clock);
        return new AllianceGapMap(allianceId, today, map, coverage(allianceId, today));
    }

    /**
     * The gap analyses of these staff members within the alliance (the platform's own use: recommendations,
     * objectives). A staff member without an applicable profile gets no gaps.
     */
    @Transactional(readOnly = true)
    public List<StaffGaps> analyse(UUID allianceId, List<MemberFacts.StaffFacts> staff) {
        ProfileResolver resolver = profiles.resolverFor(allianceId);
        Map<UUID, Map<UUID, SkillRecord>> levels = records.levelsOf(
                staff.stream().map(MemberFacts.StaffFacts::staffId).toList());
        List<StaffGaps> analyses = new ArrayList<>();
        for (MemberFacts.StaffFacts member : staff) {
            Optional<ResolvedProfile> profile = resolver.find(member.employerId(), member.jobRoleIsco());
            analyses.add(new StaffGaps(
                    member.staffId(),
                    member.employerId(),
                    member.jobRoleIsco(),
                    member.sizeBand(),
                    profile.orElse(null),
                    profile.map(p -> SkillGap.of(p.requirements(), levels.getOrDefault(member.staffId(), Map.of())))
                            .orElse(List.of())));
        }
        return analyses;
    }

    /**
     * The staff member, if the caller may act on them for this alliance: the employer's member-admin or an admin, the
     * staff member active, the employer a member of the alliance (the platform's checks for per-staff use cases).
     */
    @Transactional(readOnly = true)
    public MemberFacts.StaffFacts ownActiveStaff(Caller caller, UUID staffId, UUID allianceId, String action) {
        caller.requireAnyRole(action, Role.MEMBER_ADMIN);
        MemberFacts.StaffFacts staff = memberFacts
                .staff(staffId)
                .filter(s -> caller.isAdmin() || caller.actsAs(Role.MEMBER_ADMIN, s.employerId()))
                .orElseThrow(() -> new ApiException.NotFound("staff member", staffId));
        requireMember(allianceId, staff.employerId());
        if (!staff.active()) {
            throw RuleBroken.rule(
                    "staffId",
                    "staff member " + staffId + " is " + staff.status() + "; gaps are analysed for active staff only");
        }
        return staff;
    }

    /**
     * Checks that the caller acts for the employer (or is an admin) and the employer is a member of the alliance.
     * Another employer's gaps and recommendations are tenant data: to its member-admin they do not exist (404, the
     * answer for an unknown employer), unlike the public directory entry of the employer itself.
     *
     * @throws ApiException.Forbidden for roles other than member-admin
     * @throws ApiException.NotFound  for a member-admin naming another employer
     * @throws RuleBroken (422)       when the employer is no member of the alliance
     */
    @Transactional(readOnly = true)
    public void requireEmployer(Caller caller, UUID employerId, UUID allianceId, String action) {
        caller.requireAnyRole(action, Role.MEMBER_ADMIN);
        if (!caller.isAdmin() && !caller.actsAs(Role.MEMBER_ADMIN, employerId)) {
            throw new ApiException.NotFound("employer", employerId);
        }
        requireMember(allianceId, employerId);
    }

    private void requireMember(UUID allianceId, UUID employerId) {
        if (!memberFacts.isMemberEmployer(allianceId, employerId)) {
            throw RuleBroken.rule(
                    "allianceId", "employer " + employerId + " is not a member employer of alliance " + allianceId);
        }
    }

    private Map<UUID, CourseCoverage> coverage(UUID allianceId, LocalDate today) {
        Set<UUID> withOpenCohort = new HashSet<>();
        for (Cohort cohort : cohorts.openForEnrolment(allianceId, today)) {
            withOpenCohort.add(cohort.courseId());
        }
        Map<UUID, CourseCoverage> coverage = new HashMap<>();
        for (Course course : courses.publishedIn(allianceId)) {
            boolean open = withOpenCohort.contains(course.id());
            for (SkillTarget skill : course.definition().skills()) {
                CourseCoverage one = new CourseCoverage(1, skill.targetLevel(), open ? 1 : 0);
                coverage.merge(
                        skill.skillId(),
                        one,
                        (a, b) -> new CourseCoverage(
                                a.coursesTeaching() + b.coursesTeaching(),
                                Math.max(a.highestCourseLevel(), b.highestCourseLevel()),
                                a.coursesWithOpenCohort() + b.coursesWithOpenCohort()));
            }
        }
        return coverage;
    }
}
