/**
 * Wiring that belongs to no feature: the clock every use case reads. The object-level access rules live in the use
 * cases, with {@code Caller} of security-support and the 403 of web-support ({@code ApiException.Forbidden}).
 */
package org.skillalliance.member.infrastructure;
