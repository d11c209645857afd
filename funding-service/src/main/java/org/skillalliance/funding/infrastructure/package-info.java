/** Wiring that belongs to no feature: the clock every use case reads. */
package org.skillalliance.funding.infrastructure;
