/**
 * Notifications: what member-service tells people about what concerns them, by email and in an in-app list. It alone
 * holds names and addresses, so it sends them all, learning of the other services' changes from their events
 * (enrolments and cohorts from curriculum-service, claims and payments from funding-service) and of its own
 * (memberships) from its own topic, like any other consumer.
 *
 * <p>One message per occasion and recipient, whatever the redeliveries: the inbox applies each event once, and the
 * {@code notification} table's unique key (recipient, occasion, kind) holds against a second instance's scheduler or a
 * replayed topic. Emails go out from {@code notification_email} rows that a sender takes under
 * {@code for update skip locked}, so two instances never send the same row. A learner's messages are rendered in
 * their language (English and German), chosen by them or taken from their employer's country; a person turns kinds
 * off, and then gets none of them. Texts are rendered when read or sent, from ids and figures kept in {@code facts},
 * so that an erased person's notifications can be deleted with them and a course renamed shows its new title.
 * docs/notifications.md says what is sent to whom and why.
 */
package org.skillalliance.member.notification;
