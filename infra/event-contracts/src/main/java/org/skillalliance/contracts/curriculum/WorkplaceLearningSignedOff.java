package org.skillalliance.contracts.curriculum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code WorkplaceLearningSignedOff}: one staff member's learning at work was signed off with the level
 * reached in a skill (issue 20): an on-the-job training plan or a mentoring relation by HR or the mentor, or one
 * participant's outcome of an in-house workshop. Only signed-off learning raises skill records and counts for grants
 * and reports; a sign-off is final, so there is one event per {@code learningId} and staff member. No free text (what was
 * practised, the evidence) leaves curriculum-service.
 *
 * @param learningId    the plan, mentoring relation or workshop
 * @param kind          on the job, mentoring or workshop
 * @param allianceId    the alliance the employer ran it in (its grants and reports are the alliance's)
 * @param employerId    the staff member's employer
 * @param staffId       the staff member (pseudonymous id)
 * @param skillId       the skill in curriculum-service
 * @param skillCode     its ESCO skill URI or local code
 * @param category      its broad category
 * @param levelReached  the level signed off, 1 (basic) to 5 (expert)
 * @param loggedHours   hours logged, an exact decimal with at most 2 places: the sum of the logged sessions, or for a
 *                      workshop the hours the participant attended
 * @param sessions      sessions logged (1 for a workshop)
 * @param startedOn     day of the first session (a workshop's day)
 * @param signedOffOn   day of the sign-off
 */
public record WorkplaceLearningSignedOff(
        UUID learningId,
        WorkplaceLearningKind kind,
        UUID allianceId,
        UUID employerId,
        UUID staffId,
        UUID skillId,
        String skillCode,
        SkillCategory category,
        int levelReached,
        BigDecimal loggedHours,
        int sessions,
        LocalDate startedOn,
        LocalDate signedOffOn) {}
