/** Wiring that belongs to no feature: the clock every use case reads, and the refusals of the access rules. */
package org.skillalliance.funding.infrastructure;
