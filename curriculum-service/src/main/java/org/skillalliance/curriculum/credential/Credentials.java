package org.skillalliance.curriculum.credential;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortManagement;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseDefinition;
import org.skillalliance.curriculum.course.CourseManagement;
import org.skillalliance.curriculum.enrolment.Enrolment;
import org.skillalliance.curriculum.enrolment.EnrolmentManagement;
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
    private final CredentialIssuing issuing;

    Credentials(
            EnrolmentManagement enrolments,
            CohortManagement cohorts,
            CourseManagement courses,
            CredentialIssuing issuing) {
        this.enrolments = enrolments;
        this.cohorts = cohorts;
        this.courses = courses;
        this.issuing = issuing;
    }

    /**
     * The signed {@code OpenBadgeCredential} of a completed enrolment whose credential was awarded. Whoever may see
     * the enrolment may see its credential (the employer's member-admin, the cohort's provider and coordinator, admins,
     * and the learner whose login is linked to the enrolment's staff record).
     *
     * @throws ApiException.Forbidden for roles that never see enrolments
     * @throws ApiException.NotFound  when the enrolment does not exist, the caller may not see it, or it earned no
     *                                credential
     */
    @Transactional
    public SignedCredential openBadgeOf(Caller caller, UUID enrolmentId) {
        return issuing.issue(claimOf(caller, enrolmentId));
    }

    /** What the credential of the enrolment states (checks as {@link #openBadgeOf}). */
    CredentialClaim claimOf(Caller caller, UUID enrolmentId) {
        Enrolment enrolment = enrolments.get(caller, enrolmentId).enrolment();
        if (!enrolment.hasCredential()) {
            throw new ApiException.NotFound("credential of enrolment", enrolmentId);
        }
        Cohort cohort = cohorts.get(enrolment.cohortId());
        Course course = courses.get(cohort.courseId());
        CourseDefinition d = course.definition();
        String narrative = "Completed the course " + d.code() + " \"" + d.title() + "\" ("
                + d.hours().stripTrailingZeros().toPlainString() + " hours, "
                + d.deliveryMode().name().toLowerCase().replace('_', ' ')
                + ") in the cohort of " + cohort.startDate() + " to " + cohort.endDate()
                + ", with the outcome recorded by the training provider as completed.";
        List<CredentialClaim.Alignment> alignments = d.skills().stream()
                .filter(s -> s.skillCode().startsWith("http"))
                .map(s -> new CredentialClaim.Alignment(
                        s.skillName(),
                        s.skillCode(),
                        "target proficiency level " + s.targetLevel() + " of 5",
                        s.skillCode()))
                .toList();
        List<String> tags = new ArrayList<>(d.priorityTags());
        d.skills().forEach(s -> tags.add(s.skillName()));
        CredentialClaim.Achievement achievement = new CredentialClaim.Achievement(
                course.id(),
                "Certificate",
                d.credentialOffered(),
                d.description() == null || d.description().isBlank()
                        ? d.credentialOffered() + ": " + d.title()
                        : d.description(),
                narrative,
                d.code(),
                d.title(),
                cohort.providerId(),
                alignments,
                tags);
        return new CredentialClaim(
                CredentialSourceKind.ENROLMENT,
                enrolment.id(),
                course.allianceId(),
                achievement,
                enrolment.staffId(),
                enrolment.outcome().recordedAt(),
                enrolment.outcome().attendedHours(),
                enrolment.outcome().completedOn());
    }
}
