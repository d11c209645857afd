/**
 * What belongs to no feature: the clock and the dead-letter topic (the domain's refusals,
 * {@link org.skillalliance.curriculum.shared.RuleBroken} and {@link org.skillalliance.curriculum.shared.TransitionRefused},
 * are answered as problem+json by web-support's one advice). The object-level access rules live in the use cases, with {@code Caller}
 * of security-support and the 403 of web-support ({@code ApiException.Forbidden}).
 */
package org.skillalliance.curriculum.infrastructure;
