/**
 * What belongs to no feature: the clock, the OpenAPI description, and the translation of the domain's refusals
 * ({@link org.skillalliance.curriculum.shared.RuleBroken}, {@link org.skillalliance.curriculum.shared.TransitionRefused})
 * into the platform's problem+json answers, and the 403 of the object-level rules ({@link
 * org.skillalliance.curriculum.infrastructure.Access}).
 */
package org.skillalliance.curriculum.infrastructure;
