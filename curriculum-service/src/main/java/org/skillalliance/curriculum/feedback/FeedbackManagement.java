package org.skillalliance.curriculum.feedback;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortManagement;
import org.skillalliance.curriculum.cohort.CohortStatus;
import org.skillalliance.curriculum.enrolment.EnrolmentManagement;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use case of a cohort's reaction feedback; the only door to it. */
@Service
public class FeedbackManagement {

    private final CohortManagement cohorts;
    private final EnrolmentManagement enrolments;
    private final int minimumRespondents;

    FeedbackManagement(
            CohortManagement cohorts,
            EnrolmentManagement enrolments,
            @Value("${skillalliance.curriculum.feedback-minimum-respondents:5}") int minimumRespondents) {
        if (minimumRespondents < 1) {
            throw new IllegalArgumentException("skillalliance.curriculum.feedback-minimum-respondents must be 1 or"
                    + " more, got " + minimumRespondents);
        }
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.minimumRespondents = minimumRespondents;
    }

    /**
     * The cohort's feedback (see {@link CohortFeedback}), for its provider, a coordinator of its alliance (or its
     * organiser) and admins.
     *
     * @throws ApiException.Forbidden for roles that never see feedback (member-admin, funder, learner)
     * @throws ApiException.NotFound  when the cohort does not exist or the caller neither teaches nor coordinates it
     */
    @Transactional(readOnly = true)
    public CohortFeedback feedback(Caller caller, UUID cohortId) {
        caller.requireAnyRole("read a cohort's feedback", Role.PROVIDER, Role.COORDINATOR);
        Cohort cohort = cohorts.get(cohortId);
        if (!caller.isAdmin() && !CohortManagement.teaches(caller, cohort) && !cohorts.manages(caller, cohort)) {
            throw new ApiException.NotFound("cohort", cohortId);
        }
        List<EnrolmentManagement.Reaction> reactions = enrolments.reactions(cohortId);
        return CohortFeedback.of(
                cohortId,
                reactions.stream()
                        .map(EnrolmentManagement.Reaction::satisfaction)
                        .filter(Objects::nonNull)
                        .toList(),
                reactions.stream().map(EnrolmentManagement.Reaction::comment).toList(),
                minimumRespondents,
                cohort.status() == CohortStatus.COMPLETED && enrolments.seatsAwaitingOutcome(cohortId) == 0);
    }
}
