package org.skillalliance.reporting.projection;

import java.util.List;
import org.skillalliance.contracts.EventEnvelope;

/**
 * Published (as a Spring application event) by the live projection listener inside the transaction that applied the
 * events, for features that act on what just happened (webhooks): a listener's writes commit or roll back with the
 * projection. The rebuild publishes none: what it replays has happened before.
 *
 * @param events the events applied for the first time, in order
 */
public record EventsProjected(List<EventEnvelope> events) {}
