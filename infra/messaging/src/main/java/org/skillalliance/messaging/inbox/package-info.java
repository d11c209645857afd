/**
 * Idempotent consumption: {@link org.skillalliance.messaging.inbox.EventInbox} parses a record against the contracts and
 * applies the consumer's effect at most once per event id, recording the id in the effect's own transaction.
 */
package org.skillalliance.messaging.inbox;
