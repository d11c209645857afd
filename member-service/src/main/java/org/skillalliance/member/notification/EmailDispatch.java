package org.skillalliance.member.notification;

import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.member.invitation.KeycloakUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the notifications' emails over SMTP, on every instance, each row by one only: a row is taken under
 * {@code for update skip locked}, sent, and deleted (no address is kept once sent) in one transaction of its own. An organisation's messages are first addressed
 * to its member-admins as Keycloak knows them then (those who turned the kind off left out). A failed send is tried
 * again later, with growing pauses, {@value #ATTEMPTS} times in all, then marked failed.
 *
 * <p>SMTP gives no way to send and record in one step: a crash between the server's acceptance and the commit sends
 * that one email again on the next round. Everything else is exactly once.
 */
@Component
class EmailDispatch {

    static final int ATTEMPTS = 8;
    private static final int BATCH = 20;
    private static final int SENDS_PER_ROUND = 100;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    private static final Duration ADDRESSING_PAUSE = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(EmailDispatch.class);

    private final JdbcNotifications notifications;
    private final NotificationTexts texts;
    private final KeycloakUsers keycloak;
    private final JavaMailSender mail;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final InternetAddress from;
    private volatile Instant addressingPausedUntil = Instant.MIN;

    EmailDispatch(
            JdbcNotifications notifications,
            NotificationTexts texts,
            KeycloakUsers keycloak,
            JavaMailSender mail,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${skillalliance.notifications.from:Skill Alliance <no-reply@skill-alliance.local>}") String from)
            throws jakarta.mail.internet.AddressException {
        this.notifications = notifications;
        this.texts = texts;
        this.keycloak = keycloak;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
        this.from = new InternetAddress(from, true);
    }

    @Scheduled(fixedDelayString = "${skillalliance.notifications.send-every:2s}", initialDelayString = "5s")
    void sendDue() {
        if (clock.instant().isAfter(addressingPausedUntil)) {
            try {
                transactions.executeWithoutResult(status -> addressOrganisationMessages());
            } catch (RuntimeException failure) {
                // Keycloak (or the database) is away: the messages stay unaddressed, and are tried again in a minute
                addressingPausedUntil = clock.instant().plus(ADDRESSING_PAUSE);
                log.warn(
                        "Organisation notifications not addressed, trying again in {} s: {}",
                        ADDRESSING_PAUSE.toSeconds(),
                        failure.toString());
            }
        }
        try {
            int sent = 0;
            while (sent < SENDS_PER_ROUND && Boolean.TRUE.equals(transactions.execute(status -> sendOne()))) {
                sent++;
            }
        } catch (RuntimeException failure) {
            // the database is away: the next round tries again
            log.warn("Notification emails not sent this round: {}", failure.toString());
        }
    }

    /** Gives each organisation message one email per member-admin who has not turned its kind off. */
    private void addressOrganisationMessages() {
        Instant now = clock.instant();
        for (Notification notification : notifications.lockUnaddressed(BATCH)) {
            UUID organisationId = UUID.fromString(notification.facts().get("organisationId"));
            String country = notifications.organisationCountry(organisationId).orElse(null);
            for (KeycloakUsers.Person admin : keycloak.holdersOf("member-admin", organisationId)) {
                JdbcNotifications.Preferences preferences = notifications
                        .preferences(Recipients.user(admin.id()))
                        .orElse(JdbcNotifications.Preferences.NONE);
                if (!preferences.mutes(notification.kind())) {
                    String chosen = preferences.language() != null ? preferences.language() : admin.locale();
                    notifications.addEmail(notification.id(), admin.email(), Language.of(chosen, country), now);
                }
            }
            notifications.addressed(notification.id(), now);
        }
    }

    /**
     * Sends one due email in its own transaction: a failure (of the mail server, the database, the instance) can
     * repeat at most the email being sent, never others already marked. False when none is due.
     */
    private boolean sendOne() {
        List<JdbcNotifications.DueEmail> due = notifications.lockDueEmails(clock.instant(), 1);
        if (due.isEmpty()) {
            return false;
        }
        JdbcNotifications.DueEmail email = due.getFirst();
        Optional<UUID> staffId = Recipients.staffIdOf(email.recipient());
        Optional<JdbcNotifications.Learner> learner = staffId.flatMap(notifications::learner);
        if (staffId.isPresent() && learner.isEmpty()) {
            // erased since: nothing more goes to them, and what was kept for them goes now (StaffErased does it too)
            notifications.forgetStaff(staffId.get());
            return true;
        }
        try {
            mail.send(message -> {
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(from);
                helper.setTo(email.address());
                NotificationTexts.Rendered rendered = texts.render(email.kind(), email.facts(), email.language());
                helper.setSubject(rendered.subject());
                helper.setText(texts.emailText(
                        email.kind(),
                        email.facts(),
                        email.language(),
                        learner.map(JdbcNotifications.Learner::firstName).orElse(null)));
            });
            notifications.emailSent(email.notificationId(), email.address());
        } catch (MailException failure) {
            int attempt = email.attempts() + 1;
            Instant retryAt = attempt >= ATTEMPTS
                    ? null
                    : clock.instant().plus(FIRST_PAUSE.multipliedBy(1L << Math.min(attempt - 1, 10)));
            log.warn(
                    "Notification {} not sent (attempt {} of {}{}): {}",
                    email.notificationId(),
                    attempt,
                    ATTEMPTS,
                    retryAt == null ? ", given up" : "",
                    failure.getClass().getSimpleName());
            notifications.emailFailed(
                    email.notificationId(), email.address(), failure.getClass().getSimpleName(), retryAt);
        }
        return true;
    }
}
