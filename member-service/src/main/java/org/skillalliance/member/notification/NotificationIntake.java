package org.skillalliance.member.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what happened into notifications: one per occasion and recipient, none of a kind the recipient turned off.
 * Called by the event listeners inside the inbox's transaction, and by the start reminder in its own.
 */
@Service
class NotificationIntake {

    /** A cohort's start is announced to its confirmed learners this many days ahead, or less when found later. */
    static final int STARTING_NOTICE_DAYS = 7;

    private final JdbcNotifications notifications;
    private final Clock clock;

    NotificationIntake(JdbcNotifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * A message to a learner, with its email when they have an address on record. Nothing for an erased learner, or
     * one who turned the kind off.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void toLearner(NotificationKind kind, String occasion, UUID staffId, Map<String, String> facts) {
        JdbcNotifications.Learner learner = notifications.learner(staffId).orElse(null);
        if (learner == null) {
            return;
        }
        String person = Recipients.staff(staffId);
        JdbcNotifications.Preferences preferences =
                notifications.preferences(person).orElse(JdbcNotifications.Preferences.NONE);
        if (preferences.mutes(kind)) {
            return;
        }
        Instant now = clock.instant();
        Notification notification = new Notification(UUID.randomUUID(), person, kind, occasion, facts, now, null);
        if (notifications.addOnce(notification, true) && learner.email() != null) {
            notifications.addEmail(
                    notification.id(), learner.email(), Language.of(preferences.language(), learner.country()), now);
        }
    }

    /**
     * A message to an organisation's member-admins: in their in-app list at once; its emails are addressed by the
     * sender, which asks Keycloak who they are ({@link EmailDispatch}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void toOrganisationAdmins(NotificationKind kind, String occasion, UUID organisationId, Map<String, String> facts) {
        notifications.addOnce(
                new Notification(
                        UUID.randomUUID(),
                        Recipients.organisationAdmins(organisationId),
                        kind,
                        occasion,
                        facts,
                        clock.instant(),
                        null),
                false);
    }

    /** Announces, once per cohort and learner, the start of every cohort that begins within the notice period. */
    @Transactional
    int announceStartingCohorts() {
        LocalDate today = LocalDate.now(clock);
        int announced = 0;
        for (JdbcNotifications.SeatHolder seat :
                notifications.confirmedSeatsStartingBetween(today, today.plusDays(STARTING_NOTICE_DAYS))) {
            toLearner(
                    NotificationKind.COHORT_STARTING,
                    "cohort-starting:" + seat.cohortId(),
                    seat.staffId(),
                    Map.of(
                            "cohortId",
                            seat.cohortId().toString(),
                            "courseId",
                            seat.courseId().toString()));
            announced++;
        }
        return announced;
    }
}
