package org.skillalliance.member.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification as its reader sees it, in their language.
 *
 * @param kind   what it is about ({@link NotificationKind#code()})
 * @param readAt when the caller marked it read; null while unread
 */
public record NotificationView(UUID id, String kind, String subject, String text, Instant createdAt, Instant readAt) {}
