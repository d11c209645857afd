/**
 * Wiring that belongs to no feature: the clock every use case reads, and the refusals of the object-level access
 * rules ({@link org.skillalliance.member.infrastructure.Access}).
 */
package org.skillalliance.member.infrastructure;
