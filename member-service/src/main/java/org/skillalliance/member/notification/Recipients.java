package org.skillalliance.member.notification;

import java.util.Optional;
import java.util.UUID;

/** How recipients, readers and preference holders are named in the notification tables. */
final class Recipients {

    private static final String STAFF = "staff:";
    private static final String ORGANISATION_ADMINS = "org-admins:";
    private static final String USER = "user:";

    private Recipients() {}

    /** A learner, by the staff record their login is linked to. */
    static String staff(UUID staffId) {
        return STAFF + staffId;
    }

    /** The member-admins of an organisation, who share its messages (each reads and mutes for themself). */
    static String organisationAdmins(UUID organisationId) {
        return ORGANISATION_ADMINS + organisationId;
    }

    /** The staff id of a learner recipient, or empty for any other. */
    static Optional<UUID> staffIdOf(String recipient) {
        return recipient.startsWith(STAFF)
                ? Optional.of(UUID.fromString(recipient.substring(STAFF.length())))
                : Optional.empty();
    }

    /** A login that is not a learner's, by its subject. */
    static String user(String subject) {
        return USER + subject;
    }
}
