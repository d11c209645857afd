package org.skillalliance.member.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks, on every instance and at a fixed pace, for cohorts starting within a week and tells their confirmed learners.
 * Several instances may look at once: the notification's unique key lets one message through per cohort and learner.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CohortStartingReminder {

    private static final Logger log = LoggerFactory.getLogger(CohortStartingReminder.class);

    private final NotificationIntake intake;

    CohortStartingReminder(NotificationIntake intake) {
        this.intake = intake;
    }

    @Scheduled(fixedDelayString = "${skillalliance.notifications.reminder-every:15m}", initialDelayString = "10s")
    void remind() {
        try {
            intake.announceStartingCohorts();
        } catch (RuntimeException failure) {
            log.warn("Cohort start reminders not looked for this round: {}", failure.toString());
        }
    }
}
