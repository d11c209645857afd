/**
 * What belongs to no feature: the clock, the dead-letter topic, and the translation of the domain's refusals
 * ({@link org.skillalliance.curriculum.shared.RuleBroken}, {@link org.skillalliance.curriculum.shared.TransitionRefused})
 * into the platform's problem+json answers. The object-level access rules live in the use cases, with {@code Caller}
 * of security-support and the 403 of web-support ({@code ApiException.Forbidden}).
 */
package org.skillalliance.curriculum.infrastructure;
