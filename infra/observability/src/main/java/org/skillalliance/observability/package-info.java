/**
 * What every service and the gateway share to be operable: the settings of {@code skillalliance-observability.yml}
 * (traces, JSON logs) and what keeps personal data out of the spans (docs/observability.md).
 */
package org.skillalliance.observability;
