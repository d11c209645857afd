package org.skillalliance.member.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.member.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own notifications and choices. A learner (a login linked to a staff record) reads the messages about
 * their enrolments; a member-admin those of their organisation, each with read marks and muted kinds of their own.
 * Nobody else has any: the list answers 403. Another person's notification answers 404.
 */
@Service
public class NotificationManagement {

    private final JdbcNotifications notifications;
    private final NotificationTexts texts;
    private final Clock clock;

    NotificationManagement(JdbcNotifications notifications, NotificationTexts texts, Clock clock) {
        this.notifications = notifications;
        this.texts = texts;
        this.clock = clock;
    }

    /** Who reads: the recipients whose messages they see, their name as reader, their country's default language. */
    private record Reader(List<String> recipients, String person, Set<NotificationKind> kinds, String country) {}

    @Transactional(readOnly = true)
    public PageResponse<NotificationView> list(Caller caller, boolean unreadOnly, PageQuery page) {
        Reader reader = reader(caller);
        JdbcNotifications.Preferences preferences = preferencesOf(reader);
        List<Notification> items = notifications.list(
                reader.recipients(),
                reader.person(),
                preferences.muted(),
                unreadOnly,
                page.page() * page.size(),
                page.size());
        long total = notifications.count(reader.recipients(), reader.person(), preferences.muted(), unreadOnly);
        Language language = Language.of(preferences.language(), reader.country());
        return PageResponse.of(items.stream().map(n -> view(n, language)).toList(), page, total);
    }

    /**
     * Every notification kept for the caller, muted kinds included, newest first, in their language: for the
     * learner's export of everything held about them (issue 18).
     */
    @Transactional(readOnly = true)
    public List<NotificationView> everything(Caller caller) {
        Reader reader = reader(caller);
        Language language = Language.of(preferencesOf(reader).language(), reader.country());
        long total = notifications.count(reader.recipients(), reader.person(), List.of(), false);
        return notifications
                .list(reader.recipients(), reader.person(), List.of(), false, 0, (int)
                        Math.min(total, Integer.MAX_VALUE))
                .stream()
                .map(n -> view(n, language))
                .toList();
    }

    @Transactional
    public NotificationView markRead(Caller caller, UUID id) {
        Reader reader = reader(caller);
        notifications
                .find(id, reader.recipients(), reader.person())
                .orElseThrow(() -> new ApiException.NotFound("notification", id));
        notifications.markRead(id, reader.person(), clock.instant());
        Notification read =
                notifications.find(id, reader.recipients(), reader.person()).orElseThrow();
        return view(read, Language.of(preferencesOf(reader).language(), reader.country()));
    }

    @Transactional(readOnly = true)
    public PreferencesView preferences(Caller caller) {
        Reader reader = reader(caller);
        JdbcNotifications.Preferences preferences = preferencesOf(reader);
        return new PreferencesView(
                Language.of(preferences.language(), reader.country()).code(),
                preferences.language() == null,
                preferences.muted().stream().map(NotificationKind::code).toList(),
                reader.kinds().stream().map(NotificationKind::code).toList());
    }

    /**
     * Replaces the caller's choices. A language of null goes back to the country's; every muted kind must be one of
     * the caller's kinds.
     */
    @Transactional
    public PreferencesView savePreferences(Caller caller, String language, List<String> muted) {
        Reader reader = reader(caller);
        List<FieldViolation> violations = new ArrayList<>();
        if (language != null && Language.ofCode(language).isEmpty()) {
            violations.add(new FieldViolation("language", "must be one of en, de, or null for the country's language"));
        }
        Set<NotificationKind> kinds = new LinkedHashSet<>();
        List<String> given = muted == null ? List.of() : muted;
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i);
            NotificationKind kind =
                    code == null ? null : NotificationKind.ofCode(code).orElse(null);
            if (kind == null || !reader.kinds().contains(kind)) {
                violations.add(new FieldViolation(
                        "muted[" + i + "]",
                        "must be one of your kinds of notification: "
                                + String.join(
                                        ", ",
                                        reader.kinds().stream()
                                                .map(NotificationKind::code)
                                                .toList())));
            } else {
                kinds.add(kind);
            }
        }
        if (!violations.isEmpty()) {
            throw RuleBroken.invalid(violations);
        }
        notifications.savePreferences(reader.person(), new JdbcNotifications.Preferences(language, List.copyOf(kinds)));
        return preferences(caller);
    }

    private JdbcNotifications.Preferences preferencesOf(Reader reader) {
        return notifications.preferences(reader.person()).orElse(JdbcNotifications.Preferences.NONE);
    }

    private Reader reader(Caller caller) {
        if (caller.has(Role.LEARNER) && caller.staffId() != null) {
            return new Reader(
                    List.of(Recipients.staff(caller.staffId())),
                    Recipients.staff(caller.staffId()),
                    kindsFor(NotificationKind.Audience.LEARNER),
                    country(caller.organisationId()));
        }
        if (caller.has(Role.MEMBER_ADMIN) && caller.organisationId() != null) {
            return new Reader(
                    List.of(Recipients.organisationAdmins(caller.organisationId())),
                    Recipients.user(caller.subject()),
                    kindsFor(NotificationKind.Audience.ORGANISATION_ADMINS),
                    country(caller.organisationId()));
        }
        throw new ApiException.Forbidden("notifications are for learners (a login linked to a staff record) and "
                + "an organisation's member-admins");
    }

    private String country(UUID organisationId) {
        return organisationId == null
                ? null
                : notifications.organisationCountry(organisationId).orElse(null);
    }

    private static Set<NotificationKind> kindsFor(NotificationKind.Audience audience) {
        Set<NotificationKind> kinds = new LinkedHashSet<>();
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.audience() == audience) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private NotificationView view(Notification n, Language language) {
        NotificationTexts.Rendered rendered = texts.render(n.kind(), n.facts(), language);
        return new NotificationView(
                n.id(), n.kind().code(), rendered.subject(), rendered.body(), n.createdAt(), n.readAt());
    }
}
