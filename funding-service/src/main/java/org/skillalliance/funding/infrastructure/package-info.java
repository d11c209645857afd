/**
 * Wiring that belongs to no feature: the clock every use case reads, and strict query parameters (an endpoint refuses
 * a parameter it does not read).
 */
package org.skillalliance.funding.infrastructure;
