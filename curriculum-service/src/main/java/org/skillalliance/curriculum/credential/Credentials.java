package org.skillalliance.curriculum.credential;

import java.util.Map;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortManagement;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseDefinition;
import org.skillalliance.curriculum.course.CourseManagement;
import org.skillalliance.curriculum.enrolment.Enrolment;
import org.skillalliance.curriculum.enrolment.EnrolmentManagement;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.security.Caller;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use case: the Open Badges 3.0 credential of an enrolment. */
@Service
public class Credentials {

    private final EnrolmentManagement enrolments;
    private final CohortManagement cohorts;
    private final CourseManagement courses;
    private final MemberFacts memberFacts;

    Credentials(
            EnrolmentManagement enrolments,
            CohortManagement cohorts,
            CourseManagement courses,
            MemberFacts memberFacts) {
        this.enrolments = enrolments;
        this.cohorts = cohorts;
        this.courses = courses;
        this.memberFacts = memberFacts;
    }

    /**
     * The {@code OpenBadgeCredential} of a completed enrolment whose credential was awarded. Whoever may see the enrolment may see its credential (the employer's member-admin, the cohort's provider and
     * coordinator, admins, and the learner whose login is linked to the enrolment's staff record).
     *
     * @throws org.skillalliance.curriculum.infrastructure.ApiException.Forbidden for roles that never see enrolments
     * @throws ApiException.NotFound when the enrolment does not exist, the caller may not see it, or it earned no
     *                               credential
     */
    @Transactional(readOnly = true)
    public Map<String, Object> openBadgeOf(Caller caller, UUID enrolmentId) {
        Enrolment enrolment = enrolments.get(caller, enrolmentId).enrolment();
        if (!enrolment.hasCredential()) {
            throw new ApiException.NotFound("credential of enrolment", enrolmentId);
        }
        Cohort cohort = cohorts.get(enrolment.cohortId());
        Course course = courses.get(cohort.courseId());
        CourseDefinition d = course.definition();
        String allianceName =
                memberFacts.allianceName(course.allianceId()).orElse("Skill alliance " + course.allianceId());
        return OpenBadgeCredential.of(new OpenBadgeCredential.Facts(
                enrolment.id(),
                enrolment.staffId(),
                course.allianceId(),
                allianceName,
                cohort.providerId(),
                course.id(),
                d.code(),
                d.title(),
                d.description(),
                d.credentialOffered(),
                d.hours(),
                d.deliveryMode().name(),
                cohort.startDate(),
                cohort.endDate(),
                enrolment.outcome().attendedHours(),
                enrolment.outcome().completedOn(),
                enrolment.outcome().recordedAt(),
                d.skills().stream()
                        .map(s -> new OpenBadgeCredential.SkillAlignment(
                                s.skillName(),
                                s.skillCode(),
                                s.skillCode().startsWith("http") ? s.skillCode() : null,
                                s.targetLevel()))
                        .toList(),
                d.priorityTags()));
    }
}
