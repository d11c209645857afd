package org.skillalliance.curriculum.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of follow-ups: listing an employer's and recording a rating; the only door to follow-ups. */
@Service
public class FollowUpManagement {

    private final JdbcFollowUps followUps;
    private final FollowUpEventsPublisher events;
    private final Clock clock;

    FollowUpManagement(JdbcFollowUps followUps, FollowUpEventsPublisher events, Clock clock) {
        this.followUps = followUps;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The follow-ups of the completed seats of the caller's employer's staff (an admin: every employer's, of one
     * cohort) matching the filter, with their status today, ordered by the window's closing day, then by enrolment id.
     * The list is not paged: an employer's completed seats, or a cohort's, are a few hundred at most.
     *
     * @throws ApiException.Forbidden unless the caller is a member-admin or an admin
     * @throws RuleBroken             (400) naming {@code cohortId} when an admin, whose list no organisation narrows,
     *                                leaves it out
     */
    @Transactional(readOnly = true)
    public List<FollowUpView> list(Caller caller, FollowUpFilter filter) {
        caller.requireAnyRole("read follow-ups", Role.MEMBER_ADMIN);
        if (caller.listScope() == null && filter.cohortId() == null) {
            throw RuleBroken.invalid(
                    "cohortId",
                    "is required for a caller whose list no organisation narrows (an alliance-admin): every"
                            + " employer's follow-ups are listed one cohort at a time");
        }
        LocalDate today = today();
        return followUps.completedSeats(caller.listScope(), filter.cohortId()).stream()
                .map(stored -> view(stored, today))
                .filter(view -> filter.status() == null || view.status() == filter.status())
                .toList();
    }

    /**
     * The employer rates a completed seat of its staff, inside the window, or corrects its rating there; appends
     * {@code FollowUpRecorded} to the outbox in the same transaction.
     *
     * @throws ApiException.Forbidden unless the caller is a member-admin or an admin
     * @throws ApiException.NotFound  when the enrolment does not exist or is another employer's
     * @throws RuleBroken             as {@link FollowUp#rate} refuses the rating, the seat or the day
     */
    @Transactional
    public FollowUpView record(Caller caller, UUID enrolmentId, int rating) {
        caller.requireAnyRole("record follow-ups", Role.MEMBER_ADMIN);
        JdbcFollowUps.Stored stored = followUps
                .lock(enrolmentId)
                .filter(found -> caller.isAdmin()
                        || caller.actsAs(
                                Role.MEMBER_ADMIN, found.followUp().seat().employerId()))
                .orElseThrow(() -> new ApiException.NotFound("enrolment", enrolmentId));
        LocalDate today = today();
        FollowUpEvent event = stored.followUp().rate(rating, today);
        followUps.save(stored.followUp(), clock.instant(), caller.subject());
        events.publish(event);
        return view(stored, today);
    }

    private static FollowUpView view(JdbcFollowUps.Stored stored, LocalDate today) {
        return new FollowUpView(
                stored.followUp(), stored.courseTitle(), stored.followUp().statusOn(today));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
