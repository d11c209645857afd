package org.skillalliance.member.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;

/**
 * One message to one recipient about one occasion. {@code facts} holds the ids and figures its text is rendered from
 * (course, cohort, waitlist position, amount), never a name or an address.
 *
 * @param recipient 'staff:&lt;id&gt;' for a learner, 'org-admins:&lt;organisation id&gt;' for an organisation's
 *                  member-admins ({@link Recipients})
 * @param occasion  the event's id, or what else makes the message happen once (a cohort's start)
 * @param readAt    when the reader read it; null while unread
 */
@AggregateRoot
record Notification(
        UUID id,
        String recipient,
        NotificationKind kind,
        String occasion,
        Map<String, String> facts,
        Instant createdAt,
        Instant readAt) {

    Notification {
        facts = Map.copyOf(facts);
    }
}
